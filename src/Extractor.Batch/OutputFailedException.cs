namespace Extractor.Batch;

/// <summary>Writing the records failed (disk full, a closed pipe): the run cannot go on, whatever its inputs.</summary>
public sealed class OutputFailedException(string message, Exception inner) : IOException(message, inner);
