namespace Extractor.Batch;

/// <summary>What a batch run wrote, counting records resumed from an earlier run.</summary>
public readonly record struct BatchTotals(long Records, long Errors, long Chars);
