using Extractor.Records;

namespace Extractor.Batch;

/// <summary>
/// One record's worth of work travelling through the pipeline, in input order: what the reader loaded (file
/// bytes or one JSON line) and, once a worker is done, the finished record the writer waits for. The loaded
/// input is dropped on completion so only unwritten records hold memory.
/// </summary>
internal sealed class ArticleWork
{
    private readonly TaskCompletionSource<ProcessedRecord> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ArticleWork(string id, ArticleFormat format, long inputBytes)
    {
        Id = id;
        Format = format;
        InputBytes = inputBytes;
    }

    /// <summary>The record id, or for a JSON line <c>FILE#LINE</c> until the line is parsed.</summary>
    public string Id { get; }
    public ArticleFormat Format { get; }
    public long InputBytes { get; }

    public byte[]? Bytes { get; set; }
    public string? SourceLine { get; set; }
    public string? FileId { get; set; }
    public int LineNumber { get; set; }

    /// <summary>Written by an earlier run (<c>--resume</c>): counted in order, not processed again.</summary>
    public bool AlreadyWritten { get; set; }

    public bool IsCompleted => _done.Task.IsCompleted;

    public ProcessedRecord Wait() => _done.Task.GetAwaiter().GetResult();

    public void Complete(ArticleRecord record)
    {
        Bytes = null;
        SourceLine = null;
        _done.SetResult(new ProcessedRecord(RecordJson.ToJsonLine(record), record.Error is not null, record.Chars));
    }
}
