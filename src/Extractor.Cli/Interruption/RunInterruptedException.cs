namespace Extractor.Cli.Interruption;

/// <summary>Thrown by the output at a record boundary after Ctrl-C, to stop the batch run there.</summary>
internal sealed class RunInterruptedException() : Exception("interrupted by the user");
