using System.Text;
using Extractor.Records;

namespace Extractor.Batch;

/// <summary>
/// The pipeline's first stage: turns the sorted inputs into works in output order. Whole files are read here
/// (so disk waits overlap with extraction on the workers); JSON Lines files are streamed a line at a time, each
/// line its own work, so a large archive never sits in memory whole. Works that an earlier run already wrote
/// (<c>--resume</c>) are produced without reading their file. Unreadable inputs come out completed with their
/// error record.
/// </summary>
internal sealed class ArticleReader
{
    private readonly ArticleProcessor _processor;
    private readonly BatchOptions _options;

    public ArticleReader(ArticleProcessor processor, BatchOptions options)
    {
        _processor = processor;
        _options = options;
    }

    public IEnumerable<ArticleWork> Read(IReadOnlyList<ArticleInput> inputs, long alreadyWritten)
    {
        long produced = 0;
        for (int ordinal = 0; ordinal < inputs.Count; ordinal++)
        {
            var input = inputs[ordinal];
            if (input.Format == ArticleFormat.JsonLines)
            {
                foreach (var work in ReadJsonLines(input, ordinal, () => produced++ < alreadyWritten)) yield return work;
                continue;
            }
            var whole = new ArticleWork(input.Id, input.Format, ordinal, wholeInput: true);
            if (produced++ < alreadyWritten) whole.AlreadyWritten = true;
            else if (input.Format == ArticleFormat.StandardInput) LoadStandardInput(whole);
            else
            {
                whole.Bytes = _processor.ReadFile(input.Id, input.Path, out var failed);
                whole.InputBytes = whole.Bytes?.LongLength ?? 0;
                if (failed is not null) whole.Complete(failed);
            }
            yield return whole;
        }
    }

    private void LoadStandardInput(ArticleWork work)
    {
        if (_options.OpenStandardInput is null) { work.Complete(ArticleRecord.Failed(work.Id, "no standard input")); return; }
        try
        {
            using var stdin = _options.OpenStandardInput();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stdin.Read(chunk)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > _processor.MaxBytes)
                {
                    work.Complete(ArticleRecord.Failed(work.Id, $"standard input too large: over {_processor.MaxBytes} bytes"));
                    return;
                }
            }
            work.Bytes = buffer.ToArray();
            work.InputBytes = work.Bytes.LongLength;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            work.Complete(ArticleRecord.Failed(work.Id, "unreadable: " + e.Message));
        }
    }

    private IEnumerable<ArticleWork> ReadJsonLines(ArticleInput input, int ordinal, Func<bool> alreadyWritten)
    {
        StreamReader? reader = null;
        ArticleWork? failed = null;
        try
        {
            reader = new StreamReader(input.Path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failed = new ArticleWork(input.Id, ArticleFormat.JsonLines, ordinal, wholeInput: true);
            bool skip = alreadyWritten();
            if (skip) failed.AlreadyWritten = true;
            else failed.Complete(ArticleRecord.Failed(input.Id, e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : "unreadable: " + e.Message));
        }
        if (failed is not null) { yield return failed; yield break; }

        using (reader)
        {
            int lineNumber = 0;
            while (true)
            {
                string? line;
                string? readError = null;
                try { line = reader!.ReadLine(); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    line = null;
                    readError = "read error: " + e.Message;
                }
                if (readError is not null)
                {
                    // The file broke off (vanished, truncated, device error): one error record says where.
                    var broken = new ArticleWork($"{input.Id}#{lineNumber + 1}", ArticleFormat.JsonLines, ordinal, wholeInput: false);
                    if (alreadyWritten()) broken.AlreadyWritten = true;
                    else broken.Complete(ArticleRecord.Failed(broken.Id, readError));
                    yield return broken;
                    yield break;
                }
                if (line is null) yield break;
                lineNumber++;
                // Blank lines (a trailing newline, spacing between blocks) hold no article.
                if (string.IsNullOrWhiteSpace(line)) continue;
                var work = new ArticleWork($"{input.Id}#{lineNumber}", ArticleFormat.JsonLines, ordinal, wholeInput: false)
                {
                    FileId = input.Id,
                    LineNumber = lineNumber,
                    InputBytes = line.Length + 1,
                };
                if (alreadyWritten()) work.AlreadyWritten = true;
                else work.SourceLine = line;
                yield return work;
            }
        }
    }
}
