namespace Extractor.Batch;

/// <summary>How a batch run is carried out; the defaults are those of the <c>extract</c> command.</summary>
public sealed record BatchOptions
{
    /// <summary>Extraction workers. Reading and writing run on their own threads beside them.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>JSON Lines inputs: the field holding the article text.</summary>
    public string TextField { get; init; } = "text";

    /// <summary>JSON Lines inputs: the field holding the article id (string or number).</summary>
    public string IdField { get; init; } = "id";

    /// <summary>Opens standard input for the input <c>-</c>; null when the caller has none.</summary>
    public Func<Stream>? OpenStandardInput { get; init; }

    /// <summary>How often written records are pushed to the output, bounding what a killed run loses.</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Records already written by an earlier run of the same job, which this run skips.</summary>
    public ResumePoint? Resume { get; init; }

    /// <summary>Batches queued per worker: enough to keep every stage busy, few enough to bound memory.</summary>
    public int QueuePerThread { get; init; } = 2;

    /// <summary>Articles per batch handed from the reader to a worker (fewer when they add up to a megabyte).</summary>
    public int WorksPerBatch { get; init; } = 16;
}
