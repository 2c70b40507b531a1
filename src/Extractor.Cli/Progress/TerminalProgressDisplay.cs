using System.Diagnostics;
using Extractor.Batch;
using Spectre.Console;

namespace Extractor.Cli.Progress;

/// <summary>A live Spectre.Console bar on standard error: share of inputs done, files/s, MB/s and ETA.</summary>
internal sealed class TerminalProgressDisplay : BackgroundProgressDisplay
{
    protected override void Run(BatchProgress progress, Stopwatch clock, ManualResetEventSlim stop)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("extract", maxValue: Math.Max(1, progress.TotalInputs));
                do
                {
                    task.Value = Math.Min(task.MaxValue, progress.InputsDone);
                    task.Description = Markup.Escape(ProgressLine.From(progress, clock.Elapsed).Rates);
                    context.Refresh();
                }
                while (!stop.Wait(TimeSpan.FromMilliseconds(250)));
                task.Value = task.MaxValue;
                task.Description = Markup.Escape(ProgressLine.From(progress, clock.Elapsed).Rates);
                context.Refresh();
            });
    }
}
