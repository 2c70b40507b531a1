using Extractor.Records;
using Extractor.Text;

namespace Extractor.Pipeline;

/// <summary>
/// A stage that turns the recognisers' candidates into final entities: removing overlaps, filling canonical
/// names. Resolvers run in order, each on the previous one's output. Immutable and thread-safe.
/// </summary>
public interface IMentionResolver
{
    List<Entity> Resolve(Document document, List<Entity> mentions);
}
