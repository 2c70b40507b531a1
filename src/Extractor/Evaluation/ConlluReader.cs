namespace Extractor.Evaluation;

/// <summary>Reads the surface tokenisation of Universal Dependencies CoNLL-U files.</summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> Read(TextReader reader)
    {
        string? text = null;
        var tokens = new List<string>();
        int coveredUntil = 0;
        for (string? line = reader.ReadLine(); ; line = reader.ReadLine())
        {
            if (line is null || line.Length == 0)
            {
                if (text != null && tokens.Count > 0) yield return new ConlluSentence(text, tokens.ToArray());
                text = null;
                tokens.Clear();
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
                tokens.Add(form);
                coveredUntil = int.Parse(id[(dash + 1)..]);
                continue;
            }
            if (id.Contains('.')) continue; // empty node: no surface form
            if (int.Parse(id) <= coveredUntil) continue;
            tokens.Add(form);
        }
    }

    public static List<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader).ToList();
    }
}
