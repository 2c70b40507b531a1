namespace Extractor.Batch;

/// <summary>The output named by <c>-o</c> cannot be written by this run (in use, an input, not a regular file); nothing was touched.</summary>
public sealed class OutputRefusedException(string message) : Exception(message);
