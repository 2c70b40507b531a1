using System.CommandLine;
using Extractor.Input;
using Extractor.Text;
using Newtonsoft.Json;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor tokenize FILE</c>: one JSON line per token (start, end, text, kind), plus its sentence number.</summary>
internal static class TokenizeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("file") { Description = "A text file (UTF-8, UTF-16 with BOM or Windows-1252)." };
        var command = new Command("tokenize", "Print the tokens of a file as JSON Lines.") { file };
        command.SetAction(parse =>
        {
            var info = parse.GetValue(file)!;
            if (!info.Exists) { stderr.WriteLine($"No such file: {info.FullName}"); return CliApp.BadUsage; }
            var decoded = ArticleDecoder.Decode(File.ReadAllBytes(info.FullName));
            if (!decoded.Ok) { stderr.WriteLine($"{info.Name}: {decoded.Error}"); return CliApp.SomeInputFailed; }
            var document = TextAnalyzer.Default.Analyze(decoded.Text!);
            using var json = new JsonTextWriter(stdout) { CloseOutput = false };
            int sentence = 0;
            for (int t = 0; t < document.Tokens.Length; t++)
            {
                while (sentence < document.Sentences.Length && document.Sentences[sentence].EndToken <= t) sentence++;
                var token = document.Tokens[t];
                json.WriteStartObject();
                json.WritePropertyName("start"); json.WriteValue(token.Start);
                json.WritePropertyName("end"); json.WriteValue(token.End);
                json.WritePropertyName("text"); json.WriteValue(token.Text(document.Text));
                json.WritePropertyName("kind"); json.WriteValue(token.Kind.ToString());
                json.WritePropertyName("sentence"); json.WriteValue(sentence);
                json.WriteEndObject();
                json.Flush();
                stdout.Write('\n');
            }
            return CliApp.Ok;
        });
        return command;
    }
}
