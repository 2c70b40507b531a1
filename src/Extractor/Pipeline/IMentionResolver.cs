using Extractor.Records;
using Extractor.Text;

namespace Extractor.Pipeline;

/// <summary>
/// A stage that turns the recognisers' candidates into final entities: removing overlaps, filling canonical
/// names. Resolvers run in order, each on the previous one's output. Immutable and thread-safe.
/// </summary>
public interface IMentionResolver
{
    /// <summary>
    /// Returns the mentions after this step (the same list changed in place, or a new one). The shipped resolvers
    /// remove candidates (overlaps, types turned off), add COMPANY items of lists, and fill fields that are still
    /// null (canonical names, values of relative dates); none changes a field a recogniser set.
    /// </summary>
    List<Entity> Resolve(Document document, List<Entity> mentions);
}
