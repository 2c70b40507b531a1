namespace Extractor.Mentions.Time;

/// <summary>A unit of time: its ISO 8601 designator (Y, M, W, D, or H and M after T) and how many of it one unit makes.</summary>
internal sealed record TimeUnit(char Designator, bool IsTimeOfDay, decimal Amount);
