using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Extractor.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // The buffer matters: a batch run writes hundreds of thousands of lines (the writer flushes every second).
        var stdout = new StreamWriter(OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        try
        {
            int code;
            try
            {
                code = CliApp.Run(args, stdout, Console.Error, Console.OpenStandardInput);
            }
            catch (Exception e)
            {
                return CrashLog.Report(e, Console.Error);
            }
            try
            {
                stdout.Flush();
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"Standard output closed or failed ({e.Message.ReplaceLineEndings(" ")}): the run stopped.");
                return CliApp.OutputClosed;
            }
            return code;
        }
        finally
        {
            try { stdout.Dispose(); } catch (IOException) { }
        }
    }

    // Console's stream swallows EPIPE: writing into a closed pipe (`| head`) silently lost every record and the
    // run exited 0. A pipe or socket is therefore written through a FileStream, which reports it. Anything else
    // keeps Console's stream: a FileStream on a redirected regular file writes at offsets of its own and would
    // overwrite what the shell appends to the same file.
    private static Stream OpenStandardOutput()
    {
        var handle = new SafeFileHandle(1, ownsHandle: false);
        var kind = Extractor.Batch.FileFacts.Of(handle).Kind;
        return kind is Extractor.Batch.FileKind.Fifo or Extractor.Batch.FileKind.Socket
            ? new FileStream(handle, FileAccess.Write, 1)
            : Console.OpenStandardOutput();
    }
}
