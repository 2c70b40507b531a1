using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Extractor.Batch;
using Extractor.Cli.Interruption;
using Extractor.Cli.Progress;
using Extractor.Pipeline;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>extractor extract PATH… [-o FILE] [--threads N] [--resume] [--shard K/N] …</c>: one JSON record per article,
/// through the parallel <see cref="BatchPipeline"/>. With -o the records go to a partial file beside FILE that is
/// renamed over it only when the run completes (see <see cref="PartialOutputFile"/>), so a killed run never leaves
/// a half-written output that looks finished, and <c>--resume</c> carries on from the partial file's last
/// complete record.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream>? stdin = null)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders (searched recursively for .txt, .html, .htm, .jsonl, .ndjson), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        // An unknown flag would otherwise be taken for a path and surface as a missing file.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.StartsWith('-') && token.Value != "-" && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                    result.AddError($"Unknown option '{token.Value}'.");
        });
        var output = new Option<string?>("--output", "-o") { Description = "Write JSON Lines here (atomically, via a partial file) instead of standard output." };
        var threads = new Option<int>("--threads")
        {
            Description = "Extraction threads; the output is the same for any number.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        threads.Validators.Add(result =>
        {
            // A value that is not a number is already a parse error; reading it here would throw.
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, out int n) && n < 1) result.AddError("--threads must be at least 1.");
        });
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display and no summary line." };
        var resume = new Option<bool>("--resume") { Description = "Continue a killed run of the same command from its partial output (needs -o)." };
        var shard = new Option<string?>("--shard") { Description = "Process only part K (0-based) of N of the sorted inputs, e.g. 3/8." };
        var includeText = new Option<bool>("--include-text") { Description = "Add the article text the offsets refer to (useful for HTML) as the record's text field." };
        var textField = new Option<string>("--text-field") { Description = "JSON Lines inputs: field holding the article text.", DefaultValueFactory = _ => "text" };
        var idField = new Option<string>("--id-field") { Description = "JSON Lines inputs: field holding the article id.", DefaultValueFactory = _ => "id" };
        var referenceDate = new Option<string?>("--reference-date") { Description = "The articles' publication date (YYYY-MM-DD): relative dates such as 'ayer' or 'el pasado jueves' get a value." };
        referenceDate.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                result.AddError($"--reference-date must be a date written YYYY-MM-DD, not '{text}'.");
        });
        var models = new Option<DirectoryInfo?>("--models") { Description = "Load the name model and gazetteers from this folder (as 'train corpus --out' writes it); missing files come from the shipped models." };

        var command = new Command("extract", "Extract entities from articles into JSON Lines.")
        {
            paths, output, threads, quiet, resume, shard, includeText, textField, idField, referenceDate, models,
        };
        command.Validators.Add(result =>
        {
            // Options whose own tokens failed to parse (a missing value) are reported by the parser; reading
            // them here would throw.
            try
            {
                if (result.GetValue(resume) && result.GetValue(output) is null)
                    result.AddError("--resume needs -o FILE: it continues that file's partial output.");
                if (result.GetValue(shard) is { } text && !ShardSpec.TryParse(text, out _, out var error))
                    result.AddError(error!);
            }
            catch (InvalidOperationException)
            {
            }
        });

        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            // Loading the lexicons overlaps with listing a large archive.
            var extractorOptions = new ExtractorOptions
            {
                ReferenceDate = parse.GetValue(referenceDate) is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                ModelDirectory = parse.GetValue(models)?.FullName,
            };
            var loading = Task.Run(() => SpanishFinancialExtractor.Create(extractorOptions));
            var shardSpec = ShardSpec.All;
            var shardText = parse.GetValue(shard);
            if (shardText is not null) ShardSpec.TryParse(shardText, out shardSpec, out _);
            var pathList = parse.GetValue(paths)!;
            var target = parse.GetValue(output);
            if (target is not null && OutputTarget.Problem(target, pathList) is { } problem)
            {
                // Checked before anything is opened: a careless -o must not destroy what it names.
                stderr.WriteLine($"Refusing -o {target}: {problem}.");
                return CliApp.BadUsage;
            }
            var inputs = shardSpec.Select(ArticleFiles.Enumerate(pathList));

            SpanishFinancialExtractor extractor;
            try { extractor = loading.GetAwaiter().GetResult(); }
            catch (Exception e) when (e is ArgumentException or IOException)
            {
                stderr.WriteLine(e.Message); // a model folder that is missing or holds no model file
                return CliApp.BadUsage;
            }
            var processor = new ArticleProcessor(extractor, includeText: parse.GetValue(includeText));
            var settings = new RunSettings(pathList, shardText is null ? "0/1" : $"{shardSpec.Index}/{shardSpec.Count}",
                parse.GetValue(includeText), parse.GetValue(textField)!, parse.GetValue(idField)!);
            PartialOutputFile? partial = null;
            if (target is not null)
            {
                try
                {
                    partial = PartialOutputFile.Open(target, parse.GetValue(resume), settings);
                }
                catch (OutputRefusedException e)
                {
                    stderr.WriteLine($"Cannot write {target}: {e.Message}.");
                    return CliApp.BadUsage;
                }
                catch (ResumeMismatchException e)
                {
                    stderr.WriteLine($"Cannot resume {target}: {e.Message}. Run without --resume to start over.");
                    return CliApp.BadUsage;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"Cannot write {target}: {OneLine(e.Message)}");
                    return CliApp.BadUsage;
                }
            }
            using var owned = partial;
            var options = new BatchOptions
            {
                Threads = parse.GetValue(threads),
                TextField = parse.GetValue(textField)!,
                IdField = parse.GetValue(idField)!,
                OpenStandardInput = stdin,
                Resume = partial?.Resume,
            };
            var progress = new BatchProgress(inputs.Count);
            bool beQuiet = parse.GetValue(quiet);

            BatchTotals totals = default;
            bool interrupted = false;
            // Ctrl-C stops the run after a whole record (see CtrlCHandler); the display is stopped before the message.
            var sink = new StopAtRecordWriter(partial?.Writer ?? stdout);
            using var ctrlC = new CtrlCHandler(sink, stderr, progress, partial?.PartialPath);
            using (var display = ProgressDisplays.Choose(stderr, beQuiet, recordsToStandardOutput: target is null))
            {
                display.Start(progress);
                try
                {
                    totals = new BatchPipeline(processor, options).Run(inputs, sink, progress);
                }
                catch (ResumeMismatchException e)
                {
                    display.Abandon();
                    stderr.WriteLine($"Cannot resume {target}: {e.Message}. Run without --resume to start over.");
                    return CliApp.BadUsage;
                }
                catch (RunInterruptedException) { interrupted = true; }
                catch (OutputFailedException e) when (target is null)
                {
                    display.Dispose();
                    stderr.WriteLine($"Standard output closed or failed ({OneLine(e.Message)}): the run stopped.");
                    return CliApp.OutputClosed;
                }
                catch (OutputFailedException e)
                {
                    display.Dispose();
                    stderr.WriteLine($"Writing {target} failed ({OneLine(e.Message)}): the run stopped; {partial!.PartialPath} is kept for --resume.");
                    return CliApp.RunFailed;
                }
            }
            if (interrupted)
            {
                stderr.WriteLine(ctrlC.Message());
                return CtrlCHandler.ExitCode;
            }
            try
            {
                partial?.Commit();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"Writing {target} failed ({OneLine(e.Message)}): {partial!.PartialPath} is kept for --resume.");
                return CliApp.RunFailed;
            }
            clock.Stop();

            if (!beQuiet) stderr.WriteLine(Summary(totals, progress, clock.Elapsed, partial?.Resume));
            return totals.Errors > 0 ? CliApp.SomeInputFailed : CliApp.Ok;
        });
        return command;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private static string Summary(BatchTotals totals, BatchProgress progress, TimeSpan elapsed, ResumePoint? resumed)
    {
        double seconds = elapsed.TotalSeconds;
        double megabytes = (totals.Chars - (resumed?.Chars ?? 0)) * 1.0 / (1024 * 1024);
        double firstRecord = progress.FirstRecordAt is { } first
            ? (first - Process.GetCurrentProcess().StartTime.ToUniversalTime()).TotalSeconds
            : double.NaN;
        return string.Create(CultureInfo.InvariantCulture,
            $"files {totals.Records}, errors {totals.Errors}, chars {totals.Chars}, seconds {seconds:0.000}, MB/s {(seconds > 0 ? megabytes / seconds : 0):0.00}")
            + (resumed is { Records: > 0 } r ? string.Create(CultureInfo.InvariantCulture, $", resumed after {r.Records}") : "")
            + (double.IsNaN(firstRecord) ? "" : string.Create(CultureInfo.InvariantCulture, $", first record {firstRecord:0.000} s after start"));
    }
}
