using System.Diagnostics;
using Extractor.Batch;

namespace Extractor.Cli.Progress;

/// <summary>One progress line every few seconds, for logs of batch schedulers and redirected runs.</summary>
internal sealed class PlainProgressDisplay(TextWriter stderr, TimeSpan interval) : IProgressDisplay
{
    private readonly ManualResetEventSlim _stop = new();
    private Thread? _thread;

    public void Start(BatchProgress progress)
    {
        var clock = Stopwatch.StartNew();
        _thread = new Thread(() =>
        {
            while (!_stop.Wait(interval))
            {
                stderr.WriteLine(ProgressLine.From(progress, clock.Elapsed).ToString());
                stderr.Flush();
            }
        }) { IsBackground = true, Name = "extract-progress" };
        _thread.Start();
    }

    public void Dispose()
    {
        _stop.Set();
        _thread?.Join();
        _stop.Dispose();
    }
}
