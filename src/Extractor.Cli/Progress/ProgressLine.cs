using System.Globalization;
using Extractor.Batch;

namespace Extractor.Cli.Progress;

/// <summary>The figures both displays show: share of inputs done, records, files/s, MB/s read and the ETA from the input rate.</summary>
internal readonly record struct ProgressLine(long Records, long Errors, double Fraction, double RecordsPerSecond, double MegabytesPerSecond, TimeSpan? Remaining)
{
    public static ProgressLine From(BatchProgress progress, TimeSpan elapsed)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        long done = progress.InputsDone;
        double fraction = progress.TotalInputs > 0 ? Math.Min(1, done / (double)progress.TotalInputs) : 0;
        double inputsPerSecond = done / seconds;
        TimeSpan? remaining = inputsPerSecond > 0
            ? TimeSpan.FromSeconds(Math.Max(0, progress.TotalInputs - done) / inputsPerSecond)
            : null;
        return new ProgressLine(progress.Records, progress.Errors, fraction, progress.Records / seconds, progress.InputBytes / seconds / (1024 * 1024), remaining);
    }

    public string Rates => string.Create(CultureInfo.InvariantCulture,
        $"{Records:N0} records, {Errors:N0} errors, {RecordsPerSecond:0} files/s, {MegabytesPerSecond:0.00} MB/s");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"progress: {100 * Fraction:0.0}% {Rates}, eta {(Remaining is { } r ? r.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "unknown")}");
}
