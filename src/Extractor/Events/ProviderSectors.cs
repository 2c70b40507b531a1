using Extractor.Lexicons;
using Extractor.Models;
using Extractor.Records;

namespace Extractor.Events;

/// <summary>
/// Which companies sell services in a contract: those the company gazetteer files under a provider's sector
/// (<c>Lexicons/provider-sectors.tsv</c>). Used only to orient a contract whose two parties the text leaves symmetric
/// ("firma un acuerdo con").
/// </summary>
internal sealed class ProviderSectors(IReadOnlySet<string> providers)
{
    public static ProviderSectors LoadDefault()
    {
        var sectors = LexiconFile.ReadEmbedded("provider-sectors.tsv").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var providers = ModelFile.ReadTable("gazetteers/companies.tsv")
            .Where(row => row.Length > 3 && sectors.Contains(row[3]))
            .Select(row => row[0])
            .ToHashSet(StringComparer.Ordinal);
        return new ProviderSectors(providers);
    }

    public bool IsProvider(Entity company) => ArticleEvent.NameOf(company) is { } name && providers.Contains(name);
}
