namespace Extractor.Tests.Support;

/// <summary>Test corpora made of the shipped training articles, copied as often as a test needs volume.</summary>
public static class CorpusCopies
{
    public static IReadOnlyList<string> TrainingArticles { get; } =
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "corpus", "train"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    /// <summary>Writes <paramref name="copies"/> copies of corpus/train/*.txt into copy-NNN/ folders under the folder.</summary>
    public static int Fill(TempFolder folder, int copies)
    {
        int files = 0;
        for (int copy = 0; copy < copies; copy++)
        {
            var target = Path.Combine(folder.Path, $"copy-{copy:D3}");
            Directory.CreateDirectory(target);
            foreach (var article in TrainingArticles)
            {
                File.Copy(article, Path.Combine(target, Path.GetFileName(article)));
                files++;
            }
        }
        return files;
    }
}
