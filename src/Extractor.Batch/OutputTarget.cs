namespace Extractor.Batch;

/// <summary>
/// Checks an <c>-o</c> path before anything is opened, so a careless command cannot destroy what it names: the
/// output must be a regular file or not exist yet (not a folder, a device or a pipe), must not be one of the
/// input files, and must not lie inside an input folder that the walk reads (next run it would be read as an
/// article). A file inside an input folder whose extension the walk does not pick up (<c>out.json</c>,
/// <c>.partial</c>, <c>.lock</c>) is allowed.
/// </summary>
internal static class OutputTarget
{
    /// <summary>Why <paramref name="target"/> cannot be the output of a run over <paramref name="paths"/>; null when it can.</summary>
    public static string? Problem(string target, IEnumerable<string> paths, IReadOnlyCollection<string>? extensions = null)
    {
        extensions ??= ArticleFormats.FolderExtensions;
        var full = Path.GetFullPath(target);
        if (Path.EndsInDirectorySeparator(target)) return "it names a folder";
        var facts = FileFacts.Of(full);
        if (facts.Kind == FileKind.Directory) return "it is a folder";
        if (facts.Kind is not (FileKind.Missing or FileKind.Regular or FileKind.Unknown)) return $"it is {facts.Describe()}, not a regular file";
        bool walked = extensions.Any(e => full.EndsWith(e, StringComparison.OrdinalIgnoreCase));
        var realTargetFolder = RealPath(Path.GetDirectoryName(full)!);
        foreach (var path in paths)
        {
            if (path == "-") continue;
            var input = Path.GetFullPath(path);
            if (Directory.Exists(input))
            {
                if (!walked) continue;
                var folder = Path.TrimEndingDirectorySeparator(RealPath(input));
                if (realTargetFolder == folder || realTargetFolder.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    return $"it is inside the input folder {path}, whose walk would read it as an article";
            }
            else if (input == full || (facts.Kind != FileKind.Missing && FileFacts.Of(input).SameFileAs(facts))
                     || RealPath(input) == Path.Join(realTargetFolder, Path.GetFileName(full)))
            {
                return $"it is the input {path}";
            }
        }
        return null;
    }

    // The path with every link resolved, as far as it exists; the rest is appended as written.
    private static string RealPath(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var missing = new Stack<string>();
        var existing = full;
        while (!Directory.Exists(existing) && !File.Exists(existing))
        {
            var parent = Path.GetDirectoryName(existing);
            if (parent is null) return full;
            missing.Push(Path.GetFileName(existing));
            existing = parent;
        }
        string resolved;
        try
        {
            resolved = Resolve(existing);
        }
        catch (IOException) { resolved = existing; }
        while (missing.Count > 0) resolved = Path.Join(resolved, missing.Pop());
        return Path.TrimEndingDirectorySeparator(resolved);
    }

    // Resolves links component by component (the runtime resolves only the last component of a path).
    private static string Resolve(string full)
    {
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Join(current, part);
            for (int hops = 0; hops < 40; hops++)
            {
                FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
                if (info.LinkTarget is null) break;
                next = Path.GetFullPath(info.LinkTarget, Path.GetDirectoryName(next)!);
            }
            current = Path.TrimEndingDirectorySeparator(next);
        }
        return current;
    }
}
