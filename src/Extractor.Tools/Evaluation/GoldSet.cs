using Extractor.Corpus;

namespace Extractor.Evaluation;

/// <summary>
/// The articles of a gold folder, in either layout the project scores: the corpus layout (<c>NNN.txt</c> beside
/// <c>NNN.json</c>, searched recursively) and the real-press layout (<c>articles/NN.txt</c> with
/// <c>gold/NN.json</c>). Each article is known by the names a prediction file may give it: its path relative to
/// the folder, its path relative to the text folder (what <c>extract articles/</c> writes) and the gold's own id.
/// </summary>
public sealed class GoldSet
{
    private GoldSet(IReadOnlyList<GoldSetArticle> articles) => Articles = articles;

    public IReadOnlyList<GoldSetArticle> Articles { get; }

    public static GoldSet Open(string folder)
    {
        string articles = Path.Combine(folder, "articles"), gold = Path.Combine(folder, "gold");
        if (Directory.Exists(articles) && Directory.Exists(gold))
            return new GoldSet(Directory.EnumerateFiles(gold, "*.json", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(json =>
                {
                    var relative = Path.ChangeExtension(Path.GetRelativePath(gold, json), ".txt");
                    var text = Path.Combine(articles, relative);
                    return Article(folder, text, json, Slashes(relative));
                })
                .ToList());
        return new GoldSet(CorpusLayout.Pairs(folder).Select(p => Article(folder, p.TextPath, p.GoldPath)).ToList());
    }

    private static GoldSetArticle Article(string folder, string textPath, string goldPath, params string[] moreNames)
    {
        if (!File.Exists(textPath)) throw new FileNotFoundException($"gold {goldPath} has no article text {textPath}", textPath);
        var gold = CorpusLayout.ReadGold(goldPath);
        var id = Slashes(Path.GetRelativePath(folder, textPath));
        return new GoldSetArticle(id, textPath, gold, [id, .. moreNames, gold.Id]);
    }

    private static string Slashes(string path) => path.Replace('\\', '/');
}

/// <summary>One gold article: its id for reports, where its text is, its gold, and the ids a prediction may use.</summary>
public sealed record GoldSetArticle(string Id, string TextPath, GoldArticle Gold, IReadOnlyList<string> Names);
