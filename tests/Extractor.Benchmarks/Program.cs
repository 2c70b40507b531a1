namespace Extractor.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Extractor.Benchmarks -- stages [FOLDER] [ROUNDS]</c>: the per-stage
/// profile of <see cref="StageProfile"/>. Batch throughput is measured end to end by batch-benchmark.sh.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] != "stages")
        {
            Console.Error.WriteLine("usage: Extractor.Benchmarks stages [FOLDER (default corpus)] [ROUNDS (default 10)]");
            return 2;
        }
        var folder = args.Length > 1 ? args[1] : "corpus";
        var rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10;
        return StageProfile.Run(folder, rounds);
    }
}
