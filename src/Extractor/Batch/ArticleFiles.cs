namespace Extractor.Batch;

/// <summary>
/// Lists the inputs under the paths given on the command line: a file stands for itself (id = its name), a
/// folder for every article file below it (<see cref="ArticleFormats.FolderExtensions"/>; id = path relative to
/// the folder, with '/'), <c>-</c> for standard input. Each folder's list is in ordinal order, so every run and
/// every machine sees the same sequence, which resuming and sharding rely on. Symbolic links to folders are not
/// followed, so link loops cannot make a walk endless or list a file twice; the walk uses its own stack, so a
/// deep tree cannot overflow the call stack; folders that vanish or cannot be read during the walk are skipped.
/// </summary>
public static class ArticleFiles
{
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
                inputs.Add(new ArticleInput(System.IO.Path.GetFileName(path.TrimEnd('/', '\\')) is { Length: > 0 } name ? name : path, path, LengthOrZero(path)));
        }
        return inputs;
    }

    private static long LengthOrZero(string path)
    {
        try { return new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException) { return 0; }
    }

    private static List<ArticleInput> FromFolder(string folder, IReadOnlyCollection<string> extensions)
    {
        var root = System.IO.Path.GetFullPath(folder);
        var found = new List<ArticleInput>();
        var pending = new Stack<string>();
        pending.Push(root);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false };
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            try
            {
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
                        var length = entry is FileInfo { Exists: true } file && file.LinkTarget is null ? file.Length : 0;
                        found.Add(new ArticleInput(System.IO.Path.GetRelativePath(root, entry.FullName).Replace('\\', '/'), entry.FullName, length));
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The folder vanished or became unreadable after it was listed: its files are simply not there.
            }
        }
        found.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return found;
    }
}
