namespace Extractor.Cli.Progress;

/// <summary>
/// Picks the display: a live bar when standard error is the process's own terminal, plain periodic lines when it
/// goes to a file or pipe (a bar's control codes would garble a log) or when the records themselves scroll
/// past on the same terminal, none with <c>--quiet</c>.
/// </summary>
internal static class ProgressDisplays
{
    public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static IProgressDisplay Choose(TextWriter stderr, bool quiet, bool recordsToStandardOutput)
    {
        if (quiet) return new NoProgressDisplay();
        bool terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
            && !(recordsToStandardOutput && !Console.IsOutputRedirected);
        return terminal ? new TerminalProgressDisplay() : new PlainProgressDisplay(stderr, PlainInterval);
    }
}
