namespace Extractor.Pipeline;

/// <summary>
/// A stage that reads an article's final entities and adds relations between them (the event stage is one).
/// It must not change the entity table. Implementations must be immutable and thread-safe.
/// </summary>
public interface IRelationStage
{
    /// <summary>Adds this stage's relations to <paramref name="analysis"/>.</summary>
    void Run(ArticleAnalysis analysis);
}
