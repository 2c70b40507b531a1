using System.Diagnostics;
using Extractor.Tests.Support;

namespace Extractor.Tests.Packaging;

/// <summary>
/// What a new user does: packs the solution into a local feed, references the library from a fresh console
/// project, installs the tool and runs <c>extractor extract</c>. Runs in CI with the whole suite (about a minute);
/// it packs the assemblies this test run built (<c>--no-build</c>) under a version of its own, into a package
/// cache of its own, so neither a stale cached package nor another run can answer for this one.
/// </summary>
[Trait("Category", "Packaging")]
public sealed class PackageTests : IClassFixture<PackageTests.LocalFeed>
{
    // An article of our own: two amounts in two currencies.
    private const string Article =
        "La eléctrica Iberdrola invertirá 2.500 millones de euros en redes hasta 2028, y su filial mexicana pagó " +
        "300 millones de dólares por dos plantas.";

    private readonly LocalFeed _feed;

    public PackageTests(LocalFeed feed) => _feed = feed;

    [Fact]
    public void The_packages_carry_docs_licence_readme_and_the_models()
    {
        foreach (var id in new[] { "Extractor", "Extractor.Batch", "Extractor.Cli" })
            Assert.True(File.Exists(_feed.Package(id)), $"{id} was not packed");
        using var library = System.IO.Compression.ZipFile.OpenRead(_feed.Package("Extractor"));
        var entries = library.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("lib/net10.0/Extractor.dll", entries);
        Assert.Contains("lib/net10.0/Extractor.xml", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        Assert.Contains("THIRD-PARTY-NOTICES.md", entries);
        using var nuspec = new StreamReader(library.GetEntry("Extractor.nuspec")!.Open());
        var metadata = nuspec.ReadToEnd();
        Assert.Contains("<license type=\"expression\">MIT</license>", metadata);
        Assert.Contains("<readme>README.md</readme>", metadata);
        Assert.DoesNotContain("AngleSharp", metadata);
        using var tool = System.IO.Compression.ZipFile.OpenRead(_feed.Package("Extractor.Cli"));
        Assert.Contains(tool.Entries, e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
    }

    [Fact]
    public void Packing_again_gives_byte_identical_packages()
    {
        var again = Path.Combine(_feed.Root, "again");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        _feed.Run(RepoPaths.Root, "pack", Path.Combine(RepoPaths.Root, "src", "Extractor", "Extractor.csproj"), "-c", configuration,
            "--no-build", "-o", again, $"-p:PackageVersion={_feed.Version}");
        var name = Path.GetFileName(_feed.Package("Extractor"));
        Assert.True(File.ReadAllBytes(_feed.Package("Extractor")).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again, name))),
            "two packs of the same build differ");
    }

    [Fact]
    public void A_fresh_console_project_references_the_library_from_the_feed_and_finds_the_money()
    {
        var app = Path.Combine(_feed.Root, "app");
        _feed.Run(_feed.Root, "new", "console", "-o", app, "--framework", "net10.0", "--no-update-check");
        _feed.Run(app, "add", "package", "Extractor", "--version", _feed.Version);
        File.WriteAllText(Path.Combine(app, "Program.cs"), $$"""
            using Extractor.Pipeline;
            using Extractor.Records;

            var extractor = SpanishFinancialExtractor.LoadDefault();
            var record = extractor.Extract("{{Article}}", id: "nota.txt");
            foreach (var e in record.Entities)
                if (e.Type == EntityType.MONEY) Console.WriteLine($"{e.Text}|{e.Value}|{e.Currency}");
            Console.WriteLine(RecordJson.ToJsonLine(record));
            """);
        var output = _feed.Run(app, "run", "-c", "Release");
        var money = output.Split('\n', StringSplitOptions.TrimEntries).Where(l => l.Contains('|')).ToArray();
        Assert.Equal(["2.500 millones de euros|2500000000|EUR", "300 millones de dólares|300000000|USD"], money);
        Assert.Contains("\"id\":\"nota.txt\"", output);
    }

    [Fact]
    public void The_tool_installs_from_the_feed_and_extractor_extract_runs()
    {
        var tools = Path.Combine(_feed.Root, "tools");
        _feed.Run(_feed.Root, "tool", "install", "Extractor.Cli", "--version", _feed.Version, "--tool-path", tools);
        var article = Path.Combine(_feed.Root, "nota.txt");
        File.WriteAllText(article, Article);
        var output = _feed.Start(Path.Combine(tools, "extractor"), _feed.Root, "extract", article, "--quiet");
        Assert.Contains("\"text\":\"2.500 millones de euros\",\"value\":2500000000,\"currency\":\"EUR\"", output);
        Assert.Contains("\"text\":\"300 millones de dólares\",\"value\":300000000,\"currency\":\"USD\"", output);
        var help = _feed.Start(Path.Combine(tools, "extractor"), _feed.Root, "--help");
        Assert.Contains("extract", help);
    }

    /// <summary>Packs once for the class: a temporary feed, package cache and nuget.config.</summary>
    public sealed class LocalFeed : IDisposable
    {
        private readonly TempFolder _folder = new();

        public LocalFeed()
        {
            Root = _folder.Path;
            Feed = Path.Combine(Root, "feed");
            Version = $"0.0.0-ci.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
            // Packages restore from the feed, from this machine's package cache used as a read-only folder
            // source (no download for what is already there), and from nuget.org for the rest.
            var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var cacheSource = Directory.Exists(cache) ? $"""    <add key="machine-cache" value="{cache}" />""" : "";
            File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{Feed}" />
                {cacheSource}
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                </configuration>
                """);
            // The configuration this test run was built in: bin/<Configuration>/net10.0/.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            Run(RepoPaths.Root, "pack", Path.Combine(RepoPaths.Root, "Extractor.sln"), "-c", configuration, "--no-build",
                "-o", Feed, $"-p:PackageVersion={Version}");
        }

        public string Root { get; }
        public string Feed { get; }
        public string Version { get; }

        public string Package(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

        /// <summary>Runs <c>dotnet ARGS</c> in <paramref name="directory"/>; fails the test with its output on a non-zero exit.</summary>
        public string Run(string directory, params string[] args) => Start("dotnet", directory, args);

        public string Start(string program, string directory, params string[] args)
        {
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            start.Environment["NUGET_PACKAGES"] = Path.Combine(Root, "packages");
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            // The tool's launcher finds the runtime through DOTNET_ROOT when dotnet is not in a default place.
            if (DotnetRoot() is { } root) start.Environment["DOTNET_ROOT"] = root;
            // A child 'dotnet' must not inherit the test host's MSBuild settings.
            foreach (var name in new[] { "MSBuildSDKsPath", "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "DOTNET_HOST_PATH" })
                start.Environment.Remove(name);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(' ', args)} took more than 5 minutes");
            }
            var output = stdout.Result + stderr.Result;
            Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}:\n{output}");
            return stdout.Result;
        }

        private static string? DotnetRoot()
        {
            var path = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
                .Select(p => Path.Combine(p, "dotnet")).FirstOrDefault(File.Exists);
            if (path is null) return null;
            var resolved = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
            return Path.GetDirectoryName(resolved);
        }

        public void Dispose() => _folder.Dispose();
    }
}
