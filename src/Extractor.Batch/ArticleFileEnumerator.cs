using System.IO.Enumeration;

namespace Extractor.Batch;

/// <summary>
/// One folder's entries for the walk of <see cref="ArticleFiles"/>, on the runtime's low-level enumerator so that
/// listing 200,000 files costs one directory read per folder and no per-file stat or FileInfo. It lists article
/// files (linked ones too, dangling ones included: reading them gives an error record) and the sub-folders to
/// walk next, leaving out linked folders, which may point back up the tree. A folder that cannot be opened
/// throws, so the walk can give it an error record instead of skipping it in silence.
/// </summary>
internal sealed class ArticleFileEnumerator : FileSystemEnumerator<(string Name, bool IsFolder)>
{
    private static readonly EnumerationOptions Options = new() { IgnoreInaccessible = false, AttributesToSkip = 0, RecurseSubdirectories = false };

    private readonly IReadOnlyCollection<string> _extensions;

    public ArticleFileEnumerator(string folder, IReadOnlyCollection<string> extensions) : base(folder, Options) => _extensions = extensions;

    protected override bool ShouldIncludeEntry(ref FileSystemEntry entry)
    {
        if (entry.IsDirectory) return (entry.Attributes & FileAttributes.ReparsePoint) == 0;
        foreach (var extension in _extensions)
            if (entry.FileName.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    protected override (string Name, bool IsFolder) TransformEntry(ref FileSystemEntry entry) =>
        (entry.FileName.ToString(), entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) == 0);

    // An entry that vanished between the listing and its stat is simply not there; any other error ends the folder.
    protected override bool ContinueOnError(int error) => error == 2;
}
