using System.Diagnostics;
using Extractor.Batch;

namespace Extractor.Cli.Progress;

/// <summary>
/// A display that runs on its own background thread until disposed: the thread and stop signal both displays
/// need, so each only says what it draws.
/// </summary>
internal abstract class BackgroundProgressDisplay : IProgressDisplay
{
    private readonly ManualResetEventSlim _stop = new();
    private Thread? _thread;

    public void Start(BatchProgress progress)
    {
        var clock = Stopwatch.StartNew();
        _thread = new Thread(() => Run(progress, clock, _stop)) { IsBackground = true, Name = "extract-progress" };
        _thread.Start();
    }

    /// <summary>Draws until <paramref name="stop"/> is set (wait on it between refreshes).</summary>
    protected abstract void Run(BatchProgress progress, Stopwatch clock, ManualResetEventSlim stop);

    /// <summary>True once the run was refused: no closing line.</summary>
    protected bool Abandoned { get; private set; }

    public void Abandon()
    {
        Abandoned = true;
        Dispose();
    }

    public void Dispose()
    {
        if (_stop.IsSet) return;
        _stop.Set();
        _thread?.Join();
    }
}
