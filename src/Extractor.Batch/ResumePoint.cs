namespace Extractor.Batch;

/// <summary>What a killed run had durably written: its complete records, their errors and characters, and the id
/// of the last one. <see cref="PartialPath"/> lets the reader compare every written id with the id this run has
/// at the same position.</summary>
/// <param name="Records">Complete records already written.</param>
/// <param name="Errors">How many of them are error records.</param>
/// <param name="Chars">Their characters of text.</param>
/// <param name="LastId">The id of the last complete record; null when there is none.</param>
public sealed record ResumePoint(long Records, long Errors, long Chars, string? LastId)
{
    /// <summary>Nothing written yet.</summary>
    public static ResumePoint Empty { get; } = new(0, 0, 0, null);

    /// <summary>The partial file the records are in; null when the caller vouches for them (tests, no file).</summary>
    public string? PartialPath { get; init; }
}
