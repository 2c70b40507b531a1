namespace Extractor.Batch;

/// <summary>
/// Counters the pipeline's writer updates and a progress display reads from another thread. The share done is
/// counted in inputs (files), because sizing 200,000 files up front would cost a stat each before the first
/// record; MB/s counts the bytes actually read.
/// </summary>
public sealed class BatchProgress
{
    private long _records;
    private long _errors;
    private long _chars;
    private long _inputBytes;
    private long _inputsDone;

    /// <summary>Counters for a run over <paramref name="totalInputs"/> inputs.</summary>
    public BatchProgress(long totalInputs) => TotalInputs = totalInputs;

    /// <summary>The number of inputs (files, or standard input) in the run.</summary>
    public long TotalInputs { get; }

    /// <summary>Inputs whose every record is written.</summary>
    public long InputsDone => Interlocked.Read(ref _inputsDone);

    /// <summary>Records written.</summary>
    public long Records => Interlocked.Read(ref _records);

    /// <summary>Records written with an error.</summary>
    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Characters of text extracted.</summary>
    public long Chars => Interlocked.Read(ref _chars);

    /// <summary>Bytes read from the inputs.</summary>
    public long InputBytes => Interlocked.Read(ref _inputBytes);

    /// <summary>When the first record of this run was written and flushed (UTC); null before.</summary>
    public DateTime? FirstRecordAt { get; private set; }

    internal void MarkFirstRecord() => FirstRecordAt ??= DateTime.UtcNow;

    internal void SetInputsDone(long inputs) => Interlocked.Exchange(ref _inputsDone, inputs);

    internal void Add(long records, long errors, long chars, long inputBytes)
    {
        Interlocked.Add(ref _records, records);
        Interlocked.Add(ref _errors, errors);
        Interlocked.Add(ref _chars, chars);
        Interlocked.Add(ref _inputBytes, inputBytes);
    }
}
