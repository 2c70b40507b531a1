using Extractor.Lexicons;
using Extractor.Models;

namespace Extractor.Mentions.Companies;

/// <summary>
/// Company names and their aliases (models/gazetteers/companies.tsv) mapped to one canonical name, and the
/// names that look like companies but are not (products, markets, regulators: not-companies.tsv).
/// </summary>
internal sealed class CompanyGazetteer
{
    private readonly Dictionary<string, string> _canonicalByName;

    public CompanyGazetteer(IEnumerable<(string Name, string Canonical)> names, IEnumerable<string> notCompanies)
    {
        var list = names.ToList();
        Names = new PhraseTable<string>(list);
        NotCompanies = new PhraseTable<bool>(notCompanies.Select(n => (n, true)));
        _canonicalByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, canonical) in list) _canonicalByName.TryAdd(name, canonical);
    }

    /// <summary>The canonical name of a company written exactly so (any capitalisation), if the gazetteer knows it.</summary>
    public bool TryCanonical(string name, out string canonical) => _canonicalByName.TryGetValue(name, out canonical!);

    public static CompanyGazetteer LoadDefault()
    {
        var rows = ModelFile.ReadTable("gazetteers/companies.tsv");
        var names = new List<(string, string)>();
        foreach (var row in rows)
        {
            var canonical = row[0];
            names.Add((canonical, canonical));
            if (row.Length > 1)
                foreach (var alias in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    names.Add((alias, canonical));
        }
        return new CompanyGazetteer(names, ModelFile.ReadTable("gazetteers/not-companies.tsv").Select(r => r[0]));
    }

    public PhraseTable<string> Names { get; }
    public PhraseTable<bool> NotCompanies { get; }
}
