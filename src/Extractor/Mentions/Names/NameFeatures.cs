using Extractor.Text;

namespace Extractor.Mentions.Names;

/// <summary>
/// The features of each token of a sentence, as hashed slots of a linear model: words and their shapes in a
/// window of two, affixes, capitalisation and position, word bigrams, and membership of the gazetteers
/// (company names, names that are not companies, given names). Every token gets <see cref="PerToken"/> slots.
/// </summary>
internal sealed class NameFeatures
{
    public const int PerToken = 68;

    /// <summary>
    /// Names the feature templates below. Change it whenever a template changes what it reads or how it hashes:
    /// a model trained under another version is refused at load (<see cref="ModelFingerprint"/>).
    /// </summary>
    public const string TemplateVersion = "names-2026-12-lexicon-2";

    private readonly NameGazetteers _gazetteers;

    public NameFeatures(NameGazetteers gazetteers) => _gazetteers = gazetteers;

    /// <summary>Gazetteer marks for every token of the document, computed once per document.</summary>
    public byte[] GazetteerMarks(Document document)
    {
        var marks = new byte[document.Tokens.Length];
        int i = 0;
        while (i < document.Tokens.Length)
        {
            if (_gazetteers.Companies.NotCompanies.TryMatch(document, i, out _, out int blockEnd))
            {
                for (int k = i; k < blockEnd; k++) marks[k] |= k == i ? Marks.NotCompanyBegin : Marks.NotCompanyInside;
                // 'Santander' is a city and a bank: a name both lists hold exactly carries both marks, and the
                // context decides ('del Santander', 'en Santander').
                if (_gazetteers.Companies.Names.TryMatch(document, i, out _, out int sameEnd) && sameEnd == blockEnd)
                    for (int k = i; k < blockEnd; k++) marks[k] |= k == i ? Marks.CompanyBegin : Marks.CompanyInside;
                i = blockEnd;
                continue;
            }
            if (_gazetteers.Companies.Names.TryMatch(document, i, out _, out int end))
            {
                for (int k = i; k < end; k++) marks[k] |= k == i ? Marks.CompanyBegin : Marks.CompanyInside;
                i = end;
                continue;
            }
            i++;
        }
        for (int t = 0; t < document.Tokens.Length; t++)
        {
            if (_gazetteers.GivenNames.Contains(document.TokenSpan(t))) marks[t] |= Marks.GivenName;
            // 'Nugil S.A.S.', 'Bimbo S.A.B. de C.V.': legal forms close a company's name.
            if (document.Tokens[t].Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(document.Text[document.Tokens[t].Start])
                && _gazetteers.CompanyForms.TryLegalForm(document, t, out int legalEnd))
                for (int k = t; k < legalEnd; k++) marks[k] |= Marks.LegalForm;
        }
        return marks;
    }

    internal static class Marks
    {
        public const byte CompanyBegin = 1, CompanyInside = 2, NotCompanyBegin = 4, NotCompanyInside = 8, GivenName = 16, LegalForm = 32;
    }

