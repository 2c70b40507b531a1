namespace Extractor.Batch;

/// <summary>A record ready to write: its JSON line (without newline) and what the totals need from it.</summary>
internal readonly record struct ProcessedRecord(string JsonLine, bool Failed, int Chars);
