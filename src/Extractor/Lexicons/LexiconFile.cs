using System.Reflection;

namespace Extractor.Lexicons;

/// <summary>
/// Reads the tab-separated tables that hold Spanish linguistic facts. Lines starting with '#' are comments,
/// the first other line is a header. Tables ship embedded in the assembly.
/// </summary>
internal static class LexiconFile
{
    public static IReadOnlyList<string[]> ReadEmbedded(string fileName)
    {
        var name = "Extractor.Lexicons." + fileName;
        using var stream = typeof(LexiconFile).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded lexicon {name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    public static IReadOnlyList<string[]> Parse(TextReader reader)
    {
        var rows = new List<string[]>();
        bool headerSeen = false;
        for (string? line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#') continue;
            if (!headerSeen) { headerSeen = true; continue; }
            rows.Add(line.Split('\t'));
        }
        return rows;
    }
}
