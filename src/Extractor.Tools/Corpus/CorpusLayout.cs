using Newtonsoft.Json;

namespace Extractor.Corpus;

/// <summary>
/// Where corpus articles live: marked sources in <c>corpus/marked/NNN.marked</c>, converted text and gold in
/// <c>corpus/{train,dev,test}/NNN.txt|json</c>. The split is fixed by the article number (70/15/15), so it never
/// changes when articles are added.
/// </summary>
public static class CorpusLayout
{
    public const string MarkedExtension = ".marked";

    public static string SplitOf(int articleNumber) => (articleNumber % 20) switch
    {
        < 14 => "train",
        < 17 => "dev",
        _ => "test",
    };

    public static IEnumerable<(string TextPath, string GoldPath)> Pairs(string folder) =>
        Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(json => (Path.ChangeExtension(json, ".txt"), json));

    public static GoldArticle ReadGold(string path) =>
        JsonConvert.DeserializeObject<GoldArticle>(File.ReadAllText(path))
        ?? throw new InvalidDataException($"{path}: empty gold file");

    public static string ToJson(GoldArticle gold) => JsonConvert.SerializeObject(gold, Formatting.Indented) + "\n";
}
