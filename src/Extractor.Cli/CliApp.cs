using System.CommandLine;
using Extractor.Cli.Commands;

namespace Extractor.Cli;

/// <summary>
/// The command line: one class per command under Commands/. Exit codes: 0 ok, 1 some input gave an error record,
/// 2 bad usage or an output the run refuses (in use, an input, not a regular file, a damaged partial), 3 the run
/// itself failed (an I/O error on the output, a crash; details in a log file, never a stack trace on stderr),
/// 4 standard output was closed (the reader of a pipe went away) before every record was written.
/// </summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int SomeInputFailed = 1;
    public const int BadUsage = 2;
    public const int RunFailed = 3;
    public const int OutputClosed = 4;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, null);

    /// <summary>Runs a command; <paramref name="stdin"/> opens what <c>extract -</c> reads.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream>? stdin)
    {
        // Named 'extractor' whatever the launcher (the tool's shim, dotnet Extractor.Cli.dll, dotnet run), so help
        // and errors name the command users type; RootCommand would take the assembly's name.
        var root = new Command("extractor", "Extracts money, percentages, quantities, durations, dates, companies, people and chips from Spanish financial news.")
        {
            new System.CommandLine.Help.HelpOption(),
            new VersionOption(),
            ExtractCommand.Create(stdout, stderr, stdin),
            RenderCommand.Create(stdout, stderr),
            TokenizeCommand.Create(stdout, stderr),
            EvalTokensCommand.Create(stdout, stderr),
            CorpusCommands.Convert(stdout, stderr),
            CorpusCommands.Validate(stdout, stderr),
            CorpusCommands.Stats(stdout, stderr),
            CorpusCommands.Evaluate(stdout, stderr),
            AgreementCommand.Create(stdout, stderr),
            TrainCommand.Create(stdout, stderr),
            TrainCommand.EvalConll(stdout, stderr),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine(error.Message);
            stderr.WriteLine("Run 'extractor --help' for usage.");
            return BadUsage;
        }
        // Exceptions reach Program, which logs them to a file and exits with RunFailed; the library's handler
        // would print a stack trace and exit 1, the code for "some inputs failed".
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }
}
