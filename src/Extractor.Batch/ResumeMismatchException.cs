namespace Extractor.Batch;

/// <summary>A partial output from an earlier run does not belong to the inputs of this one, so it cannot be resumed.</summary>
public sealed class ResumeMismatchException(string message) : Exception(message);
