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
    public byte[] GazetteerMarks(Document document) => GazetteerMarks(document, default);

    /// <summary>
    /// Gazetteer marks for every token, where <paramref name="flags"/> (one per token, or empty) says where the tables
    /// may find something (<see cref="TokenTraits.GazetteerFlags"/>, known per word type): elsewhere they are not asked.
    /// </summary>
    public byte[] GazetteerMarks(Document document, ReadOnlySpan<byte> flags)
    {
        var marks = new byte[document.Tokens.Length];
        bool known = !flags.IsEmpty;
        int i = 0;
        while (i < document.Tokens.Length)
        {
            if (known && (flags[i] & TokenTraits.MayStartName) == 0) { i++; continue; }
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
            byte may = known ? flags[t] : GazetteerFlags(document, t);
            if ((may & TokenTraits.GivenName) != 0) marks[t] |= Marks.GivenName;
            // 'Nugil S.A.S.', 'Bimbo S.A.B. de C.V.': legal forms close a company's name.
            if ((may & TokenTraits.MayStartLegalForm) != 0 && _gazetteers.CompanyForms.TryLegalForm(document, t, out int legalEnd))
                for (int k = t; k < legalEnd; k++) marks[k] |= Marks.LegalForm;
        }
        return marks;
    }

    // What the gazetteers may find at token t; it depends on the token's text and kind only.
    private byte GazetteerFlags(Document document, int t)
    {
        var lower = document.LowerTokenSpan(t);
        byte flags = 0;
        if (_gazetteers.Companies.NotCompanies.MayStartWith(lower) || _gazetteers.Companies.Names.MayStartWith(lower)) flags |= TokenTraits.MayStartName;
        if (_gazetteers.GivenNames.Contains(document.TokenSpan(t))) flags |= TokenTraits.GivenName;
        if (document.Tokens[t].Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(document.Text[document.Tokens[t].Start])
            && _gazetteers.CompanyForms.LegalForms.MayStartWith(lower))
            flags |= TokenTraits.MayStartLegalForm;
        return flags;
    }

    internal static class Marks
    {
        public const byte CompanyBegin = 1, CompanyInside = 2, NotCompanyBegin = 4, NotCompanyInside = 8, GivenName = 16, LegalForm = 32;
    }

    /// <summary>
    /// Fills <paramref name="slots"/> (PerToken per token of the sentence) with feature hashes; unused slots are 0.
    /// Each token's slots hold its word's own features first (<see cref="WordFeatures"/>), then those of its context
    /// (<see cref="ContextFeatures"/>): the runtime scores a word's own features once per word type and the sums
    /// come out the same, in the same order.
    /// </summary>
    public void Extract(Document document, Sentence sentence, byte[] marks, Span<uint> slots)
    {
        int n = sentence.TokenCount;
        slots[..(n * PerToken)].Clear();
        var traits = n + 6 <= 256 ? stackalloc TokenTraits[n + 6] : new TokenTraits[n + 6];
        FillTraits(document, sentence, traits);
        int quotes = 0;
        for (int p = 0; p < n; p++)
        {
            var s = slots.Slice(p * PerToken, PerToken);
            int f = WordFeatures(document, sentence.FirstToken + p, traits[p + 3], p == 0, s);
            ContextFeatures(document, sentence, marks, traits, p, ref quotes, s[f..]);
        }
    }

    /// <summary>
    /// What neighbours read of each token of the sentence, at index k + 3 for token k, with three sentinel places each
    /// side (<paramref name="traits"/> holds TokenCount + 6).
    /// </summary>
    public void FillTraits(Document document, Sentence sentence, Span<TokenTraits> traits)
    {
        FillEdges(traits, sentence.TokenCount);
        for (int k = 0; k < sentence.TokenCount; k++) traits[k + 3] = Traits(document, sentence.FirstToken + k);
    }

    /// <summary>The three sentinel places each side of a sentence of <paramref name="tokens"/> tokens.</summary>
    public static void FillEdges(Span<TokenTraits> traits, int tokens)
    {
        for (int k = 0; k < 3; k++)
        {
            traits[k] = StartEdge(k);
            traits[tokens + 3 + k] = EndEdge(tokens + 3 + k);
        }
    }

    /// <summary>The sentinel at padded place <paramref name="k"/> (0–2) before a sentence.</summary>
    public static TokenTraits StartEdge(int k) => TokenTraits.Edge(0x5EA7u + (uint)k, LexEdge);

    /// <summary>The sentinel at padded place <paramref name="k"/> (TokenCount + 3 and on) after a sentence.</summary>
    public static TokenTraits EndEdge(int k) => TokenTraits.Edge(0xE0D5u + (uint)k, LexEdge);

    /// <summary>What the features of a token's neighbours read of it; it depends on the token's text and kind only.</summary>
    public TokenTraits Traits(Document document, int t)
    {
        var w = document.TokenSpan(t);
        var word = document.LowerTokenSpan(t);
        byte lexicon = LexClass(document, t, out byte looked);
        var kind = document.Tokens[t].Kind;
        byte flags = GazetteerFlags(document, t);
        if (char.IsUpper(w[0])) flags |= TokenTraits.Capital;
        if (w.Length == 1 && w[0] is ',' or 'y' or 'e' or 'o' or 'Y' or 'E' or 'O') flags |= TokenTraits.JoinsList;
        if (kind == TokenKind.Punctuation && w[0] is '"' or '«' or '»' or '“' or '”') flags |= TokenTraits.Quote;
        return new TokenTraits(
            StableHash.Add(Template[2], word, lower: false),
            Shape(0, w),
            StableHash.Add(Template[3], word[Math.Max(0, word.Length - 3)..], lower: false),
            lexicon, looked, _gazetteers.CompanyForms.KindOf(w), flags);
    }

    /// <summary>
    /// The features of token <paramref name="t"/> that read nothing but its own text, its kind and whether it opens the
    /// sentence: the same for every occurrence of the word there. Returns how many it wrote (at most
    /// <see cref="MaxWordFeatures"/>).
    /// </summary>
    public int WordFeatures(Document document, int t, in TokenTraits traits, bool initial, Span<uint> s)
    {
        int f = 0;
        var w = document.TokenSpan(t);
        var lw = document.LowerTokenSpan(t);
        bool capital = traits.IsCapital;
        uint first = initial ? 1u : 0u;
        s[f++] = Template[1];                                              // bias
        s[f++] = StableHash.Mix(Template[2], traits.Lower);                 // word
        s[f++] = StableHash.Add(Template[3], w, lower: false);             // word as written
        s[f++] = StableHash.Mix(Template[4], traits.Shape);
        for (int k = 1; k <= 4 && k <= lw.Length; k++)
        {
            s[f++] = StableHash.Add(Template[10 + k], lw[..k], lower: false);
            s[f++] = StableHash.Add(Template[20 + k], lw[^k..], lower: false);
        }
        s[f++] = StableHash.Mix(Template[40], first | (capital ? 2u : 0u));
        s[f++] = StableHash.Mix(Template[45], (uint)document.Tokens[t].Kind);
        s[f++] = StableHash.Mix(StableHash.Mix(Template[46], (uint)Math.Min(w.Length, 12)), traits.Shape);
        bool seenLower = _gazetteers.LowercaseWords.Contains(w);
        s[f++] = StableHash.Mix(Template[47], (capital ? 1u : 0u) | (seenLower ? 2u : 0u) | first << 2);
        // The lexicon: a capitalised word Spanish writes in lower case ('Aprueban', 'Sector') is rarely a name on its
        // own; one known only with a capital ('Santander') or unknown ('Gilinski') often is.
        bool allCaps = w.Length > 1 && IsAllCaps(w);
        s[f++] = StableHash.Mix(Template[61], traits.Lexicon | first << 4 | (allCaps ? 1u : 0u) << 5);
        if (capital)
        {
            // People's names of many origins count only with the lexicon: 'Yogesh' (unknown word) is strong,
            // 'Rosa' or 'Will' (also common words) weak. The model learns each combination's weight.
            byte person = _gazetteers.Lexicon.PersonName(w);
            if (person != 0) s[f++] = StableHash.Mix(Template[62], person | (uint)(traits.Looked & 3) << 4 | first << 6);
            int rank = SpanishLexicon.RankBucket(traits.Looked);
            if (rank != 0) s[f++] = StableHash.Mix(Template[63], (uint)rank | first << 4);
        }
        // Character trigrams of the word: shared pieces of names never seen whole ('-ción', 'Telef', 'ínez').
        Span<char> padded = stackalloc char[Math.Min(lw.Length, MaxTrigramWord) + 2];
        padded[0] = '^';
        lw[..(padded.Length - 2)].CopyTo(padded[1..]);
        padded[^1] = '$';
        for (int k = 0; k + 3 <= padded.Length; k++)
            s[f++] = StableHash.Add(Template[60], padded.Slice(k, 3), lower: false);
        return f;
    }

    private const int MaxTrigramWord = 20;

    /// <summary>The most <see cref="WordFeatures"/> writes: 19 of the word, 20 trigrams.</summary>
    public const int MaxWordFeatures = 19 + MaxTrigramWord;

    /// <summary>
    /// The features of token <paramref name="p"/> of the sentence that read its neighbours, its gazetteer marks or
    /// its place among quotation marks. <paramref name="quotes"/> counts the quotation marks seen so far in the
    /// sentence (call in token order). Returns how many it wrote. Three groups, in this order: those that read one
    /// neighbour alone (<see cref="NeighbourFeatures"/>), those with few possible values (<see cref="FewValued"/>),
    /// and the rest (<see cref="PairFeatures"/>); the runtime sums the first two groups from tables.
    /// </summary>
    public static int ContextFeatures(Document document, Sentence sentence, byte[] marks, ReadOnlySpan<TokenTraits> traits, int p, ref int quotes, Span<uint> s)
    {
        int f = 0;
        foreach (int offset in NeighbourOffsets) f += NeighbourFeatures(traits[p + 3 + offset], offset, s[f..]);
        var few = FewValued.Of(sentence, marks, traits, p, ref quotes);
        s[f++] = MarkFeature(few.Mark);
        s[f++] = PreviousMarkFeature(few.PreviousMark);
        s[f++] = NextMarkFeature(few.NextMark);
        s[f++] = QuoteFeature(few.InsideQuotes);
        s[f++] = LexiconContextFeature(few.LexiconContext);
        f += PairFeatures(sentence, marks, traits, p, s[f..]);
        return f;
    }

    /// <summary>Where the neighbours read by <see cref="NeighbourFeatures"/> sit, relative to the token.</summary>
    public static ReadOnlySpan<int> NeighbourOffsets => [-3, -2, -1, 1, 2, 3];

    /// <summary>
    /// The features that read the neighbour at <paramref name="offset"/> and nothing else: its word, shape or ending.
    /// They depend on the neighbour's word type, so the runtime sums them once per type and offset.
    /// </summary>
    public static int NeighbourFeatures(in TokenTraits neighbour, int offset, Span<uint> s)
    {
        switch (offset)
        {
            case -3: s[0] = StableHash.Mix(Template[55], neighbour.Lower); return 1;
            case -2:
                s[0] = StableHash.Mix(Template[32], neighbour.Lower);
                s[1] = StableHash.Mix(Template[48], neighbour.Shape);
                return 2;
            case -1:
                s[0] = StableHash.Mix(Template[30], neighbour.Lower);
                s[1] = StableHash.Mix(Template[34], neighbour.Shape);
                s[2] = StableHash.Mix(Template[50], neighbour.Suffix);
                return 3;
            case 1:
                s[0] = StableHash.Mix(Template[31], neighbour.Lower);
                s[1] = StableHash.Mix(Template[35], neighbour.Shape);
                s[2] = StableHash.Mix(Template[51], neighbour.Suffix);
                return 3;
            case 2:
                s[0] = StableHash.Mix(Template[33], neighbour.Lower);
                s[1] = StableHash.Mix(Template[49], neighbour.Shape);
                return 2;
            case 3: s[0] = StableHash.Mix(Template[56], neighbour.Lower); return 1;
            default: throw new ArgumentOutOfRangeException(nameof(offset));
        }
    }

    /// <summary>The most <see cref="NeighbourFeatures"/> writes for one offset.</summary>
    public const int MaxNeighbourFeatures = 3;

    /// <summary>
    /// Context the model reads through features of few possible values: the token's gazetteer marks and its
    /// neighbours' (256 when there is no neighbour), whether an odd number of quotation marks precedes it, and the
    /// lexicon classes of its neighbours with its own capital (9 bits).
    /// </summary>
    public readonly record struct FewValued(uint Mark, uint PreviousMark, uint NextMark, uint InsideQuotes, uint LexiconContext)
    {
        public const int MarkValues = 256, NeighbourMarkValues = 256, LexiconContextValues = 512;

        public static FewValued Of(Sentence sentence, byte[] marks, ReadOnlySpan<TokenTraits> traits, int p, ref int quotes)
        {
            int t = sentence.FirstToken + p;
            int c = p + 3;
            // Inside quotation marks titles and works (MISC) are common: an odd number of quotes before the token.
            uint inside = (uint)(quotes & 1);
            if (traits[c].IsQuote) quotes++;
            return new FewValued(
                marks[t],
                t > sentence.FirstToken ? marks[t - 1] : 255u,
                t + 1 < sentence.EndToken ? marks[t + 1] : 255u,
                inside,
                (uint)(traits[c - 1].Lexicon & LexClassMask) | (uint)(traits[c + 1].Lexicon & LexClassMask) << 4 | (traits[c].IsCapital ? 1u : 0u) << 8);
        }
    }

    public static uint MarkFeature(uint mark) => StableHash.Mix(Template[41], mark);
    public static uint PreviousMarkFeature(uint mark) => StableHash.Mix(Template[42], mark);
    public static uint NextMarkFeature(uint mark) => StableHash.Mix(Template[43], mark);
    public static uint QuoteFeature(uint inside) => StableHash.Mix(Template[54], inside);
    public static uint LexiconContextFeature(uint context) => StableHash.Mix(Template[65], context);

    /// <summary>The features that read two tokens at once (word and shape bigrams, marks with shape, lists, company
    /// forms around the token). Returns how many it wrote (at most <see cref="MaxPairFeatures"/>).</summary>
    public static int PairFeatures(Sentence sentence, byte[] marks, ReadOnlySpan<TokenTraits> traits, int p, Span<uint> s)
    {
        int f = 0;
        int t = sentence.FirstToken + p;
        int c = p + 3;
        ref readonly var self = ref traits[c];
        uint capital = self.IsCapital ? 1u : 0u;
        s[f++] = StableHash.Mix(StableHash.Mix(Template[36], traits[c - 1].Lower), self.Lower);
        s[f++] = StableHash.Mix(StableHash.Mix(Template[37], self.Lower), traits[c + 1].Lower);
        s[f++] = StableHash.Mix(StableHash.Mix(Template[38], traits[c - 1].Shape), self.Shape);
        s[f++] = StableHash.Mix(StableHash.Mix(Template[39], self.Shape), traits[c + 1].Shape);
        s[f++] = StableHash.Mix(StableHash.Mix(Template[44], marks[t]), self.Shape);
        s[f++] = StableHash.Mix(StableHash.Mix(Template[52], self.Shape), traits[c - 1].Lower);
        s[f++] = StableHash.Mix(StableHash.Mix(Template[53], self.Shape), traits[c + 1].Lower);
        s[f++] = StableHash.Mix(StableHash.Mix(Template[57], traits[c - 2].Lower), traits[c - 1].Lower);
        // 'Empresas como Peloton, Thomson Reuters, Comscore y Triomics': a name in a list, next to a known company
        // across a comma or a conjunction, is likely one too.
        uint coordinated = 0;
        if (p >= 2 && traits[c - 1].Joins) coordinated |= marks[t - 2];
        if (t + 2 < sentence.EndToken && traits[c + 1].Joins) coordinated |= (uint)marks[t + 2] << 8;
        if (coordinated != 0) s[f++] = StableHash.Mix(StableHash.Mix(Template[58], coordinated), capital);
        // Company forms around the token: 'Grupo X', 'X Holdings', 'X S.A.' name companies no list holds.
        uint legalAhead = 0;
        for (int k = 1; k <= 3 && t + k < sentence.EndToken && legalAhead == 0; k++)
            if ((marks[t + k] & Marks.LegalForm) != 0 && (marks[t] & Marks.LegalForm) == 0) legalAhead = (uint)k;
        uint forms = self.Form | (uint)traits[c - 1].Form << 2 | (uint)traits[c + 1].Form << 4 | legalAhead << 6;
        if (forms != 0) s[f++] = StableHash.Mix(StableHash.Mix(Template[64], forms), capital);
        return f;
    }

    /// <summary>The most <see cref="PairFeatures"/> writes.</summary>
    public const int MaxPairFeatures = 10;

    // StableHash.Start of every template number, computed once.
    private static readonly uint[] Template = Enumerable.Range(0, 70).Select(StableHash.Start).ToArray();

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
