using Extractor.Records;
using Extractor.Text;

namespace Extractor.Pipeline;

/// <summary>
/// A stage that finds candidate mentions in an analysed article. Recognisers may propose overlapping
/// mentions; resolution decides. Implementations must be immutable and thread-safe.
/// </summary>
public interface IMentionRecognizer
{
    /// <summary>
    /// Adds this stage's candidate mentions of <paramref name="document"/> to <paramref name="mentions"/>. A
    /// candidate is a span of <see cref="Document.Text"/> (UTF-16 offsets, <c>Text == document.Text[Start..End]</c>)
    /// with the normalised fields of its type; fields left null are filled by resolvers where they know how
    /// (a <see cref="Entity.Canonical"/> set here is kept). Do not remove or change what earlier stages added.
    /// </summary>
    void Recognize(Document document, List<Entity> mentions);
}
