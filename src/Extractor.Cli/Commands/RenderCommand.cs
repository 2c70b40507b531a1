using System.CommandLine;
using System.Text;
using Extractor.Cli.Rendering;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>extractor render RECORDS.jsonl -o REPORT.html [--source PATH…]</c>: one self-contained HTML page to check
/// records by eye. The text comes from the records (<c>extract --include-text</c>) or, with <c>--source</c>, from
/// the inputs the records were made from, read and decoded as <c>extract</c> reads them.
/// </summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var records = new Argument<FileInfo>("records") { Description = "JSON Lines records written by extract." };
        var output = new Option<FileInfo>("--output", "-o") { Description = "The HTML file to write.", Required = true };
        var source = new Option<string[]>("--source")
        {
            Description = "The files or folders given to extract, to read each article's text by its id when the records have no text field.",
            AllowMultipleArgumentsPerToken = true,
        };
        var title = new Option<string?>("--title") { Description = "The page title (default: the records file's name)." };
        var textField = new Option<string>("--text-field") { Description = "With --source: the JSON Lines text field extract read.", DefaultValueFactory = _ => "text" };
        var idField = new Option<string>("--id-field") { Description = "With --source: the JSON Lines id field extract read.", DefaultValueFactory = _ => "id" };
        var command = new Command("render", "Write records as one self-contained HTML page: highlighted entities, event cards and a batch overview.")
        {
            records, output, source, title, textField, idField,
        };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(records)!;
            if (!input.Exists) { stderr.WriteLine($"No such file: {input.FullName}"); return CliApp.BadUsage; }
            var sourcePaths = parse.GetValue(source) ?? [];
            foreach (var path in sourcePaths)
                if (!File.Exists(path) && !Directory.Exists(path)) { stderr.WriteLine($"No such source: {path}"); return CliApp.BadUsage; }
            var sources = sourcePaths.Length > 0 ? new SourceTexts(sourcePaths, parse.GetValue(textField)!, parse.GetValue(idField)!) : null;

            var target = parse.GetValue(output)!;
            Directory.CreateDirectory(target.DirectoryName!);
            // Written beside the target and moved over it, so a failed run never leaves half a page behind.
            var temporary = Path.Combine(target.DirectoryName!, $".{target.Name}.partial");
            HtmlReport.Totals totals;
            using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" })
                totals = new HtmlReport(() => RecordLines.Read(input.FullName), sources).Write(writer, parse.GetValue(title) ?? $"Extractor report: {input.Name}");
            File.Move(temporary, target.FullName, overwrite: true);

            stderr.WriteLine($"{target.FullName}: {totals.Articles} articles, {totals.Entities} entities, {totals.Events} events, {new FileInfo(target.FullName).Length} bytes");
            if (totals.WithoutText > 0)
                stderr.WriteLine($"{totals.WithoutText} articles have no text (their entities are listed, not highlighted): extract with --include-text, or pass --source with the inputs.");
            if (totals.Unmarked > 0)
                stderr.WriteLine($"{totals.Unmarked} entities are not highlighted: their offsets do not hold their text, or they overlap another.");
            return CliApp.Ok;
        });
        return command;
    }
}
