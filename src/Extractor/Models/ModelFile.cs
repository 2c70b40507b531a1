namespace Extractor.Models;

/// <summary>
/// Reads the data files of <c>models/</c>, which ship embedded in the library. While a model folder is in use
/// (<see cref="UseFolder"/>), a file found there wins over the embedded one: the loaders sit deep inside the
/// mention stages, and a scoped source spares threading a folder through every one of them.
/// </summary>
internal static class ModelFile
{
    private static readonly AsyncLocal<string?> Folder = new();

    /// <summary>The model files the shipped pipeline reads; a model folder must hold at least one of them.</summary>
    public static readonly string[] Known =
    [
        "ner/companies-people.bin", "ner/lowercase-words.tsv",
        "gazetteers/companies.tsv", "gazetteers/not-companies.tsv", "gazetteers/given-names.tsv", "gazetteers/chips.tsv",
    ];

    /// <summary>
    /// Reads model files from <paramref name="folder"/> until the result is disposed. The folder may be laid out
    /// like <c>models/</c> (<c>ner/…</c>, <c>gazetteers/…</c>) or hold the files at its root, as
    /// <c>train corpus --out DIR</c> writes them; files it lacks come from the shipped models.
    /// </summary>
    public static IDisposable UseFolder(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full)) throw new DirectoryNotFoundException($"Model folder '{full}' does not exist.");
        if (!Known.Any(k => Find(full, k) is not null))
            throw new ArgumentException($"Model folder '{full}' holds none of the model files ({string.Join(", ", Known)}).", nameof(folder));
        var previous = Folder.Value;
        Folder.Value = full;
        return new Restore(previous);
    }

    public static IReadOnlyList<string[]> ReadTable(string relativePath)
    {
        using var reader = new StreamReader(Open(relativePath));
        return Lexicons.LexiconFile.Parse(reader);
    }

    public static Stream Open(string relativePath)
    {
        // MSBuild writes the folder part of the resource name with the build machine's separator.
        var wanted = relativePath.Replace('\\', '/');
        if (Folder.Value is { } folder && Find(folder, wanted) is { } file) return File.OpenRead(file);
        var assembly = typeof(ModelFile).Assembly;
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.StartsWith("Extractor.Models.", StringComparison.Ordinal)
                                 && n["Extractor.Models.".Length..].Replace('\\', '/') == wanted)
            ?? relativePath;
        return assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded model file {relativePath} ({name}).");
    }

    private static string? Find(string folder, string relativePath)
    {
        var nested = Path.Combine(folder, relativePath);
        if (File.Exists(nested)) return nested;
        var flat = Path.Combine(folder, Path.GetFileName(relativePath));
        return File.Exists(flat) ? flat : null;
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Folder.Value = previous;
    }
}
