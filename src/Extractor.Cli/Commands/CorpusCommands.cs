using System.CommandLine;
using System.Globalization;
using Extractor.Corpus;
using Extractor.Evaluation;
using Extractor.Pipeline;
using Extractor.Records;
using Newtonsoft.Json;

namespace Extractor.Cli.Commands;

/// <summary>Corpus tools: convert the marked sources, validate gold, print coverage, evaluate the extractor.</summary>
internal static class CorpusCommands
{
    public static Command Convert(TextWriter stdout, TextWriter stderr)
    {
        var marked = new Option<DirectoryInfo>("--marked") { Description = "Folder of NNN.marked sources.", DefaultValueFactory = _ => new DirectoryInfo("corpus/marked") };
        var output = new Option<DirectoryInfo>("--out") { Description = "Corpus folder receiving train/, dev/, test/.", DefaultValueFactory = _ => new DirectoryInfo("corpus") };
        var command = new Command("convert-corpus", "Strip the inline marks of corpus/marked into text and gold JSON in the fixed splits.") { marked, output };
        command.SetAction(parse =>
        {
            var from = parse.GetValue(marked)!;
            if (!from.Exists) { stderr.WriteLine($"No such folder: {from.FullName}"); return CliApp.BadUsage; }
            var problems = new List<string>();
            int count = CorpusConverter.Convert(from.FullName, parse.GetValue(output)!.FullName, problems);
            foreach (var p in problems) stderr.WriteLine(p);
            stdout.WriteLine($"converted {count} articles" + (problems.Count > 0 ? $", {problems.Count} event lines refused" : ""));
            return problems.Count == 0 ? CliApp.Ok : CliApp.SomeInputFailed;
        });
        return command;
    }

    public static Command Validate(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<DirectoryInfo>("dir") { Description = "A corpus folder (searched recursively for NNN.json beside NNN.txt)." };
        var command = new Command("validate-corpus", "Check every gold span against its text, overlaps, edges and normalised fields.") { folder };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            if (!dir.Exists) { stderr.WriteLine($"No such folder: {dir.FullName}"); return CliApp.BadUsage; }
            var problems = CorpusValidator.Validate(dir.FullName);
            foreach (var p in problems) stdout.WriteLine(p);
            stdout.WriteLine(problems.Count == 0 ? "corpus valid" : $"{problems.Count} problems");
            return problems.Count == 0 ? CliApp.Ok : CliApp.SomeInputFailed;
        });
        return command;
    }

    public static Command Stats(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<DirectoryInfo>("dir") { Description = "A corpus folder.", DefaultValueFactory = _ => new DirectoryInfo("corpus") };
        var command = new Command("corpus-stats", "Print the corpus coverage counts.") { folder };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            if (!dir.Exists) { stderr.WriteLine($"No such folder: {dir.FullName}"); return CliApp.BadUsage; }
            foreach (var (name, count) in CorpusStatistics.Compute(dir.FullName)) stdout.WriteLine($"{name}\t{count}");
            return CliApp.Ok;
        });
        return command;
    }

    public static Command Evaluate(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<DirectoryInfo>("gold-dir") { Description = "Folder of NNN.txt with gold NNN.json, or of articles/NN.txt with gold/NN.json." };
        var predictions = new Option<FileInfo?>("--pred") { Description = "Score these JSON Lines records instead of running the extractor; their ids must be the gold articles'." };
        var errors = new Option<bool>("--errors") { Description = "List misses, false hits, partial matches and wrong values." };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var goldEntities = new Option<bool>("--gold-entities") { Description = "Find events over the gold entities: scores the event stage alone." };
        var command = new Command("evaluate", "Precision, recall and F1 per type on exact span and type; partial matches; value accuracy; a micro row; events as EVENTS.md scores them.") { folder, predictions, errors, json, goldEntities };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            if (!dir.Exists) { stderr.WriteLine($"No such folder: {dir.FullName}"); return CliApp.BadUsage; }
            var gold = GoldSet.Open(dir.FullName);
            if (gold.Articles.Count == 0)
            {
                stderr.WriteLine($"No gold articles in {dir.FullName}: expected NNN.txt beside NNN.json, or articles/NN.txt with gold/NN.json.");
                return CliApp.BadUsage;
            }
            IReadOnlyList<ArticleRecord>? predicted = null;
            if (parse.GetValue(predictions) is { } file)
            {
                if (!file.Exists) { stderr.WriteLine($"No such file: {file.FullName}"); return CliApp.BadUsage; }
                var records = File.ReadLines(file.FullName).Where(l => l.Length > 0).Select(l => RecordJson.FromJsonLine(l)!).ToList();
                var (matched, problems) = PredictionMatch.Match(gold, records);
                if (matched is null)
                {
                    stderr.WriteLine($"The ids of {file.Name} do not match the gold articles of {dir.FullName}; nothing scored:");
                    foreach (var p in problems) stderr.WriteLine("  " + p);
                    return CliApp.BadUsage;
                }
                predicted = matched;
            }
            var extractor = predicted is null ? SpanishFinancialExtractor.LoadDefault() : null;
            var evaluator = new EntityEvaluator();
            var eventEvaluator = new EventEvaluator();
            for (int i = 0; i < gold.Articles.Count; i++)
            {
                var article = gold.Articles[i];
                var text = File.ReadAllText(article.TextPath);
                var record = predicted is not null ? predicted[i]
                    : parse.GetValue(goldEntities) ? extractor!.Relate(text, article.Gold.Entities).ToRecord(article.Id)
                    : extractor!.Extract(text, article.Id);
                evaluator.Add(article.Id, text, article.Gold.Entities, record.Entities);
                eventEvaluator.Add(article.Id, article.Gold.Events, record.Events);
            }
            var scores = evaluator.Scores();
            var micro = TypeScore.Micro(scores, TypeScore.MicroTypes);
            if (parse.GetValue(json))
                stdout.WriteLine(JsonConvert.SerializeObject(scores.Append(micro).Select(s => new
                {
                    type = s.Type, gold = s.Gold, predicted = s.Predicted, exact = s.Exact, partial = s.Partial,
                    precision = Math.Round(s.Precision, 4), recall = Math.Round(s.Recall, 4), f1 = Math.Round(s.F1, 4),
                    value_accuracy = s.ValueAccuracy is { } v ? Math.Round(v, 4) : (double?)null,
                }), Formatting.Indented));
            else
                stdout.Write(Table(scores.Append(micro)));
            if (eventEvaluator.HasEvents && !parse.GetValue(json)) { stdout.WriteLine(); stdout.Write(eventEvaluator.Table()); }
            if (parse.GetValue(errors)) foreach (var e in evaluator.Errors.Concat(eventEvaluator.Errors)) stdout.WriteLine(e);
            return CliApp.Ok;
        });
        return command;
    }

    internal static string Table(IEnumerable<TypeScore> scores)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine("| type | gold | predicted | exact | partial | P | R | F1 | value acc. |");
        w.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in scores)
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s.Type} | {s.Gold} | {s.Predicted} | {s.Exact} | {s.Partial} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} | {(s.ValueAccuracy is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) + $" ({s.ValueCorrect}/{s.ValueChecked})" : "–")} |"));
        return w.ToString();
    }
}
