using System.Globalization;
using System.Runtime.InteropServices;
using Extractor.Batch;

namespace Extractor.Cli.Interruption;

/// <summary>
/// Ctrl-C during <c>extract</c>: the first press asks the output to stop after the record it is writing (the run
/// then ends normally: progress display stopped, which shows the cursor again, partial file flushed, a message
/// saying how to resume, exit code 130). If the run has not stopped within a few seconds (one very long article
/// ahead), or on a second press, the process ends at once, after showing the cursor and the same message: the
/// partial file is then a prefix whose torn last line <c>--resume</c> cuts off.
/// </summary>
internal sealed class CtrlCHandler : IDisposable
{
    public const int ExitCode = 130;
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    private readonly StopAtRecordWriter _output;
    private readonly TextWriter _stderr;
    private readonly BatchProgress _progress;
    private readonly string? _partialPath;
    private readonly PosixSignalRegistration? _registration;
    private readonly ManualResetEventSlim _finished = new();
    private int _presses;

    public CtrlCHandler(StopAtRecordWriter output, TextWriter stderr, BatchProgress progress, string? partialPath)
    {
        _output = output;
        _stderr = stderr;
        _progress = progress;
        _partialPath = partialPath;
        try { _registration = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal); }
        catch (PlatformNotSupportedException) { _registration = null; }
    }

    /// <summary>What was kept and the command that carries on.</summary>
    public string Message() => _partialPath is null
        ? string.Create(CultureInfo.InvariantCulture, $"interrupted after {_progress.Records:N0} records on standard output; to stop and resume later, write with -o FILE and rerun with --resume.")
        : string.Create(CultureInfo.InvariantCulture, $"interrupted: {_progress.Records:N0} records are kept in {_partialPath}; run the same command with --resume to continue.");

    private void OnSignal(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref _presses) == 1)
        {
            context.Cancel = true;
            _output.RequestStop();
            var watchdog = new Thread(() => { if (!_finished.Wait(Grace)) EndNow(); }) { IsBackground = true, Name = "extract-interrupt" };
            watchdog.Start();
            return;
        }
        context.Cancel = true;
        EndNow();
    }

    private void EndNow()
    {
        ShowCursor();
        try { _stderr.WriteLine(Message()); _stderr.Flush(); } catch (IOException) { } catch (ObjectDisposedException) { }
        Environment.Exit(ExitCode);
    }

    /// <summary>A live progress bar hides the cursor; a process that ends under it must show it again.</summary>
    public static void ShowCursor()
    {
        if (!Console.IsErrorRedirected) Console.Error.Write("\u001b[?25h");
    }

    /// <summary>The run has ended (stopped or complete): no more forced exit.</summary>
    public void Dispose()
    {
        _finished.Set();
        _registration?.Dispose();
    }
}
