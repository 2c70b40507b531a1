using Extractor.Pipeline;

namespace Extractor.Tests.Api;

/// <summary>
/// The library's public surface is kept small on purpose (issue 12: at most 25 types): a type made public by
/// accident becomes a promise to every user. Missing doc comments on public members fail the build (CS1591).
/// </summary>
public class PublicSurfaceTests
{
    [Fact]
    public void The_library_exports_at_most_25_types()
    {
        var exported = typeof(SpanishFinancialExtractor).Assembly.GetExportedTypes().Select(t => t.FullName!).Order().ToList();
        Assert.True(exported.Count <= 25, $"{exported.Count} public types: {string.Join(", ", exported)}");
    }

    [Fact]
    public void The_batch_package_builds_on_the_public_api_alone()
    {
        var granted = typeof(SpanishFinancialExtractor).Assembly
            .GetCustomAttributes(typeof(System.Runtime.CompilerServices.InternalsVisibleToAttribute), false)
            .Cast<System.Runtime.CompilerServices.InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName);
        Assert.DoesNotContain("Extractor.Batch", granted);
    }
}
