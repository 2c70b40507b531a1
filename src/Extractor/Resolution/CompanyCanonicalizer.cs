using System.Text.RegularExpressions;
using Extractor.Mentions.Companies;
using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Resolution;

/// <summary>
/// Gives every COMPANY mention one canonical name per company across the article: the gazetteer's name for a
/// known name or alias; the full name for an abbreviation the article introduces ('Amazon Web Services (AWS)');
/// the longer earlier mention a short form repeats ('Bradesco' after 'Banco Bradesco'); otherwise the name as
/// written, without its legal form. Alphabet and Google stay apart: only the article or the gazetteer joins names.
/// </summary>
internal sealed partial class CompanyCanonicalizer : IMentionResolver
{
    [GeneratedRegex(@"[\s,]+(S\.?A\.?U?\.?|S\.?L\.?|Inc\.?|Corp\.?|Corporation|Ltd\.?|plc|PLC|SE|AG|N\.?V\.?|S\.?p\.?A\.?|S\.?A\.?B\.? de C\.?V\.?|GmbH|Co\.?)$")]
    private static partial Regex LegalForm();

    private readonly CompanyGazetteer _gazetteer;

    public CompanyCanonicalizer(CompanyGazetteer gazetteer) => _gazetteer = gazetteer;

    public List<Entity> Resolve(Document document, List<Entity> mentions)
    {
        var companies = mentions.Where(m => m.Type == EntityType.COMPANY).OrderBy(m => m.Start).ToList();
        if (companies.Count == 0) return mentions;
        var introduced = IntroducedAbbreviations(document, companies);
        var resolved = new Dictionary<Entity, string>(ReferenceEqualityComparer.Instance);
        // One entry per distinct name, in order of first mention: a long article repeats names, not grows them.
        var seen = new List<(string Text, string Canonical)>();
        var byText = new Dictionary<string, string>(StringComparer.Ordinal);
        // A canonical name a custom stage set is kept, and names the other mentions written the same way.
        foreach (var mention in companies)
            if (mention.Canonical is { } given && byText.TryAdd(mention.Text, given)) seen.Add((mention.Text, given));
        foreach (var mention in companies)
        {
            if (mention.Canonical is { } preset) { resolved[mention] = preset; continue; }
            if (!byText.TryGetValue(mention.Text, out var canonical))
            {
                canonical = CanonicalOf(mention.Text, introduced, seen);
                byText[mention.Text] = canonical;
                seen.Add((mention.Text, canonical));
            }
            resolved[mention] = canonical;
        }
        return mentions.Select(m => m.Type == EntityType.COMPANY ? m with { Canonical = resolved[m] } : m).ToList();
    }

    private string CanonicalOf(string text, Dictionary<string, string> introduced, List<(string Text, string Canonical)> seen)
    {
        if (_gazetteer.TryCanonical(text, out var known)) return known;
        var bare = LegalForm().Replace(text, "");
        if (bare != text && _gazetteer.TryCanonical(bare, out known)) return known;
        if (introduced.TryGetValue(text, out var full)) return full;
        // A short form of a company named before in the article: 'Bradesco' after 'Banco Bradesco'.
        foreach (var (earlier, canonical) in seen)
            if (earlier.Length > bare.Length && ContainsWord(earlier, bare)) return canonical;
        return bare;
    }

    private static bool ContainsWord(string longer, string word)
    {
        int at = longer.IndexOf(word, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || !char.IsLetterOrDigit(longer[at - 1]))
               && (at + word.Length == longer.Length || !char.IsLetterOrDigit(longer[at + word.Length]));
    }

    // 'Grupo Financiero Banorte (Banorte)', 'Amazon Web Services (AWS)': the bracketed form names the same company.
    private Dictionary<string, string> IntroducedAbbreviations(Document document, List<Entity> companies)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = document.Text;
        for (int i = 0; i + 1 < companies.Count; i++)
        {
            var full = companies[i];
            var abbreviation = companies[i + 1];
            var between = text.AsSpan(full.End, abbreviation.Start - full.End).Trim();
            if (between is not "(" || abbreviation.End >= text.Length || text[abbreviation.End] != ')') continue;
            var canonical = _gazetteer.TryCanonical(full.Text, out var known) ? known : LegalForm().Replace(full.Text, "");
            map.TryAdd(abbreviation.Text, canonical);
        }
        return map;
    }
}
