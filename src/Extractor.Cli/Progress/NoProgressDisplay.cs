using Extractor.Batch;

namespace Extractor.Cli.Progress;

/// <summary><c>--quiet</c>: nothing.</summary>
internal sealed class NoProgressDisplay : IProgressDisplay
{
    public void Start(BatchProgress progress) { }

    public void Dispose() { }

    public void Abandon() { }
}
