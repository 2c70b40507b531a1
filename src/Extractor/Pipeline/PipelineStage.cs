namespace Extractor.Pipeline;

/// <summary>
/// One named step of the extraction pipeline. Stages run in three phases, in the order the builder lists them:
/// recognisers propose mentions, resolvers settle them into entities, relation stages (events) read the
/// finished entity table. Names let a user place a stage relative to another (<c>InsertBefore("overlaps", …)</c>).
/// </summary>
public sealed class PipelineStage
{
    private PipelineStage(string name, StagePhase phase, object implementation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Phase = phase;
        Implementation = implementation;
    }

    /// <summary>The stage's name, unique within a pipeline (<c>amounts</c>, <c>overlaps</c>, <c>events</c>).</summary>
    public string Name { get; }

    /// <summary>When the stage runs: mention recognition, resolution or relations.</summary>
    public StagePhase Phase { get; }

    /// <summary>The recogniser, resolver or relation stage this step runs.</summary>
    public object Implementation { get; }

    /// <summary>A recognition step.</summary>
    public static PipelineStage Recognizer(string name, IMentionRecognizer recognizer) =>
        new(name, StagePhase.Recognition, recognizer ?? throw new ArgumentNullException(nameof(recognizer)));

    /// <summary>A resolution step.</summary>
    public static PipelineStage Resolver(string name, IMentionResolver resolver) =>
        new(name, StagePhase.Resolution, resolver ?? throw new ArgumentNullException(nameof(resolver)));

    /// <summary>A relation step, run once the entity table is final.</summary>
    public static PipelineStage Relation(string name, IRelationStage stage) =>
        new(name, StagePhase.Relations, stage ?? throw new ArgumentNullException(nameof(stage)));

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Phase})";
}

/// <summary>The three phases of a pipeline, in the order they run.</summary>
public enum StagePhase
{
    /// <summary>Recognisers add candidate mentions, which may overlap.</summary>
    Recognition,
    /// <summary>Resolvers turn candidates into final entities (overlaps, lists, canonical names).</summary>
    Resolution,
    /// <summary>Stages that read the final entity table and add relations (events).</summary>
    Relations,
}
