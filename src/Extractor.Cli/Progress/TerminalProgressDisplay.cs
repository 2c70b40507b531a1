using System.Diagnostics;
using Extractor.Batch;
using Spectre.Console;

namespace Extractor.Cli.Progress;

/// <summary>
/// A live Spectre.Console bar on standard error: share of inputs done, files/s, MB/s and ETA. Only chosen when
/// standard error is a terminal, so the console is told so: left to itself Spectre judges by standard output, and
/// with the records redirected to a file it fell back to printing a line per step that never reached 100%.
/// </summary>
internal sealed class TerminalProgressDisplay : BackgroundProgressDisplay
{
    protected override void Run(BatchProgress progress, Stopwatch clock, ManualResetEventSlim stop)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
        });
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
                // Stopped by an interrupt the bar keeps the share reached; a completed run has set every input done.
                task.Value = progress.InputsDone >= progress.TotalInputs ? task.MaxValue : progress.InputsDone;
                task.Description = Markup.Escape(ProgressLine.From(progress, clock.Elapsed).Rates);
                context.Refresh();
            });
    }
}
