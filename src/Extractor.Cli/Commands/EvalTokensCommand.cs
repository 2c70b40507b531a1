using System.CommandLine;
using System.Globalization;
using Extractor.Evaluation;
using Extractor.Text;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor eval-tokens CONLLU…</c>: token and sentence-boundary scores against Universal Dependencies files.</summary>
internal static class EvalTokensCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<FileInfo[]>("conllu") { Description = "CoNLL-U files with '# text' lines.", Arity = ArgumentArity.OneOrMore };
        var errors = new Option<int>("--errors") { Description = "Also print up to N disagreements per file." };
        var command = new Command("eval-tokens", "Score the tokenizer and sentence splitter against UD surface tokens.") { files, errors };
        command.SetAction(parse =>
        {
            stdout.WriteLine("file\ttokens\ttoken_P\ttoken_R\ttoken_F1\tsentences\tsent_P\tsent_R\tsent_F1\tunaligned");
            foreach (var file in parse.GetValue(files)!)
            {
                if (!file.Exists) { stderr.WriteLine($"No such file: {file.FullName}"); return CliApp.BadUsage; }
                var score = TokenizationEvaluator.Evaluate(file.Name, ConlluReader.ReadFile(file.FullName), TextAnalyzer.Default);
                stdout.WriteLine(string.Join('\t',
                    score.Source, score.GoldTokens, Pct(score.TokenPrecision), Pct(score.TokenRecall), Pct(score.TokenF1),
                    score.GoldSentences, Pct(score.SentencePrecision), Pct(score.SentenceRecall), Pct(score.SentenceF1),
                    score.SkippedSentences));
                foreach (var error in score.Errors.Take(parse.GetValue(errors))) stderr.WriteLine(error);
            }
            return CliApp.Ok;
        });
        return command;
    }

    private static string Pct(double value) => (100 * value).ToString("0.00", CultureInfo.InvariantCulture);
}
