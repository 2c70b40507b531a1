namespace Extractor.Models;

/// <summary>Reads the data files of <c>models/</c>, which ship embedded in the library.</summary>
internal static class ModelFile
{
    public static IReadOnlyList<string[]> ReadTable(string relativePath)
    {
        using var reader = new StreamReader(Open(relativePath));
        return Lexicons.LexiconFile.Parse(reader);
    }

    public static Stream Open(string relativePath)
    {
        // MSBuild writes the folder part of the resource name with the build machine's separator.
        var wanted = relativePath.Replace('\\', '/');
        var assembly = typeof(ModelFile).Assembly;
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.StartsWith("Extractor.Models.", StringComparison.Ordinal)
                                 && n["Extractor.Models.".Length..].Replace('\\', '/') == wanted)
            ?? relativePath;
        return assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded model file {relativePath} ({name}).");
    }
}
