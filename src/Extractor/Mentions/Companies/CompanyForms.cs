using Extractor.Lexicons;
using Extractor.Text;

namespace Extractor.Mentions.Companies;

/// <summary>
/// The words that mark a company's name whatever the company (Lexicons/company-forms.tsv): legal forms after
/// it ('S.A.', 'S.A.B. de C.V.', 'Ltda.', 'Inc.'), words that open one ('Grupo', 'Banco') or close one
/// ('Holdings', 'Group'). They let the name model find companies that no list holds, from shape and context.
/// </summary>
internal sealed class CompanyForms
{
    public const byte Head = 1, Tail = 2;

    public CompanyForms(IEnumerable<string> legalForms, IEnumerable<(string Word, byte Kind)> words)
    {
        LegalForms = new PhraseTable<bool>(legalForms.Select(f => (f, true)));
        var kinds = new Dictionary<string, byte>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, kind) in words) kinds[word] = (byte)(kinds.GetValueOrDefault(word) | kind);
        Words = new WordTable<byte>(kinds.Select(kv => (kv.Key, kv.Value)));
    }

    public static CompanyForms Empty { get; } = new([], []);

    public static CompanyForms LoadDefault()
    {
        var rows = LexiconFile.ReadEmbedded("company-forms.tsv");
        return new CompanyForms(
            rows.Where(r => r[1] == "legal").Select(r => r[0]),
            rows.Where(r => r[1] is "head" or "tail").Select(r => (r[0], r[1] == "head" ? Head : Tail)));
    }

    public PhraseTable<bool> LegalForms { get; }

    /// <summary>Head and tail words, any capitalisation: <see cref="Head"/> | <see cref="Tail"/>.</summary>
    public WordTable<byte> Words { get; }

    public byte KindOf(ReadOnlySpan<char> word) => Words.TryGet(word, out byte kind) ? kind : (byte)0;

    /// <summary>A legal form starting at token <paramref name="index"/>: the token after it.</summary>
    public bool TryLegalForm(Document document, int index, out int end) => LegalForms.TryMatch(document, index, out _, out end);
}
