using Extractor.Batch;

namespace Extractor.Cli.Progress;

/// <summary>Shows a batch run's progress on standard error while it runs; disposing stops it.</summary>
internal interface IProgressDisplay : IDisposable
{
    void Start(BatchProgress progress);

    /// <summary>Stops the display without a closing line: the run was refused and its one-line reason follows.</summary>
    void Abandon();
}
