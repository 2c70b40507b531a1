using System.Text;

namespace Extractor.Benchmarks;

/// <summary>The benchmark input: every article of corpus/ (train, dev and test), read once.</summary>
public static class CorpusText
{
    public static string[] Articles { get; } = Load();

    public static long Bytes { get; } = Articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a));

    private static string[] Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "corpus");
            if (File.Exists(Path.Combine(dir.FullName, "Extractor.sln")) && Directory.Exists(corpus))
                return new[] { "train", "dev", "test" }
                    .SelectMany(split => Directory.GetFiles(Path.Combine(corpus, split), "*.txt").Order(StringComparer.Ordinal))
                    .Select(File.ReadAllText)
                    .ToArray();
        }
        throw new InvalidOperationException("corpus/ not found above " + AppContext.BaseDirectory);
    }
}
