using System.Diagnostics;

namespace Extractor.Tests.Support;

/// <summary>
/// Debian's <c>chromium</c> in headless mode: the DOM after the page's script ran, and a screenshot. Each call
/// uses its own profile folder, so parallel tests do not share a browser lock.
/// </summary>
public static class HeadlessChromium
{
    public const string Missing = "chromium is not installed (.ci/run installs it: apt-get install -y chromium).";

    /// <summary>The browser on PATH, or null.</summary>
    public static string? Path { get; } = Find();

    public static string DumpDom(string htmlFile) => Run(htmlFile, "--dump-dom");

    public static void Screenshot(string htmlFile, string png, int width, int height) =>
        // Without a time budget the capture can come before every tile is painted (grey patches on larger pages).
        Run(htmlFile, $"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", "--virtual-time-budget=3000");

    private static string Run(string htmlFile, params string[] args)
    {
        using var profile = new TempFolder();
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException(Missing))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", $"--user-data-dir={profile.Path}" })
            start.ArgumentList.Add(arg);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.ArgumentList.Add(new Uri(System.IO.Path.GetFullPath(htmlFile)).AbsoluteUri);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish within 120 s");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

    private static string? Find()
    {
        foreach (var name in new[] { "chromium", "chromium-browser" })
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = System.IO.Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }
}
