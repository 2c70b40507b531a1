using Extractor.Tests.Support;

namespace Extractor.Tests.Corpus;

/// <summary>Parts of corpus/dev for the regression gates.</summary>
internal static class DevSplit
{
    /// <summary>The first wave's articles (001–315) are the ones the original targets were set on.</summary>
    public const int FirstWaveLast = 315;

    /// <summary>A temporary copy of the first wave's dev articles, in the corpus layout.</summary>
    public static TempFolder FirstWave()
    {
        var folder = new TempFolder();
        foreach (var text in Directory.GetFiles(Path.Combine(RepoPaths.Root, "corpus", "dev"), "*.txt"))
        {
            if (int.Parse(Path.GetFileNameWithoutExtension(text), System.Globalization.CultureInfo.InvariantCulture) > FirstWaveLast) continue;
            File.Copy(text, Path.Combine(folder.Path, Path.GetFileName(text)));
            File.Copy(Path.ChangeExtension(text, ".json"), Path.Combine(folder.Path, Path.GetFileNameWithoutExtension(text) + ".json"));
        }
        return folder;
    }
}
