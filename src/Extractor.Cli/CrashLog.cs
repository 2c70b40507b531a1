namespace Extractor.Cli;

/// <summary>
/// What the user sees when the program itself fails: one line on standard error naming a log file, which holds
/// the exception with its stack trace for a bug report. A scheduler reads exit code 3, never a stack trace.
/// </summary>
public static class CrashLog
{
    public static int Report(Exception e, TextWriter stderr)
    {
        string where;
        try
        {
            where = Path.Combine(Path.GetTempPath(), $"extractor-crash-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log");
            File.WriteAllText(where, $"{DateTime.UtcNow:O} extractor {string.Join(' ', Environment.GetCommandLineArgs().Skip(1))}\n{e}\n");
        }
        catch (Exception) { where = "(no log: the temp folder is not writable)"; }
        stderr.WriteLine($"The run failed: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")} (details in {where}).");
        return CliApp.RunFailed;
    }
}
