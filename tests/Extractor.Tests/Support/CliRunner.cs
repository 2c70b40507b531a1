using Extractor.Cli;

namespace Extractor.Tests.Support;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Result Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code = CliApp.Run(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }
}
