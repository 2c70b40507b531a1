using Extractor.Records;
using Extractor.Text;

namespace Extractor.Pipeline;

/// <summary>
/// A stage that finds candidate mentions in an analysed article. Recognisers may propose overlapping
/// mentions; resolution decides. Implementations must be immutable and thread-safe.
/// </summary>
public interface IMentionRecognizer
{
    void Recognize(Document document, List<Entity> mentions);
}
