namespace Extractor.Cli.Interruption;

/// <summary>
/// The batch output, passed through; once a stop is asked for, the start of the next record flushes what was
/// written and throws <see cref="RunInterruptedException"/>. The pipeline's writer writes each record as one string
/// followed by its newline and counts it after both, so the run stops between records: the partial file ends on a
/// complete record and the progress counters match it.
/// </summary>
internal sealed class StopAtRecordWriter(TextWriter inner) : TextWriter
{
    private volatile bool _stopRequested;

    public override System.Text.Encoding Encoding => inner.Encoding;

    public void RequestStop() => _stopRequested = true;

    public override void Write(string? value)
    {
        if (_stopRequested)
        {
            inner.Flush();
            throw new RunInterruptedException();
        }
        inner.Write(value);
    }

    public override void Write(char value) => inner.Write(value);

    public override void Write(char[] buffer, int index, int count) => inner.Write(buffer, index, count);

    public override void Flush() => inner.Flush();
}
