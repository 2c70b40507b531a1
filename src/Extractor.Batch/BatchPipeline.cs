using System.Diagnostics;
using System.Threading.Channels;
using Extractor.Records;

namespace Extractor.Batch;

/// <summary>
/// The batch engine: one reader thread, N extraction workers and one writer (the calling thread), joined by
/// bounded channels so reading, extraction and writing overlap while at most a few batches per worker are in
/// memory, whatever the number of files. The writer takes works in input order from a second channel and waits
/// for each to be finished, so the output is byte-identical whatever N is. Stages run on dedicated threads and
/// block on the channels: CPU-bound workers must not starve the thread pool of the threads the other stages need.
/// Works travel in small batches (<see cref="BatchOptions.WorksPerBatch"/> articles or about a megabyte): the
/// reader is far faster than extraction, so the queues are always full and every item taken wakes the reader;
/// one wake-up per batch instead of per article gave that CPU back to extraction.
/// </summary>
public sealed class BatchPipeline
{
    // A batch closes at this many input bytes, so large articles travel alone and memory stays bounded.
    private const long BatchBytes = 1 << 20;

    private readonly ArticleProcessor _processor;
    private readonly BatchOptions _options;

    /// <summary>A pipeline running <paramref name="processor"/> on <see cref="BatchOptions.Threads"/> threads.</summary>
    public BatchPipeline(ArticleProcessor processor, BatchOptions options)
    {
        if (options.Threads < 1) throw new ArgumentOutOfRangeException(nameof(options), "Threads must be at least 1.");
        _processor = processor;
        _options = options;
    }

    /// <summary>
    /// Processes <paramref name="inputs"/> and writes one JSON line per record to <paramref name="output"/>, in input
    /// order whatever the thread count; <paramref name="progress"/>, when given, is updated as records are written.
    /// </summary>
    public BatchTotals Run(IReadOnlyList<ArticleInput> inputs, TextWriter output, BatchProgress? progress = null)
    {
        var resume = _options.Resume ?? ResumePoint.Empty;
        int capacity = Math.Max(2, _options.Threads * _options.QueuePerThread);
        // Synchronous continuations: a stage blocked on a channel is woken directly by the thread that made room
        // or added an item. Otherwise every wake-up is a thread-pool work item, and on two cores the pool's
        // threads spinning for those tiny items took CPU from the workers.
        var toWorkers = Channel.CreateBounded<List<ArticleWork>>(new BoundedChannelOptions(capacity) { SingleWriter = true, AllowSynchronousContinuations = true });
        // Twice as deep as the work queue, so a slow head article does not stop the reader while workers idle.
        var inOrder = Channel.CreateBounded<List<ArticleWork>>(new BoundedChannelOptions(capacity * 2) { SingleWriter = true, SingleReader = true, AllowSynchronousContinuations = true });

        Exception? readerFailure = null;
        var reader = StartThread("extract-reader", () =>
        {
            try
            {
                long skipped = 0, batchBytes = 0;
                bool anySent = false;
                var batch = new List<ArticleWork>(_options.WorksPerBatch);
                void Send()
                {
                    // The same batch goes to one worker and, in order, to the writer; works the reader already
                    // completed (unreadable files) are skipped by the worker.
                    BlockingWrite(toWorkers.Writer, batch);
                    BlockingWrite(inOrder.Writer, batch);
                    batch = new List<ArticleWork>(_options.WorksPerBatch);
                    batchBytes = 0;
                    anySent = true;
                }
                using var written = resume.PartialPath is { } partialPath
                    ? PartialOutputFile.ReadIds(partialPath, resume.Records).GetEnumerator()
                    : null;
                foreach (var work in new ArticleReader(_processor, _options).Read(inputs, resume.Records))
                {
                    if (work.AlreadyWritten)
                    {
                        ++skipped;
                        if (written is not null) CheckResumedRecord(work, written.MoveNext() ? written.Current : null, skipped);
                        else if (skipped == resume.Records && resume.LastId is not null) CheckResumedRecord(work, resume.LastId, skipped);
                        continue;
                    }
                    batch.Add(work);
                    batchBytes += work.InputBytes;
                    // The first work goes alone, so the first record is not held back by a batch filling up.
                    if (!anySent || batch.Count >= _options.WorksPerBatch || batchBytes >= BatchBytes) Send();
                }
                if (batch.Count > 0) Send();
                if (skipped < resume.Records)
                    throw new ResumeMismatchException($"the partial output holds {resume.Records} records but these inputs give only {skipped}");
            }
            catch (Exception e)
            {
                readerFailure = e;
            }
            finally
            {
                toWorkers.Writer.TryComplete();
                inOrder.Writer.TryComplete();
            }
        });
        var workers = Enumerable.Range(0, _options.Threads)
            .Select(i => StartThread($"extract-worker-{i}", () => Work(toWorkers.Reader)))
            .ToList();

        long records = resume.Records, errors = resume.Errors, chars = resume.Chars;
        progress?.Add(resume.Records, resume.Errors, resume.Chars, 0);
        var sinceFlush = Stopwatch.StartNew();
        try
        {
            while (BlockingRead(inOrder.Reader, out var batch))
            foreach (var work in batch)
            {
                var done = work.Wait();
                output.Write(done.JsonLine);
                output.Write('\n');
                records++;
                chars += done.Chars;
                if (done.Failed) errors++;
                progress?.Add(1, done.Failed ? 1 : 0, done.Chars, work.InputBytes);
                progress?.SetInputsDone(work.WholeInput ? work.InputOrdinal + 1 : work.InputOrdinal);
                // The first record is pushed out at once, so a user (or a pipe) sees output within a second.
                if (records == resume.Records + 1 || sinceFlush.Elapsed >= _options.FlushInterval)
                {
                    output.Flush();
                    progress?.MarkFirstRecord();
                    sinceFlush.Restart();
                }
            }
            output.Flush();
        }
        catch (Exception e)
        {
            // The output failed (disk full, closed pipe): close the queues so the reader and the workers stop
            // instead of waiting for a writer that is gone.
            toWorkers.Writer.TryComplete();
            inOrder.Writer.TryComplete();
            if (e is IOException or ObjectDisposedException) throw new OutputFailedException(e.Message, e);
            throw;
        }
        progress?.SetInputsDone(inputs.Count);
        reader.Join();
        foreach (var worker in workers) worker.Join();
        if (readerFailure is ResumeMismatchException) throw readerFailure;
        if (readerFailure is not null) throw new InvalidOperationException(readerFailure.Message, readerFailure);
        return new BatchTotals(records, errors, chars);
    }

