using System.IO.Enumeration;

namespace Extractor.Batch;

/// <summary>
/// The folder walk under <see cref="ArticleFiles"/>, on the runtime's low-level enumerator so that listing
/// 200,000 files costs one directory read per folder and no per-file stat or FileInfo: the first record of a
/// large archive must not wait for a slow listing. Linked folders are not entered (link loops stay finite),
/// the runtime's enumerator keeps its own queue (deep trees cannot overflow the stack), and a folder that
/// vanishes or cannot be read mid-walk is skipped instead of ending the run.
/// </summary>
internal sealed class ArticleFileEnumerator : FileSystemEnumerator<ArticleInput>
{
    private static readonly EnumerationOptions Options = new() { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = true };

    private readonly int _rootLength;
    private readonly IReadOnlyCollection<string> _extensions;

    /// <param name="root">A full path without a trailing separator (except for the file system root itself).</param>
    public ArticleFileEnumerator(string root, IReadOnlyCollection<string> extensions) : base(root, Options)
    {
        _rootLength = Path.EndsInDirectorySeparator(root) ? root.Length : root.Length + 1;
        _extensions = extensions;
    }

    protected override bool ShouldIncludeEntry(ref FileSystemEntry entry)
    {
        if (entry.IsDirectory) return false;
        foreach (var extension in _extensions)
            if (entry.FileName.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // A linked folder may point back up the tree; not following links keeps every walk finite.
    protected override bool ShouldRecurseIntoEntry(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0;

    // Linked files are listed, dangling ones too: reading them yields an error record, not silence.
    protected override ArticleInput TransformEntry(ref FileSystemEntry entry)
    {
        var full = entry.ToFullPath();
        var relative = full[_rootLength..];
        if (Path.DirectorySeparatorChar != '/') relative = relative.Replace(Path.DirectorySeparatorChar, '/');
        return new ArticleInput(relative, full);
    }

    // A folder that vanished or became unreadable after it was listed: its files are simply not there.
    protected override bool ContinueOnError(int error) => true;
}
