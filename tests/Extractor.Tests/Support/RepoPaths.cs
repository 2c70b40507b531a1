namespace Extractor.Tests.Support;

/// <summary>Finds the repository root and the read-only <c>../shared</c> material beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder beside the checkout, or null on a user's fresh clone where it is absent.</summary>
    public static string? Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    public const string SharedMissing = "../shared is not beside this checkout (a user's clone); CI has it.";

    /// <summary>Skips the calling test when ../shared is absent, else returns the path under it.</summary>
    public static string RequireShared(params string[] parts)
    {
        Skip.If(Shared is null, SharedMissing);
        var path = Path.Combine([Shared!, .. parts]);
        Skip.IfNot(File.Exists(path) || Directory.Exists(path), $"{path} is missing from ../shared.");
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Extractor.sln"))) return dir.FullName;
        throw new InvalidOperationException("Extractor.sln not found above " + AppContext.BaseDirectory);
    }
}
