using System.Globalization;

namespace Extractor.Cli.Progress;

/// <summary>
/// Picks the display: a live bar when standard error is the process's own terminal, plain periodic lines when it
/// goes to a file or pipe (a bar's control codes would garble a log), when the records themselves scroll past on
/// the same terminal, or when the terminal says it cannot draw (<c>TERM=dumb</c>); none with <c>--quiet</c>.
/// </summary>
internal static class ProgressDisplays
{
    public static readonly TimeSpan DefaultPlainInterval = TimeSpan.FromSeconds(5);

    /// <summary>Seconds between plain lines: <c>EXTRACTOR_PROGRESS_INTERVAL</c> when set (a scheduler's log may want fewer), else 5.</summary>
    public static TimeSpan PlainInterval =>
        double.TryParse(Environment.GetEnvironmentVariable("EXTRACTOR_PROGRESS_INTERVAL"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : DefaultPlainInterval;

    public static IProgressDisplay Choose(TextWriter stderr, bool quiet, bool recordsToStandardOutput)
    {
        if (quiet) return new NoProgressDisplay();
        bool terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
            && !(recordsToStandardOutput && !Console.IsOutputRedirected)
            && Environment.GetEnvironmentVariable("TERM") != "dumb";
        return terminal ? new TerminalProgressDisplay() : new PlainProgressDisplay(stderr, PlainInterval);
    }
}
