using Extractor.Text;

namespace Extractor.Mentions.Names;

/// <summary>
/// The features of each token of a sentence, as hashed slots of a linear model: words and their shapes in a
/// window of two, affixes, capitalisation and position, word bigrams, and membership of the gazetteers
/// (company names, names that are not companies, given names). Every token gets <see cref="PerToken"/> slots.
/// </summary>
public sealed class NameFeatures
{
    public const int PerToken = 64;

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
            if (_gazetteers.GivenNames.Contains(document.TokenSpan(t))) marks[t] |= Marks.GivenName;
        return marks;
    }

    internal static class Marks
    {
        public const byte CompanyBegin = 1, CompanyInside = 2, NotCompanyBegin = 4, NotCompanyInside = 8, GivenName = 16;
    }

    /// <summary>Fills <paramref name="slots"/> (PerToken per token of the sentence) with feature hashes; unused slots are 0.</summary>
    public void Extract(Document document, Sentence sentence, byte[] marks, Span<uint> slots)
    {
        int n = sentence.TokenCount;
        slots[..(n * PerToken)].Clear();
        Span<char> buffer = stackalloc char[22];
        for (int p = 0; p < n; p++)
        {
            int t = sentence.FirstToken + p;
            var s = slots.Slice(p * PerToken, PerToken);
            int f = 0;
            var w = document.TokenSpan(t);
            s[f++] = StableHash.Start(1);                                   // bias
            s[f++] = StableHash.Add(StableHash.Start(2), w, lower: true);  // word
            s[f++] = StableHash.Add(StableHash.Start(3), w, lower: false); // word as written
            s[f++] = Shape(4, w);
            for (int k = 1; k <= 4 && k <= w.Length; k++)
            {
                s[f++] = StableHash.Add(StableHash.Start(10 + k), w[..k], lower: true);
                s[f++] = StableHash.Add(StableHash.Start(20 + k), w[^k..], lower: true);
            }
            s[f++] = Word(document, sentence, t - 1, 30);
            s[f++] = Word(document, sentence, t + 1, 31);
            s[f++] = Word(document, sentence, t - 2, 32);
            s[f++] = Word(document, sentence, t + 2, 33);
            s[f++] = ShapeAt(document, sentence, t - 1, 34);
            s[f++] = ShapeAt(document, sentence, t + 1, 35);
            s[f++] = StableHash.Add(StableHash.Add(StableHash.Start(36), PreviousWord(document, sentence, t), lower: true), w, lower: true);
            s[f++] = StableHash.Add(StableHash.Add(StableHash.Start(37), w, lower: true), NextWord(document, sentence, t), lower: true);
            s[f++] = StableHash.Mix(StableHash.Mix(StableHash.Start(38), ShapeCode(document, sentence, t - 1)), ShapeCode(document, sentence, t));
            s[f++] = StableHash.Mix(StableHash.Mix(StableHash.Start(39), ShapeCode(document, sentence, t)), ShapeCode(document, sentence, t + 1));
            s[f++] = StableHash.Mix(StableHash.Start(40), (uint)(p == 0 ? 1 : 0) | (uint)(char.IsUpper(w[0]) ? 2 : 0));
            s[f++] = StableHash.Mix(StableHash.Start(41), marks[t]);
            s[f++] = StableHash.Mix(StableHash.Start(42), t > sentence.FirstToken ? marks[t - 1] : 255u);
            s[f++] = StableHash.Mix(StableHash.Start(43), t + 1 < sentence.EndToken ? marks[t + 1] : 255u);
            s[f++] = StableHash.Mix(StableHash.Mix(StableHash.Start(44), marks[t]), ShapeCode(document, sentence, t));
            s[f++] = StableHash.Mix(StableHash.Start(45), (uint)document.Tokens[t].Kind);
            s[f++] = StableHash.Mix(StableHash.Mix(StableHash.Start(46), (uint)Math.Min(w.Length, 12)), ShapeCode(document, sentence, t));
            bool capital = char.IsUpper(w[0]);
            bool seenLower = _gazetteers.LowercaseWords.Contains(w);
            s[f++] = StableHash.Mix(StableHash.Start(47), (uint)(capital ? 1 : 0) | (uint)(seenLower ? 2 : 0) | (uint)(p == 0 ? 4 : 0));
            s[f++] = ShapeAt(document, sentence, t - 2, 48);
            s[f++] = ShapeAt(document, sentence, t + 2, 49);
            s[f++] = Suffix(document, sentence, t - 1, 50);
            s[f++] = Suffix(document, sentence, t + 1, 51);
            s[f++] = StableHash.Add(StableHash.Mix(StableHash.Start(52), ShapeCode(document, sentence, t)), PreviousWord(document, sentence, t), lower: true);
            s[f++] = StableHash.Add(StableHash.Mix(StableHash.Start(53), ShapeCode(document, sentence, t)), NextWord(document, sentence, t), lower: true);
            s[f++] = StableHash.Mix(StableHash.Start(54), QuoteParity(document, sentence, t));
            s[f++] = Word(document, sentence, t - 3, 55);
            s[f++] = Word(document, sentence, t + 3, 56);
            s[f++] = StableHash.Add(StableHash.Add(StableHash.Start(57), PreviousWord(document, sentence, t - 1), lower: true), PreviousWord(document, sentence, t), lower: true);
            // Character trigrams of the word: shared pieces of names never seen whole ('-ción', 'Telef', 'ínez').
            var padded = buffer[..(Math.Min(w.Length, 20) + 2)];
            padded[0] = '^';
            for (int k = 0; k < padded.Length - 2; k++) padded[k + 1] = char.ToLowerInvariant(w[k]);
            padded[^1] = '$';
            for (int k = 0; k + 3 <= padded.Length && f < PerToken; k++)
                s[f++] = StableHash.Add(StableHash.Start(60), padded.Slice(k, 3), lower: false);
        }
    }

    private static uint Word(Document d, Sentence s, int t, int template) =>
        t < s.FirstToken ? StableHash.Start(template + 100) : t >= s.EndToken ? StableHash.Start(template + 200)
        : StableHash.Add(StableHash.Start(template), d.TokenSpan(t), lower: true);

    private static uint Suffix(Document d, Sentence s, int t, int template)
    {
        if (t < s.FirstToken || t >= s.EndToken) return StableHash.Start(template + 100);
        var w = d.TokenSpan(t);
        return StableHash.Add(StableHash.Start(template), w[Math.Max(0, w.Length - 3)..], lower: true);
    }

    // Inside quotation marks titles and works (MISC) are common: odd count of quotes before the token.
    private static uint QuoteParity(Document d, Sentence s, int t)
    {
        int quotes = 0;
        for (int k = s.FirstToken; k < t; k++)
            if (d.Tokens[k].Kind == TokenKind.Punctuation && d.Text[d.Tokens[k].Start] is '"' or '«' or '»' or '“' or '”') quotes++;
        return (uint)(quotes & 1);
    }

    private static ReadOnlySpan<char> PreviousWord(Document d, Sentence s, int t) =>
        t > s.FirstToken && t <= s.EndToken ? d.TokenSpan(t - 1) : "<s>";

    private static ReadOnlySpan<char> NextWord(Document d, Sentence s, int t) => t + 1 < s.EndToken ? d.TokenSpan(t + 1) : "</s>";

    private static uint ShapeAt(Document d, Sentence s, int t, int template) =>
        t < s.FirstToken || t >= s.EndToken ? StableHash.Start(template + 100) : Shape(template, d.TokenSpan(t));

    private static uint ShapeCode(Document d, Sentence s, int t) =>
        t < s.FirstToken || t >= s.EndToken ? 0u : Shape(0, d.TokenSpan(t));

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
