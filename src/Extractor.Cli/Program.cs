using System.Text;

namespace Extractor.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Console.Out flushes on every write; a batch run writes hundreds of thousands of lines, so standard
        // output gets a buffer (the batch writer flushes it every second and at the end).
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        int code = CliApp.Run(args, stdout, Console.Error, Console.OpenStandardInput);
        stdout.Flush();
        return code;
    }
}
