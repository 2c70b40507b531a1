using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Mentions.Companies;

/// <summary>
/// COMPANY mentions from the gazetteer, longest name first, with the canonical name it gives; names that the
/// not-companies list claims with an equal or longer match (Bolsa de Madrid, Wall Street) are left alone. An
/// abbreviation introduced in brackets after a company ('Amazon Web Services (AWS)') names the same company
/// for the rest of the article.
/// </summary>
public sealed class GazetteerCompanyRecognizer : IMentionRecognizer
{
    private readonly CompanyGazetteer _gazetteer;

    public GazetteerCompanyRecognizer(CompanyGazetteer gazetteer) => _gazetteer = gazetteer;

    public void Recognize(Document document, List<Entity> mentions)
    {
        var found = new List<(int First, int End, string Canonical)>();
        int i = 0;
        while (i < document.Tokens.Length)
        {
            bool company = _gazetteer.Names.TryMatch(document, i, out var canonical, out int end);
            bool blocked = _gazetteer.NotCompanies.TryMatch(document, i, out _, out int blockEnd) && (!company || blockEnd >= end);
            if (blocked) { i = blockEnd; continue; }
            if (company) { found.Add((i, end, canonical)); i = end; continue; }
            i++;
        }

        var introduced = IntroducedAbbreviations(document, found);
        if (introduced.Count > 0)
        {
            var covered = found.Select(f => f.First).ToHashSet();
            for (int t = 0; t < document.Tokens.Length; t++)
                if (!covered.Contains(t) && introduced.TryGetValue(document.TokenText(t), out var canonical))
                    found.Add((t, t + 1, canonical));
        }

        foreach (var (first, end, canonical) in found)
        {
            int start = document.Tokens[first].Start, stop = document.Tokens[end - 1].End;
            mentions.Add(new Entity(EntityType.COMPANY, start, stop, document.Text[start..stop]) { Canonical = canonical });
        }
    }

    // 'Grupo Financiero Banorte (Banorte)', 'Amazon Web Services (AWS)'.
    private static Dictionary<string, string> IntroducedAbbreviations(Document document, List<(int First, int End, string Canonical)> found)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, end, canonical) in found)
        {
            if (end + 2 >= document.Tokens.Length || !document.TokenIs(end, "(") || !document.TokenIs(end + 2, ")")) continue;
            var token = document.Tokens[end + 1];
            var text = document.TokenText(end + 1);
            if (token.Kind is TokenKind.Word or TokenKind.AlphaNumeric && char.IsUpper(text[0]) && text.Length <= 12)
                map.TryAdd(text, canonical);
        }
        return map;
    }
}
