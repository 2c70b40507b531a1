namespace Extractor.Batch;

/// <summary>
/// Lists the inputs under the paths given on the command line: a file stands for itself (id = its name), a
/// folder for every article file below it (<see cref="ArticleFormats.FolderExtensions"/>; id = path relative to
/// the folder, with '/'), <c>-</c> for standard input. Each folder's list is in ordinal order, so every run and
/// every machine sees the same sequence, which resuming and sharding rely on. Symbolic links to folders are not
/// followed, so link loops cannot make a walk endless or list a file twice; the walk keeps its own queue, so a
/// deep tree cannot overflow the call stack. A folder that cannot be read (no permission, a path longer than the
/// system allows) is an input of its own whose record is an error (id = its relative path ending in '/'); one
/// that vanishes during the walk is skipped. Ids are made unique across arguments (<see cref="UniqueIds"/>).
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
        var ids = new UniqueIds();
        for (int i = 0; i < inputs.Count; i++)
        {
            var id = ids.Claim(inputs[i].Id);
            if (id != inputs[i].Id) inputs[i] = inputs[i] with { Id = id };
        }
        return inputs;
    }

    private static List<ArticleInput> FromFolder(string folder, IReadOnlyCollection<string> extensions)
    {
        var root = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(folder));
        var found = new List<ArticleInput>();
        var pending = new Queue<(string Full, string Relative)>();
        pending.Enqueue((root, ""));
        while (pending.Count > 0)
        {
            var (full, relative) = pending.Dequeue();
            try
            {
                using var entries = new ArticleFileEnumerator(full, extensions);
                bool undecodable = false;
                while (entries.MoveNext())
                {
                    var (name, isFolder) = entries.Current;
                    // The runtime decoded a name that is not UTF-8 with U+FFFD: such names are listed again as bytes below.
                    if (name.Contains('\uFFFD')) { undecodable = true; continue; }
                    var childFull = System.IO.Path.Join(full, name);
                    var childRelative = relative.Length == 0 ? name : relative + "/" + name;
                    if (isFolder) pending.Enqueue((childFull, childRelative));
                    else found.Add(new ArticleInput(childRelative, childFull));
                }
                if (undecodable) AddUndecodable(full, relative, extensions, found, pending);
            }
            catch (DirectoryNotFoundException) when (relative.Length > 0)
            {
                // Vanished since its parent was listed: nothing to read there.
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                var id = (relative.Length == 0 ? System.IO.Path.GetFileName(root) : relative) + "/";
                var why = e is PathTooLongException || e.Message.Contains("too long", StringComparison.OrdinalIgnoreCase) ? "path too long" : e.Message;
                found.Add(new ArticleInput(id, full) { Error = "unreadable folder: " + why });
            }
        }
        found.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return found;
    }

    // Names that are not valid UTF-8 (and valid ones that hold U+FFFD, which look the same once decoded), listed
    // as bytes: files are read by their bytes under a reversibly escaped id; a folder with such a name cannot be
    // walked by the runtime and gets an error record.
    private static void AddUndecodable(string folder, string relative, IReadOnlyCollection<string> extensions, List<ArticleInput> found, Queue<(string Full, string Relative)> pending)
    {
        var folderBytes = System.Text.Encoding.UTF8.GetBytes(folder);
        foreach (var name in RawFileNames.AmbiguousNames(folder))
        {
            bool valid = System.Text.Unicode.Utf8.IsValid(name);
            var display = valid ? System.Text.Encoding.UTF8.GetString(name) : RawFileNames.EscapeName(name);
            var id = (relative.Length == 0 ? "" : relative + "/") + display;
            byte[] path = [.. folderBytes, (byte)'/', .. name];
            var facts = FileFacts.Of(path, followLinks: false);
            if (facts.Kind == FileKind.Directory)
            {
                if (valid) pending.Enqueue((System.IO.Path.Join(folder, display), id));
                else found.Add(new ArticleInput(id + "/", folder) { Error = "unreadable folder: its name is not valid UTF-8" });
                continue;
            }
            if (!extensions.Any(e => id.EndsWith(e, StringComparison.OrdinalIgnoreCase))) continue;
            found.Add(valid
                ? new ArticleInput(id, System.IO.Path.Join(folder, display))
                : new ArticleInput(id, System.IO.Path.Join(folder, display)) { RawPath = path });
        }
    }
}
