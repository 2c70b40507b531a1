namespace Extractor.Batch;

/// <summary>
/// Lists the inputs under the paths given on the command line: a file stands for itself (id = its name), a
/// folder for every article file below it (<see cref="ArticleFormats.FolderExtensions"/>; id = path relative to
/// the folder, with '/'), <c>-</c> for standard input. Each folder's list is in ordinal order, so every run and
/// every machine sees the same sequence, which resuming and sharding rely on. Symbolic links to folders are not
/// followed, so link loops cannot make a walk endless or list a file twice; the walk keeps its own queue, so a
/// deep tree cannot overflow the call stack; folders that vanish or cannot be read during the walk are skipped
/// (see <see cref="ArticleFileEnumerator"/>).
/// </summary>
public static class ArticleFiles
{
    /// <summary>
    /// The inputs of <paramref name="paths"/> in output order: files as given, folders walked for the extensions
    /// (default <c>.txt</c>, <c>.html</c>, <c>.htm</c>, <c>.jsonl</c>, <c>.ndjson</c>) and sorted by id, <c>-</c> for standard input.
    /// </summary>
    public static List<ArticleInput> Enumerate(IEnumerable<string> paths, IReadOnlyCollection<string>? extensions = null)
    {
        extensions ??= ArticleFormats.FolderExtensions;
        var inputs = new List<ArticleInput>();
        foreach (var path in paths)
        {
            if (path == "-")
                inputs.Add(new ArticleInput("-", "-"));
            else if (Directory.Exists(path))
                inputs.AddRange(FromFolder(path, extensions));
            else
                inputs.Add(new ArticleInput(System.IO.Path.GetFileName(path.TrimEnd('/', '\\')) is { Length: > 0 } name ? name : path, path));
        }
        return inputs;
    }

    private static List<ArticleInput> FromFolder(string folder, IReadOnlyCollection<string> extensions)
    {
        var found = new List<ArticleInput>();
        using (var walk = new ArticleFileEnumerator(System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(folder)), extensions))
            while (walk.MoveNext()) found.Add(walk.Current);
        found.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return found;
    }
}
