namespace Extractor.Cli.Rendering;

/// <summary>The report's stylesheet and script, embedded in the program and written inline into every report.</summary>
internal static class ReportAssets
{
    public static string Css { get; } = Load("report.css");
    public static string Script { get; } = Load("report.js");

    private static string Load(string name)
    {
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream("Extractor.Cli.Rendering." + name)
            ?? throw new InvalidOperationException($"The report asset {name} is not embedded in the program.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
