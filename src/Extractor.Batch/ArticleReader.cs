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
            else if (input.Error is not null) whole.Complete(ArticleRecord.Failed(input.Id, input.Error));
            else if (input.Format == ArticleFormat.StandardInput) LoadStandardInput(whole);
            else
            {
                whole.Bytes = _processor.ReadFile(input.Id, input.Path, input.RawPath, out var failed);
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
        BoundedLineReader? reader = null;
        ArticleRecord? refused = ArticleProcessor.RefuseUnlessRegular(input.Id, input.Path, input.RawPath);
        if (refused is null)
        {
            try
            {
                reader = new BoundedLineReader(ArticleProcessor.OpenRead(input.Path, input.RawPath), _processor.MaxBytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                refused = ArticleRecord.Failed(input.Id, e is FileNotFoundException or DirectoryNotFoundException ? "file not found: " + input.Path : "unreadable: " + e.Message);
            }
        }
        if (refused is not null)
        {
            var failed = new ArticleWork(input.Id, ArticleFormat.JsonLines, ordinal, wholeInput: true);
            if (alreadyWritten()) failed.AlreadyWritten = true;
            else failed.Complete(refused);
            yield return failed;
            yield break;
        }

        var ids = new UniqueIds();
        using (reader)
        {
            int lineNumber = 0;
            while (true)
            {
                string? line;
                long length;
                bool tooLong;
                string? readError = null;
                bool more;
                try { more = reader!.Next(out line, out length, out tooLong); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    (more, line, length, tooLong) = (false, null, 0, false);
                    readError = "read error: " + e.Message;
                }
                if (readError is not null)
                {
                    // The file broke off (vanished, truncated, device error): one error record says where.
                    var broken = new ArticleWork(ids.Claim($"{input.Id}#{lineNumber + 1}"), ArticleFormat.JsonLines, ordinal, wholeInput: false);
                    if (alreadyWritten()) broken.AlreadyWritten = true;
                    else broken.Complete(ArticleRecord.Failed(broken.Id, readError));
                    yield return broken;
                    yield break;
                }
                if (!more) yield break;
                lineNumber++;
                if (tooLong)
                {
                    // Only the line is lost: its record says so and reading goes on with the next line.
                    var skipped = new ArticleWork(ids.Claim($"{input.Id}#{lineNumber}"), ArticleFormat.JsonLines, ordinal, wholeInput: false) { InputBytes = length };
                    if (alreadyWritten()) skipped.AlreadyWritten = true;
                    else skipped.Complete(ArticleRecord.Failed(skipped.Id, $"line too long: {length} bytes, limit {_processor.MaxBytes}"));
                    yield return skipped;
                    continue;
                }
                // Blank lines (a trailing newline, spacing between blocks) hold no article.
                if (string.IsNullOrWhiteSpace(line)) continue;
                var work = new ArticleWork(ids.Claim(JsonLinesArticle.ReadId(input.Id, lineNumber, line!, _options.IdField)), ArticleFormat.JsonLines, ordinal, wholeInput: false)
                {
                    FileId = input.Id,
                    LineNumber = lineNumber,
                    InputBytes = length + 1,
                };
                if (alreadyWritten()) work.AlreadyWritten = true;
                else work.SourceLine = line;
                yield return work;
            }
        }
    }
}
