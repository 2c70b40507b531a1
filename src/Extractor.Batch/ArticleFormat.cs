namespace Extractor.Batch;

/// <summary>How an input holds its articles; chosen from the file name's extension.</summary>
public enum ArticleFormat
{
    /// <summary>A plain-text file: one article (<c>.txt</c>, and any file named explicitly).</summary>
    Text,

    /// <summary>An HTML page: one article, its text taken from the DOM (<c>.html</c>, <c>.htm</c>).</summary>
    Html,

    /// <summary>JSON Lines: one article per line (<c>.jsonl</c>, <c>.ndjson</c>).</summary>
    JsonLines,

    /// <summary>Standard input (<c>-</c> on the command line): one plain-text article.</summary>
    StandardInput,
}

/// <summary>Extension rules for <see cref="ArticleFormat"/>.</summary>
internal static class ArticleFormats
{
    /// <summary>The extensions a folder walk picks up.</summary>
    public static readonly string[] FolderExtensions = [".txt", ".html", ".htm", ".jsonl", ".ndjson"];

    public static ArticleFormat FromPath(string path)
    {
        if (path == "-") return ArticleFormat.StandardInput;
        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".html" or ".htm" => ArticleFormat.Html,
            ".jsonl" or ".ndjson" => ArticleFormat.JsonLines,
            // A file named on the command line is read as text whatever its extension, as before.
            _ => ArticleFormat.Text,
        };
    }
}