    /// <summary>Fills <paramref name="slots"/> (PerToken per token of the sentence) with feature hashes; unused slots are 0.</summary>
    public void Extract(Document document, Sentence sentence, byte[] marks, Span<uint> slots)
    {
        int n = sentence.TokenCount;
        slots[..(n * PerToken)].Clear();
        // Per-token hashes computed once and shared by every template that reads the token or its neighbours.
        // Index k + 3 holds token k; three sentinel places pad each side.
        int width = n + 6;
        var lower = width <= 512 ? stackalloc uint[width] : new uint[width];
        var shape = width <= 512 ? stackalloc uint[width] : new uint[width];
        var suffix = width <= 512 ? stackalloc uint[width] : new uint[width];
        // What the lexicon says of each token (LexClass) and the company-form kind of its word.
        var lexicon = width <= 512 ? stackalloc byte[width] : new byte[width];
        var form = width <= 512 ? stackalloc byte[width] : new byte[width];
        var looked = width <= 512 ? stackalloc byte[width] : new byte[width];
        for (int k = 0; k < width; k++)
        {
            int t = sentence.FirstToken + k - 3;
            if (k < 3 || k >= n + 3)
            {
                uint edge = k < 3 ? 0x5EA7u + (uint)k : 0xE0D5u + (uint)k;
                lower[k] = edge; shape[k] = edge; suffix[k] = edge;
                lexicon[k] = LexEdge; form[k] = 0; looked[k] = 0;
                continue;
            }
            lexicon[k] = LexClass(document, t, out looked[k]);
            form[k] = _gazetteers.CompanyForms.KindOf(document.TokenSpan(t));
            var word = document.LowerTokenSpan(t);
            lower[k] = StableHash.Add(StableHash.Start(2), word, lower: false);
            shape[k] = Shape(0, document.TokenSpan(t));
            suffix[k] = StableHash.Add(StableHash.Start(3), word[Math.Max(0, word.Length - 3)..], lower: false);
        }
        Span<char> buffer = stackalloc char[22];
        int quotes = 0;
        for (int p = 0; p < n; p++)
        {
            int t = sentence.FirstToken + p;
            int c = p + 3;
            var s = slots.Slice(p * PerToken, PerToken);
            int f = 0;
            var w = document.TokenSpan(t);
            var lw = document.LowerTokenSpan(t);
            s[f++] = StableHash.Start(1);                                    // bias
            s[f++] = StableHash.Mix(StableHash.Start(2), lower[c]);           // word
            s[f++] = StableHash.Add(StableHash.Start(3), w, lower: false);   // word as written
            s[f++] = StableHash.Mix(StableHash.Start(4), shape[c]);
            for (int k = 1; k <= 4 && k <= lw.Length; k++)
            {
                s[f++] = StableHash.Add(StableHash.Start(10 + k), lw[..k], lower: false);
                s[f++] = StableHash.Add(StableHash.Start(20 + k), lw[^k..], lower: false);
            }
            s[f++] = StableHash.Mix(StableHash.Start(30), lower[c - 1]);
            s[f++] = StableHash.Mix(StableHash.Start(31), lower[c + 1]);
            s[f++] = StableHash.Mix(StableHash.Start(32), lower[c - 2]);
            s[f++] = StableHash.Mix(StableHash.Start(33), lower[c + 2]);
            s[f++] = StableHash.Mix(StableHash.Start(34), shape[c - 1]);
            s[f++] = StableHash.Mix(StableHash.Start(35), shape[c + 1]);
            s[f++] = StableHash.Mix(StableHash.Mix(StableHash.Start(36), lower[c - 1]), lower[c]);
            s[f++] = StableHash.Mix(StableHash.Mix(StableHash.Start(37), lower[c]), lower[c + 1]);
            s[f++] = StableHash.Mix(StableHash.Mix(StableHash.Start(38), shape[c - 1]), shape[c]);
            s[f++] = StableHash.Mix(StableHash.Mix(StableHash.Start(39), shape[c]), shape[c + 1]);
            s[f++] = StableHash.Mix(StableHash.Start(40), (uint)(p == 0 ? 1 : 0) | (uint)(char.IsUpper(w[0]) ? 2 : 0));
            s[f++] = StableHash.Mix(StableHash.Start(41), marks[t]);
            s[f++] = StableHash.Mix(StableHash.Start(42), t > sentence.FirstToken ? marks[t - 1] : 255u);
            s[f++] = StableHash.Mix(StableHash.Start(43), t + 1 < sentence.EndToken ? marks[t + 1] : 255u);
            s[f++] = StableHash.Mix(StableHash.Mix(StableHash.Start(44), marks[t]), shape[c]);
            s[f++] = StableHash.Mix(StableHash.Start(45), (uint)document.Tokens[t].Kind);
            s[f++] = StableHash.Mix(StableHash.Mix(StableHash.Start(46), (uint)Math.Min(w.Length, 12)), shape[c]);
            bool capital = char.IsUpper(w[0]);
            bool seenLower = _gazetteers.LowercaseWords.Contains(w);
            s[f++] = StableHash.Mix(StableHash.Start(47), (uint)(capital ? 1 : 0) | (uint)(seenLower ? 2 : 0) | (uint)(p == 0 ? 4 : 0));
            s[f++] = StableHash.Mix(StableHash.Start(48), shape[c - 2]);
            s[f++] = StableHash.Mix(StableHash.Start(49), shape[c + 2]);
            s[f++] = StableHash.Mix(StableHash.Start(50), suffix[c - 1]);
            s[f++] = StableHash.Mix(StableHash.Start(51), suffix[c + 1]);
            s[f++] = StableHash.Mix(StableHash.Mix(StableHash.Start(52), shape[c]), lower[c - 1]);
            s[f++] = StableHash.Mix(StableHash.Mix(StableHash.Start(53), shape[c]), lower[c + 1]);
            // Inside quotation marks titles and works (MISC) are common: an odd number of quotes before the token.
            s[f++] = StableHash.Mix(StableHash.Start(54), (uint)(quotes & 1));
            if (document.Tokens[t].Kind == TokenKind.Punctuation && document.Text[document.Tokens[t].Start] is '"' or '«' or '»' or '“' or '”') quotes++;
            s[f++] = StableHash.Mix(StableHash.Start(55), lower[c - 3]);
            s[f++] = StableHash.Mix(StableHash.Start(56), lower[c + 3]);
            s[f++] = StableHash.Mix(StableHash.Mix(StableHash.Start(57), lower[c - 2]), lower[c - 1]);
            uint coordinated = Coordinated(document, sentence, marks, t);
            if (coordinated != 0) s[f++] = StableHash.Mix(StableHash.Mix(StableHash.Start(58), coordinated), capital ? 1u : 0u);
            // The lexicon: a capitalised word Spanish writes in lower case ('Aprueban', 'Sector') is rarely a name on its
            // own; one known only with a capital ('Santander') or unknown ('Gilinski') often is.
            uint initial = p == 0 ? 1u : 0u;
            bool allCaps = w.Length > 1 && IsAllCaps(w);
            s[f++] = StableHash.Mix(StableHash.Start(61), lexicon[c] | initial << 4 | (allCaps ? 1u : 0u) << 5);
            if (capital)
            {
                byte lookup = looked[c];
                // People's names of many origins count only with the lexicon: 'Yogesh' (unknown word) is strong,
                // 'Rosa' or 'Will' (also common words) weak. The model learns each combination's weight.
                byte person = _gazetteers.Lexicon.PersonName(w);
                if (person != 0) s[f++] = StableHash.Mix(StableHash.Start(62), person | (uint)(lookup & 3) << 4 | initial << 6);
                int rank = SpanishLexicon.RankBucket(lookup);
                if (rank != 0) s[f++] = StableHash.Mix(StableHash.Start(63), (uint)rank | initial << 4);
            }
            // Company forms around the token: 'Grupo X', 'X Holdings', 'X S.A.' name companies no list holds.
            uint legalAhead = 0;
            for (int k = 1; k <= 3 && t + k < sentence.EndToken && legalAhead == 0; k++)
                if ((marks[t + k] & Marks.LegalForm) != 0 && (marks[t] & Marks.LegalForm) == 0) legalAhead = (uint)k;
            uint forms = form[c] | (uint)form[c - 1] << 2 | (uint)form[c + 1] << 4 | legalAhead << 6;
            if (forms != 0) s[f++] = StableHash.Mix(StableHash.Mix(StableHash.Start(64), forms), capital ? 1u : 0u);
            s[f++] = StableHash.Mix(StableHash.Start(65), (uint)(lexicon[c - 1] & LexClassMask) | (uint)(lexicon[c + 1] & LexClassMask) << 4 | (capital ? 1u : 0u) << 8);
            // Character trigrams of the word: shared pieces of names never seen whole ('-ción', 'Telef', 'ínez').
            var padded = buffer[..(Math.Min(lw.Length, 20) + 2)];
            padded[0] = '^';
            lw[..(padded.Length - 2)].CopyTo(padded[1..]);
            padded[^1] = '$';
            for (int k = 0; k + 3 <= padded.Length && f < PerToken; k++)
                s[f++] = StableHash.Add(StableHash.Start(60), padded.Slice(k, 3), lower: false);
        }
    }

