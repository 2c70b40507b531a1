using System.Text;

namespace Extractor.Corpus;

/// <summary>Turns every marked source into its split's NNN.txt and NNN.json. Deterministic: the same sources give the same bytes.</summary>
public static class CorpusConverter
{
    /// <summary>Converts every source; event lines that cannot be read are listed in <paramref name="problems"/> as FILE: problem.</summary>
    public static int Convert(string markedFolder, string corpusFolder, List<string>? problems = null)
    {
        int count = 0;
        var utf8 = new UTF8Encoding(false);
        foreach (var source in Directory.EnumerateFiles(markedFolder, "*" + CorpusLayout.MarkedExtension).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(source);
            if (!int.TryParse(name, out int number)) continue;
            var articleProblems = new List<string>();
            var (text, entities, events) = MarkedArticle.ParseWithEvents(File.ReadAllText(source, utf8), articleProblems);
            problems?.AddRange(articleProblems.Select(p => $"{name}{CorpusLayout.MarkedExtension}: {p}"));
            var folder = Path.Combine(corpusFolder, CorpusLayout.SplitOf(number));
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, name + ".txt"), text, utf8);
            File.WriteAllText(Path.Combine(folder, name + ".json"),
                CorpusLayout.ToJson(new GoldArticle { Id = name + ".txt", Entities = entities, Events = events }), utf8);
            count++;
        }
        return count;
    }
}
