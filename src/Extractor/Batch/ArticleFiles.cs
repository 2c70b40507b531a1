namespace Extractor.Batch;

/// <summary>
/// Lists the articles under the paths given on the command line: a file stands for itself (id = its name), a
/// folder for every <c>.txt</c> below it (id = path relative to the folder, with '/'), in ordinal order so every
/// run and every machine sees the same sequence. Symbolic links to folders are not followed, so link loops
/// cannot make a walk endless.
/// </summary>
public static class ArticleFiles
{
    public static readonly string[] DefaultExtensions = [".txt"];

    public static List<ArticleInput> Enumerate(IEnumerable<string> paths, IReadOnlyCollection<string>? extensions = null)
    {
        extensions ??= DefaultExtensions;
        var inputs = new List<ArticleInput>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                inputs.AddRange(FromFolder(path, extensions));
            else
                inputs.Add(new ArticleInput(System.IO.Path.GetFileName(path.TrimEnd('/', '\\')) is { Length: > 0 } name ? name : path, path));
        }
        return inputs;
    }

    private static IEnumerable<ArticleInput> FromFolder(string folder, IReadOnlyCollection<string> extensions)
    {
        var root = System.IO.Path.GetFullPath(folder);
        var found = new List<ArticleInput>();
        var pending = new Stack<string>();
        pending.Push(root);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false };
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", options))
            {
                if (entry is DirectoryInfo sub)
                {
                    // A linked folder may point back up the tree; not following links keeps every walk finite.
                    if (sub.LinkTarget is null) pending.Push(sub.FullName);
                }
                else if (extensions.Any(e => entry.Name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                {
                    // Linked files are listed, dangling ones too: reading them yields an error record, not silence.
                    found.Add(new ArticleInput(System.IO.Path.GetRelativePath(root, entry.FullName).Replace('\\', '/'), entry.FullName));
                }
            }
        }
        found.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return found;
    }
}
