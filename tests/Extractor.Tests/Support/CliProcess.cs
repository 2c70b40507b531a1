using System.Diagnostics;

namespace Extractor.Tests.Support;

/// <summary>
/// Starts the built command line as a real child process (<c>dotnet Extractor.Cli.dll …</c>), for the tests that
/// must kill it the way an operator or a scheduler would, which an in-process run cannot show.
/// </summary>
public static class CliProcess
{
    /// <summary>The CLI assembly: copied next to the test assembly by the project reference, else the CLI's own bin.</summary>
    public static string Assembly { get; } = Find();

    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Assembly);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        // Drain both pipes so a chatty child never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string Find()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "Extractor.Cli.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "Extractor.Cli.runtimeconfig.json"))) return beside;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Release";
        var built = Path.Combine(RepoPaths.Root, "src", "Extractor.Cli", "bin", configuration, "net10.0", "Extractor.Cli.dll");
        if (File.Exists(built)) return built;
        throw new FileNotFoundException("Extractor.Cli.dll is neither beside the tests nor in src/Extractor.Cli/bin; build the solution first.");
    }
}
