using Extractor.Events;
using Extractor.Records;

namespace Extractor.Cli.Rendering;

/// <summary>
/// Reads a JSON Lines file of records one line at a time. Records are input, not trusted: a line that is not a
/// record (cut off, edited by hand) becomes an error record naming its line, so the report shows it instead of
/// stopping, and entities or events the report cannot show (null, or of a type that does not exist) are left out.
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
        ArticleRecord? record;
        try
        {
            record = RecordJson.FromJsonLine(line);
        }
        // The converters throw whatever their input provokes (bad JSON, missing or mistyped fields, numbers out
        // of range); for the report each of these is the same thing: the line is not a record.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ArticleRecord.Failed($"line {lineNumber}", "not a record: " + e.Message);
        }
        if (record?.Id is null) return ArticleRecord.Failed($"line {lineNumber}", "not a record: no id");
        return record with
        {
            Entities = [.. (record.Entities ?? []).Where(e => e is not null && Enum.IsDefined(e.Type) && e.Text is not null)],
            Events = [.. (record.Events ?? []).Where(e => e is not null && Enum.IsDefined(e.Type)).Select(e => e.Chips is null ? e with { Chips = [] } : e)],
        };
    }
}