    private const byte LexLower = 4, LexOther = 8, LexEdge = 12, LexLookedUp = 16, LexClassMask = 15;

    // The lexicon's class of a token: for a word with a capital, its lookup bits (known lower-case, known only
    // capitalised, or neither) flagged as looked up; a word written in lower case, other tokens and sentence
    // edges get a class of their own, so neighbours' classes read as context.
    private byte LexClass(Document document, int t, out byte lookup)
    {
        lookup = 0;
        if (document.Tokens[t].Kind != TokenKind.Word) return LexOther;
        var w = document.TokenSpan(t);
        if (!char.IsUpper(w[0])) return LexLower;
        lookup = _gazetteers.Lexicon.Lookup(w);
        return (byte)(LexLookedUp | (lookup & 3));
    }

    private static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        foreach (char ch in w) if (char.IsLower(ch)) return false;
        return true;
    }

    // 'Empresas como Peloton, Thomson Reuters, Comscore y Triomics': a name in a list, next to a known company
    // across a comma or a conjunction, is likely one too. Returns the neighbour's gazetteer mark, or 0.
    private static uint Coordinated(Document d, Sentence s, byte[] marks, int t)
    {
        static bool Joins(Document d, int k) => d.TokenIs(k, ",") || d.TokenIs(k, "y") || d.TokenIs(k, "e") || d.TokenIs(k, "o");
        uint mark = 0;
        if (t - 2 >= s.FirstToken && Joins(d, t - 1)) mark |= marks[t - 2];
        if (t + 2 < s.EndToken && Joins(d, t + 1)) mark |= (uint)marks[t + 2] << 8;
        return mark;
    }

    // 'Nvidia' → Xx, 'GB200' → Xd, 'S.A.' → X.X., 'de' → x: character classes with runs collapsed.
    private static uint Shape(int template, ReadOnlySpan<char> w)
    {
        uint h = StableHash.Start(template);
        char last = '\0';
        int emitted = 0;
        foreach (char c in w)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k == last) continue;
            h = StableHash.Add(h, k);
            last = k;
            if (++emitted > 6) break;
        }
        return h;
    }
}
