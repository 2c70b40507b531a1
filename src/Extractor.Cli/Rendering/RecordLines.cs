using Extractor.Records;
using Newtonsoft.Json;

namespace Extractor.Cli.Rendering;

/// <summary>
/// Reads a JSON Lines file of records one line at a time. A line that is not a record (cut off, edited by hand)
/// becomes an error record naming its line, so the report shows it instead of stopping.
/// </summary>
internal static class RecordLines
{
    public static IEnumerable<ArticleRecord> Read(string path)
    {
        using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16);
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return Parse(line, lineNumber);
        }
    }

    private static ArticleRecord Parse(string line, int lineNumber)
    {
        try
        {
            var record = RecordJson.FromJsonLine(line);
            if (record is not null && record.Id is not null) return record;
            return ArticleRecord.Failed($"line {lineNumber}", "not a record: no id");
        }
        catch (Exception e) when (e is JsonException or FormatException or OverflowException or ArgumentException or InvalidCastException or NullReferenceException)
        {
            return ArticleRecord.Failed($"line {lineNumber}", "not a record: " + e.Message);
        }
    }
}