    private void Work(ChannelReader<List<ArticleWork>> queue)
    {
        while (BlockingRead(queue, out var batch))
        foreach (var work in batch)
        {
            if (work.IsCompleted) continue;
            ArticleRecord record;
            try
            {
                record = work.Format == ArticleFormat.JsonLines
                    ? _processor.ProcessJsonLine(work.Id, work.SourceLine!, _options.TextField)
                    : _processor.ProcessBytes(work.Id, work.Bytes!, work.Format == ArticleFormat.Html ? ArticleFormat.Html : ArticleFormat.Text);
            }
            catch (Exception e)
            {
                // The writer waits for every work in order: one that never completed would hang the run.
                record = ArticleRecord.Failed(work.Id, $"internal error: {e.GetType().Name}: {e.Message}");
            }
            work.Complete(record);
        }
    }

    // Every record a killed run wrote must be the one this run has at the same place; anything else means the
    // inputs or options changed (or the partial file was edited), and appending would mix two different runs.
    private static void CheckResumedRecord(ArticleWork work, string? writtenId, long position)
    {
        if (writtenId != work.Id)
            throw new ResumeMismatchException($"record {position} of the partial output is '{writtenId ?? "(unreadable)"}' but these inputs have '{work.Id}' there");
    }

    private static Thread StartThread(string name, Action body)
    {
        var thread = new Thread(() => body()) { IsBackground = true, Name = name };
        thread.Start();
        return thread;
    }

    private static void BlockingWrite<T>(ChannelWriter<T> writer, T item)
    {
        while (!writer.TryWrite(item))
            if (!WaitWithoutSpinning(writer.WaitToWriteAsync()))
                throw new InvalidOperationException("The pipeline closed while the reader was still writing.");
    }

    private static bool BlockingRead<T>(ChannelReader<T> reader, out T item)
    {
        while (!reader.TryRead(out item!))
            if (!WaitWithoutSpinning(reader.WaitToReadAsync()))
                return false;
        return true;
    }

    // Task.Wait spins before it blocks; stages that wait on every item would burn a core spinning on a machine
    // with few. A wait handle blocks at once.
    private static bool WaitWithoutSpinning(ValueTask<bool> pending)
    {
        if (pending.IsCompleted) return pending.Result;
        var task = pending.AsTask();
        ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
        return task.Result;
    }
}
