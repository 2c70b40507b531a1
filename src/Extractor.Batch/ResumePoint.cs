namespace Extractor.Batch;

/// <summary>What a killed run had durably written: its complete records, their errors and characters, and the id
/// of the last one, which must match this run's record at the same position.</summary>
public sealed record ResumePoint(long Records, long Errors, long Chars, string? LastId)
{
    public static ResumePoint Empty { get; } = new(0, 0, 0, null);
}
