using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Extractor.Batch;
using Extractor.Pipeline;
using Extractor.Records;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>extractor extract PATH… [-o FILE]</c>: one JSON record per article. With -o the records go to a temporary
/// file beside FILE that is renamed over it only when the run completes, so a crash never leaves a
/// half-written output that looks finished.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (searched recursively for .txt).", Arity = ArgumentArity.OneOrMore };
        // An unknown flag would otherwise be taken for a path and surface as a missing file.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.StartsWith('-') && token.Value != "-" && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                    result.AddError($"Unknown option '{token.Value}'.");
        });
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write JSON Lines here instead of standard output." };
        var command = new Command("extract", "Extract entities from articles into JSON Lines.") { paths, output };
        command.SetAction(parse =>
        {
            var inputs = ArticleFiles.Enumerate(parse.GetValue(paths)!);
            var processor = new ArticleProcessor(SpanishFinancialExtractor.LoadDefault());
            var target = parse.GetValue(output);
            var clock = Stopwatch.StartNew();
            var totals = target is null
                ? Write(inputs, processor, stdout)
                : WriteAtomically(inputs, processor, target.FullName);
            clock.Stop();
            double seconds = clock.Elapsed.TotalSeconds;
            double megabytes = totals.Chars * 1.0 / (1024 * 1024);
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"files {totals.Files}, errors {totals.Errors}, chars {totals.Chars}, seconds {seconds:0.000}, MB/s {(seconds > 0 ? megabytes / seconds : 0):0.00}"));
            return totals.Errors > 0 ? CliApp.SomeInputFailed : CliApp.Ok;
        });
        return command;
    }

    private readonly record struct Totals(int Files, int Errors, long Chars);

    private static Totals WriteAtomically(List<ArticleInput> inputs, ArticleProcessor processor, string path)
    {
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.partial");
        try
        {
            Totals totals;
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
            {
                totals = Write(inputs, processor, writer);
                writer.Flush();
                ((FileStream)writer.BaseStream).Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
            return totals;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private static Totals Write(List<ArticleInput> inputs, ArticleProcessor processor, TextWriter writer)
    {
        int errors = 0;
        long chars = 0;
        foreach (var input in inputs)
        {
            var record = processor.Process(input);
            if (record.Error != null) errors++;
            chars += record.Chars;
            writer.Write(RecordJson.ToJsonLine(record));
            writer.Write('\n');
        }
        writer.Flush();
        return new Totals(inputs.Count, errors, chars);
    }
}
