using System.CommandLine;
using Extractor.Corpus;
using Extractor.Evaluation;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>extractor agreement REVIEW_DIR GOLD_DIR</c>: inter-annotator agreement. A second annotator's blind marked
/// files (NNN.marked) are scored against the gold of the same articles, exact span and type, as if they were
/// predictions; their text must equal the gold article's text.
/// </summary>
internal static class AgreementCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var review = new Argument<DirectoryInfo>("review-dir") { Description = "Second annotation, NNN.marked." };
        var gold = new Argument<DirectoryInfo>("gold-dir") { Description = "Corpus folder holding NNN.txt and NNN.json." };
        var errors = new Option<bool>("--errors") { Description = "List the disagreements." };
        var command = new Command("agreement", "Agreement of a blind second annotation with the gold (F1 on exact span and type).") { review, gold, errors };
        command.SetAction(parse =>
        {
            var reviewDir = parse.GetValue(review)!;
            var goldDir = parse.GetValue(gold)!;
            if (!reviewDir.Exists || !goldDir.Exists) { stderr.WriteLine("No such folder."); return CliApp.BadUsage; }
            var goldById = CorpusLayout.Pairs(goldDir.FullName).ToDictionary(p => Path.GetFileNameWithoutExtension(p.TextPath));
            var evaluator = new EntityEvaluator();
            var eventEvaluator = new EventEvaluator();
            int articles = 0;
            foreach (var file in reviewDir.EnumerateFiles("*" + CorpusLayout.MarkedExtension).OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file.Name);
                if (!goldById.TryGetValue(name, out var pair)) { stderr.WriteLine($"{file.Name}: no gold article {name}"); return CliApp.SomeInputFailed; }
                var problems = new List<string>();
                var source = File.ReadAllText(file.FullName);
                var (text, entities, events) = MarkedArticle.ParseWithEvents(source, problems);
                if (problems.Count > 0) { stderr.WriteLine($"{file.Name}: {problems[0]}"); return CliApp.SomeInputFailed; }
                if (text != File.ReadAllText(pair.TextPath)) { stderr.WriteLine($"{file.Name}: text differs from the gold article"); return CliApp.SomeInputFailed; }
                var goldArticle = CorpusLayout.ReadGold(pair.GoldPath);
                evaluator.Add(name, text, goldArticle.Entities, entities);
                // A review without an events block reviewed the entities only.
                if (MarkedEvents.Split(source).Events is not null) eventEvaluator.Add(name, goldArticle.Events, events);
                articles++;
            }
            var scores = evaluator.Scores();
            stdout.WriteLine($"articles {articles}");
            stdout.Write(CorpusCommands.Table(scores));
            int goldTotal = scores.Sum(s => s.Gold), predicted = scores.Sum(s => s.Predicted), exact = scores.Sum(s => s.Exact);
            double p = predicted == 0 ? 0 : (double)exact / predicted, r = goldTotal == 0 ? 0 : (double)exact / goldTotal;
            stdout.WriteLine(FormattableString.Invariant($"overall F1 (exact span and type): {(p + r == 0 ? 0 : 2 * p * r / (p + r)):0.000}"));
            if (eventEvaluator.HasEvents)
            {
                stdout.WriteLine();
                stdout.Write(eventEvaluator.Table());
            }
            if (parse.GetValue(errors)) foreach (var e in evaluator.Errors.Concat(eventEvaluator.Errors)) stdout.WriteLine(e);
            return CliApp.Ok;
        });
        return command;
    }
}
