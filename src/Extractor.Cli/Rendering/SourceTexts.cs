using Extractor.Batch;
using Extractor.Input;

namespace Extractor.Cli.Rendering;

/// <summary>
/// Finds an article's text again from the inputs a run read, for records written without <c>--include-text</c>:
/// the same walk as <c>extract</c> (so ids match), the same decoding, HTML reduced to the same text, and JSON
/// Lines looked up by their <c>FILE#ID</c> ids. One JSON Lines file is held at a time; records come in input
/// order, so each file is read once.
/// </summary>
internal sealed class SourceTexts
{
    private readonly Dictionary<string, ArticleInput> _inputs = new(StringComparer.Ordinal);
    private readonly string _textField;
    private readonly string _idField;
    private string? _linesFile;
    private Dictionary<string, string?> _lines = new(StringComparer.Ordinal);

    public SourceTexts(IReadOnlyList<string> paths, string textField = "text", string idField = "id")
    {
        foreach (var input in ArticleFiles.Enumerate(paths)) _inputs.TryAdd(input.Id, input);
        _textField = textField;
        _idField = idField;
    }

    public int Count => _inputs.Count;

    /// <summary>The text the record's offsets refer to, or null with the reason it could not be found.</summary>
    public string? Find(string id, out string? problem)
    {
        problem = null;
        if (_inputs.TryGetValue(id, out var input) && input.Format is ArticleFormat.Text or ArticleFormat.Html)
            return ReadWhole(input, out problem);
        int hash = id.LastIndexOf('#');
        while (hash > 0)
        {
            if (_inputs.TryGetValue(id[..hash], out var file) && file.Format == ArticleFormat.JsonLines)
            {
                LoadLines(file);
                if (_lines.TryGetValue(id, out var text)) return text ?? NotFound(out problem, "its line holds no text");
                return NotFound(out problem, $"no line with this id in {file.Id}");
            }
            hash = id.LastIndexOf('#', hash - 1);
        }
        return NotFound(out problem, "no source file with this id");
    }

    private static string? NotFound(out string? problem, string why)
    {
        problem = why;
        return null;
    }

    private static string? ReadWhole(ArticleInput input, out string? problem)
    {
        problem = null;
        byte[] bytes;
        try { bytes = File.ReadAllBytes(input.Path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return NotFound(out problem, "unreadable: " + e.Message); }
        var decoded = ArticleDecoder.Decode(bytes);
        if (!decoded.Ok) return NotFound(out problem, decoded.Error!);
        if (input.Format != ArticleFormat.Html) return decoded.Text;
        try { return HtmlArticleText.Extract(decoded.Text!); }
        catch (Exception e) { return NotFound(out problem, "HTML not readable: " + e.Message); }
    }

    private void LoadLines(ArticleInput file)
    {
        if (_linesFile == file.Id) return;
        _linesFile = file.Id;
        _lines = new Dictionary<string, string?>(StringComparer.Ordinal);
        int lineNumber = 0;
        try
        {
            foreach (var line in File.ReadLines(file.Path))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                var article = JsonLinesArticle.Parse(file.Id, lineNumber, line, _textField, _idField);
                _lines.TryAdd(article.Id, article.Text);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // What was read before the failure still serves; the rest are reported as not found.
        }
    }
}
