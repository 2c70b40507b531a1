using System.Diagnostics;
using Extractor.Batch;

namespace Extractor.Cli.Progress;

/// <summary>One progress line every few seconds, for logs of batch schedulers and redirected runs.</summary>
internal sealed class PlainProgressDisplay(TextWriter stderr, TimeSpan interval) : BackgroundProgressDisplay
{
    protected override void Run(BatchProgress progress, Stopwatch clock, ManualResetEventSlim stop)
    {
        while (!stop.Wait(interval))
        {
            stderr.WriteLine(ProgressLine.From(progress, clock.Elapsed).ToString());
            stderr.Flush();
        }
    }
}
