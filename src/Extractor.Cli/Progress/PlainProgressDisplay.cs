using System.Diagnostics;
using Extractor.Batch;

namespace Extractor.Cli.Progress;

/// <summary>
/// One progress line every few seconds, for logs of batch schedulers and redirected runs, and a last one when the
/// run stops, so a log always ends on the count the run reached (100% when it completed).
/// </summary>
internal sealed class PlainProgressDisplay(TextWriter stderr, TimeSpan interval) : BackgroundProgressDisplay
{
    protected override void Run(BatchProgress progress, Stopwatch clock, ManualResetEventSlim stop)
    {
        while (!stop.Wait(interval)) Write(progress, clock);
        if (!Abandoned) Write(progress, clock);
    }

    private void Write(BatchProgress progress, Stopwatch clock)
    {
        stderr.WriteLine(ProgressLine.From(progress, clock.Elapsed).ToString());
        stderr.Flush();
    }
}
