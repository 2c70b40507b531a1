using System.Diagnostics;
using Extractor.Batch;
using Spectre.Console;

namespace Extractor.Cli.Progress;

/// <summary>A live Spectre.Console bar on standard error: share of inputs done, files/s, MB/s and ETA.</summary>
internal sealed class TerminalProgressDisplay : IProgressDisplay
{
    private readonly ManualResetEventSlim _stop = new();
    private Thread? _thread;

    public void Start(BatchProgress progress)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var clock = Stopwatch.StartNew();
        _thread = new Thread(() =>
        {
            console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask("extract", maxValue: Math.Max(1, progress.TotalInputs));
                    do
                    {
                        var line = ProgressLine.From(progress, clock.Elapsed);
                        task.Value = Math.Min(task.MaxValue, progress.InputsDone);
                        task.Description = Markup.Escape(line.Rates);
                        context.Refresh();
                    }
                    while (!_stop.Wait(TimeSpan.FromMilliseconds(250)));
                    task.Value = task.MaxValue;
                    task.Description = Markup.Escape(ProgressLine.From(progress, clock.Elapsed).Rates);
                    context.Refresh();
                });
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
