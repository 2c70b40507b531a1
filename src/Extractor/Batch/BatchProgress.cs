namespace Extractor.Batch;

/// <summary>
/// Counters the pipeline's writer updates and a progress display reads from another thread. Byte totals come
/// from the file listing, so MB/s and the ETA are known before any file is read.
/// </summary>
public sealed class BatchProgress
{
    private long _records;
    private long _errors;
    private long _chars;
    private long _inputBytes;

    public BatchProgress(long totalInputs, long totalInputBytes)
    {
        TotalInputs = totalInputs;
        TotalInputBytes = totalInputBytes;
    }

    public long TotalInputs { get; }
    public long TotalInputBytes { get; }

    public long Records => Interlocked.Read(ref _records);
    public long Errors => Interlocked.Read(ref _errors);
    public long Chars => Interlocked.Read(ref _chars);
    public long InputBytes => Interlocked.Read(ref _inputBytes);

    /// <summary>When the first record of this run was written and flushed (UTC); null before.</summary>
    public DateTime? FirstRecordAt { get; private set; }

    internal void MarkFirstRecord() => FirstRecordAt ??= DateTime.UtcNow;

    internal void Add(long records, long errors, long chars, long inputBytes)
    {
        Interlocked.Add(ref _records, records);
        Interlocked.Add(ref _errors, errors);
        Interlocked.Add(ref _chars, chars);
        Interlocked.Add(ref _inputBytes, inputBytes);
    }
}
