using Extractor.Records;

namespace Extractor.Batch;

/// <summary>
/// One record's worth of work travelling through the pipeline, in input order: what the reader loaded (file
/// bytes or one JSON line) and, once a worker is done, the finished record the writer waits for. The loaded
/// input is dropped on completion so only unwritten records hold memory.
/// </summary>
internal sealed class ArticleWork
{
    // A monitor rather than a Task: waiting on an unfinished Task spins first, and the writer waits on nearly
    // every record, so the spinning took a core's worth of CPU away from the workers.
    private readonly object _gate = new();
    private ProcessedRecord _result;
    private bool _done;

    public ArticleWork(string id, ArticleFormat format, int inputOrdinal, bool wholeInput)
    {
        Id = id;
        Format = format;
        InputOrdinal = inputOrdinal;
        WholeInput = wholeInput;
    }

    /// <summary>The record id, or for a JSON line <c>FILE#LINE</c> until the line is parsed.</summary>
    public string Id { get; }
    public ArticleFormat Format { get; }
    /// <summary>Position of the input this work comes from, for progress in inputs done.</summary>
    public int InputOrdinal { get; }

    /// <summary>True when this work is all of its input (a file or stdin), false for one line of a JSON Lines file.</summary>
    public bool WholeInput { get; }

    /// <summary>Bytes read for this work (file size or line length), for MB/s.</summary>
    public long InputBytes { get; set; }

    public byte[]? Bytes { get; set; }
    public string? SourceLine { get; set; }
    public string? FileId { get; set; }
    public int LineNumber { get; set; }

    /// <summary>Written by an earlier run (<c>--resume</c>): counted in order, not processed again.</summary>
    public bool AlreadyWritten { get; set; }

    public bool IsCompleted => Volatile.Read(ref _done);

    public ProcessedRecord Wait()
    {
        lock (_gate)
        {
            while (!_done) Monitor.Wait(_gate);
            return _result;
        }
    }

    public void Complete(ArticleRecord record)
    {
        Bytes = null;
        SourceLine = null;
        var result = new ProcessedRecord(RecordJson.ToJsonLine(record), record.Error is not null, record.Chars);
        lock (_gate)
        {
            if (_done) throw new InvalidOperationException($"{Id} was completed twice.");
            _result = result;
            Volatile.Write(ref _done, true);
            Monitor.PulseAll(_gate);
        }
    }
}
