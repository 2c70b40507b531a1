namespace Extractor.Evaluation;

/// <summary>
/// Reads the surface tokenisation of Universal Dependencies CoNLL-U files. The sentence text is the
/// <c># text</c> line; where a file lacks it, the text is rebuilt from the surface forms, a space after each one
/// unless its MISC column says <c>SpaceAfter=No</c>.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> Read(TextReader reader)
    {
        string? text = null;
        var tokens = new List<string>();
        var rebuilt = new System.Text.StringBuilder();
        int coveredUntil = 0;
        void AddSurface(string form, string line)
        {
            tokens.Add(form);
            rebuilt.Append(form);
            if (SpaceAfter(line)) rebuilt.Append(' ');
        }
        for (string? line = reader.ReadLine(); ; line = reader.ReadLine())
        {
            if (line is null || line.Length == 0)
            {
                if (tokens.Count > 0) yield return new ConlluSentence(text ?? rebuilt.ToString().TrimEnd(), tokens.ToArray());
                text = null;
                tokens.Clear();
                rebuilt.Clear();
                coveredUntil = 0;
                if (line is null) yield break;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal)) text = line["# text = ".Length..];
                continue;
            }
            int tab = line.IndexOf('\t');
            if (tab < 0) continue;
            var id = line.AsSpan(0, tab);
            int formEnd = line.IndexOf('\t', tab + 1);
            string form = line.Substring(tab + 1, (formEnd < 0 ? line.Length : formEnd) - tab - 1);
            int dash = id.IndexOf('-');
            if (dash > 0)
            {
                AddSurface(form, line);
                coveredUntil = int.Parse(id[(dash + 1)..]);
                continue;
            }
            if (id.Contains('.')) continue; // empty node: no surface form
            if (int.Parse(id) <= coveredUntil) continue;
            AddSurface(form, line);
        }
    }

    private static bool SpaceAfter(string line) => !line.AsSpan(line.LastIndexOf('\t') + 1).Contains("SpaceAfter=No", StringComparison.Ordinal);

    public static List<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader).ToList();
    }
}
