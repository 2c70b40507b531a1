using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Resolution;

/// <summary>
/// Drops the candidates of entity types the user turned off. It runs first among the resolvers, so a type that
/// is off cannot take a span from a type that is on (with COMPANY off, a PERSON inside a company name survives).
/// </summary>
internal sealed class EntityTypeFilter(IReadOnlySet<EntityType> kept) : IMentionResolver
{
    public List<Entity> Resolve(Document document, List<Entity> mentions)
    {
        mentions.RemoveAll(m => !kept.Contains(m.Type));
        return mentions;
    }
}
