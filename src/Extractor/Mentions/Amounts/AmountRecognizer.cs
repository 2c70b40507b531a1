using Extractor.Lexicons;
using Extractor.Mentions.Numbers;
using Extractor.Mentions.Time;
using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Mentions.Amounts;

/// <summary>
/// MONEY, PERCENT and QUANTITY: a numeral with what follows or precedes it (currency, percent sign or words,
/// unit or counted noun). Approximators ('unos', 'más de') stay outside because spans start at the numeral;
/// ranges ('entre 10 y 20 millones de euros') give the bare end the scale, currency or unit of the other.
/// </summary>
internal sealed class AmountRecognizer : IMentionRecognizer
{
    private const decimal Million = 1_000_000m;
    private readonly NumeralParser _numerals;
    private readonly AmountLexicon _lexicon;

    private readonly PhraseTable<TimeUnit> _timeUnits;
    private readonly WordTable<bool> _starters;

    /// <param name="timeUnits">Units of time: a number before one is a DURATION, never a counted QUANTITY.</param>
    public AmountRecognizer(NumeralParser numerals, AmountLexicon lexicon, PhraseTable<TimeUnit> timeUnits)
    {
        _numerals = numerals;
        _lexicon = lexicon;
        _timeUnits = timeUnits;
        // The words an amount can begin with (numerals, vague heads, currency names and codes): any other word
        // is passed over with one look-up instead of three.
        _starters = new WordTable<bool>(numerals.Lexicon.Numerals.Words.Concat(numerals.Lexicon.Vague.Words)
            .Concat(lexicon.Currencies.FirstWords).Select(w => (w, true)));
    }

    public void Recognize(Document document, List<Entity> mentions)
    {
        var context = new Context(document, NumberConventionDetector.Detect(document), new Lazy<Dictionary<string, string?>>(() => SharedCurrencies(document)), mentions);
        int i = 0;
        while (i < document.Tokens.Length)
        {
            var token = document.Tokens[i];
            bool candidate = token.Kind switch
            {
                TokenKind.Number or TokenKind.AlphaNumeric or TokenKind.Symbol => true,
                TokenKind.Word or TokenKind.Abbreviation => _starters.Contains(document.TokenSpan(i)),
                _ => false,
            };
            i = candidate ? TryAt(context, i) ?? i + 1 : i + 1;
        }
    }

    // The country votes for shared names ('pesos') are counted only in articles that use one.
    private sealed record Context(Document Document, NumberConvention Convention, Lazy<Dictionary<string, string?>> SharedCodes, List<Entity> Found)
    {
        public string? CodeOf(Currency currency) =>
            currency.Code ?? (currency.SharedName is { } name ? SharedCodes.Value.GetValueOrDefault(name) : null);

        /// <summary>Where the last amount ended, so a range's bare end is never taken twice.</summary>
        public int LastEnd { get; set; }
    }

    /// <returns>The token after what was recognised, or null when nothing starts here.</returns>
    private int? TryAt(Context c, int i)
    {
        var doc = c.Document;
        // Currency sign or code before the number: 'US$ 45 millones', 'USD 200 millones', '€50'.
        if (_lexicon.Currencies.TryMatch(doc, i, out var before, out int afterSign) && before.Before
            && _numerals.TryParse(doc, afterSign, c.Convention, out var signed) && signed.Is(NumeralForm.Digits))
        {
            // 'de US$ 300 a US$ 400 millones': a bare first end waits for the second, which gives it its scale.
            if (!signed.Is(NumeralForm.Scaled) && IsRangeConnector(doc, signed.EndToken)) return signed.EndToken;
            return SafeArithmetic.TryMultiply(signed.Value, before.Scale, out var signedValue)
                ? Emit(c, EntityType.MONEY, i, signed.EndToken, signedValue, c.CodeOf(before), null, signed, before.Scale)
                : signed.EndToken;
        }

        if (!_numerals.TryParse(doc, i, c.Convention, out var numeral)) return null;
        int j = numeral.EndToken;

        // PERCENT: '4,00%', '12 por ciento', '0,25 puntos porcentuales', '50 puntos básicos'.
        // 'un punto porcentual' is one point; 'un 12%' is an article before the number.
        if (_lexicon.PercentUnits.TryMatch(doc, j, out var percentUnit, out int percentEnd) && (!numeral.Is(NumeralForm.LoneOne) || percentUnit != "%"))
        {
            int start = i;
            decimal value = numeral.Value;
            if (HasMinusSign(doc, i)) { start = i - 1; value = -value; }
            return Emit(c, EntityType.PERCENT, start, percentEnd, value, null, percentUnit, numeral, 1);
        }

        // MONEY with the currency after: '38.000 millones de dólares', '200 €', '1,200 mdp', '25 euros'.
        int k = j;
        bool takesDe = numeral.Is(NumeralForm.Scaled) || numeral.Is(NumeralForm.Vague);
        if (takesDe && doc.TokenIs(k, "de")) k++;
        if (_lexicon.Currencies.TryMatch(doc, k, out var after, out int currencyEnd) && after.After
            && !numeral.Is(NumeralForm.YearLike) && !numeral.Is(NumeralForm.LoneOne) && !numeral.Is(NumeralForm.LoneHalf))
            return SafeArithmetic.TryMultiply(numeral.Value, after.Scale, out var moneyValue)
                ? Emit(c, EntityType.MONEY, i, currencyEnd, moneyValue, c.CodeOf(after), null, numeral, after.Scale)
                : currencyEnd;

        if (numeral.Is(NumeralForm.YearLike) || numeral.Is(NumeralForm.LoneHalf)) return null;

        // QUANTITY: a unit or a counted noun, after 'de' when the numeral has a scale or is vague.
        if (TryUnit(doc, numeral, out var unit, out int unitEnd))
            return Emit(c, EntityType.QUANTITY, i, unitEnd, numeral.Value, null, unit, numeral, 1);

        // MONEY with no currency named: 'un acuerdo de 38.000 millones' — in financial news a figure in millions
        // that counts nothing is money.
        // So is a vague amount of millions that counts nothing: 'pérdidas de miles de millones'.
        if ((numeral.Is(NumeralForm.Scaled) && numeral.Scale >= Million) || (numeral.Is(NumeralForm.Vague) && numeral.Value >= Million))
            if (!doc.TokenIs(j, "de") || (j + 1 < doc.Tokens.Length && _lexicon.MoneyNouns.Contains(doc.TokenSpan(j + 1))))
                return Emit(c, EntityType.MONEY, i, j, numeral.Value, null, null, numeral, 1);

        return numeral.Is(NumeralForm.LoneOne) ? null : j;
    }

    private bool TryUnit(Document doc, Numeral numeral, out string unit, out int end)
    {
        unit = "";
        end = numeral.EndToken;
        int k = numeral.EndToken;
        bool takesDe = numeral.Is(NumeralForm.Scaled) || numeral.Is(NumeralForm.Vague);
        if (doc.TokenIs(k, "de"))
        {
            if (!takesDe) return false;
            k++;
        }
        if (_lexicon.Units.TryMatch(doc, k, out unit, out end)) return true;
        if (numeral.Is(NumeralForm.LoneOne)) return false;
        if (_lexicon.CountedNouns.TryMatch(doc, k, out unit, out end)) return true;
        if (k >= doc.Tokens.Length) return false;

        // 'nuevos empleos': the adjective belongs to the span, the noun is the unit.
        int noun = k;
        if (doc.TokenIs(noun, "nuevos") || doc.TokenIs(noun, "nuevas")) noun++;
        if (!IsCountedNoun(doc, noun, numeral)) return false;
        end = noun + 1;
        unit = doc.LowerTokenSpan(noun).ToString();
        if (end < doc.Tokens.Length && _lexicon.NounModifiers.Contains(doc.TokenSpan(end)))
        {
            unit = doc.Text[doc.Tokens[noun].Start..doc.Tokens[end].End];
            end++;
        }
        return true;
    }

    private bool IsCountedNoun(Document doc, int index, Numeral numeral)
    {
        if (index >= doc.Tokens.Length) return false;
        var token = doc.Tokens[index];
        if (token.Kind != TokenKind.Word) return false;
        var word = doc.TokenSpan(index);
        // Lower case, or a heading in capitals ('UNA PLANTILLA DE 104.000 PERSONAS').
        bool heading = word.Length > 1 && char.IsUpper(word[0]) && !word.ContainsAnyInRange('a', 'z') && IsHeadingLine(doc, index);
        if ((!char.IsLower(word[0]) && !heading) || _lexicon.NotCountedNouns.Contains(word) || _lexicon.MoneyNouns.Contains(word)
            || _timeUnits.TryMatch(doc, index, out _, out _)) return false;
        // A counted noun is plural ('1.200 empleados', 'un millón de clientes'); this keeps verbs and adjectives
        // out ('2025 fue', 'la Fórmula 1 atrae'). Units of measure ('1 gigavatio') come from the units table.
        return word[^1] == 's';
    }

    // A line without lower-case letters: a heading.
    private static bool IsHeadingLine(Document doc, int index)
    {
        var text = doc.Text;
        int start = text.LastIndexOf('\n', doc.Tokens[index].Start) + 1;
        int end = text.IndexOf('\n', doc.Tokens[index].Start);
        if (end < 0) end = text.Length;
        foreach (char c in text.AsSpan(start, end - start)) if (char.IsLower(c)) return false;
        return true;
    }

    private static bool HasMinusSign(Document doc, int i)
    {
        if (i == 0) return false;
        var sign = doc.Tokens[i - 1];
        if (sign.End != doc.Tokens[i].Start || doc.Text[sign.Start] is not ('-' or '−') || sign.Length != 1) return false;
        return sign.Start == 0 || char.IsWhiteSpace(doc.Text[sign.Start - 1]) || doc.Text[sign.Start - 1] == '(';
    }

    private int Emit(Context c, EntityType type, int firstToken, int endToken, decimal value, string? currency, string? unit, Numeral numeral, decimal currencyScale)
    {
        var doc = c.Document;
        EmitRangeStart(c, type, firstToken, value, currency, unit, numeral, currencyScale);
        int start = doc.Tokens[firstToken].Start, end = doc.Tokens[endToken - 1].End;
        c.Found.Add(new Entity(type, start, end, doc.Text[start..end]) { Number = value, Currency = currency, Unit = unit });
        c.LastEnd = end;
        return endToken;
    }

    // 'entre [15.000] y 25.000 millones de dólares', 'de [5] a 7 millones', 'entre el [30] y el 50%'.
    private void EmitRangeStart(Context c, EntityType type, int firstToken, decimal value, string? currency, string? unit, Numeral numeral, decimal currencyScale)
    {
        var doc = c.Document;
        int p = SkipDeterminerBack(doc, firstToken - 1);
        if (p < 1) return;
        bool between = doc.TokenIs(p, "y");
        bool fromTo = doc.TokenIs(p, "a") || doc.TokenIs(p, "al") || doc.TokenIs(p, "hasta");
        if (!between && !fromTo) return;
        int q = SkipDeterminerBack(doc, p - 1);
        for (int b = q; b >= Math.Max(0, q - 3); b--)
        {
            if (!_numerals.TryParse(doc, b, c.Convention, out var bare) || bare.EndToken != q + 1) continue;
            if (bare.Is(NumeralForm.Scaled) || bare.Is(NumeralForm.Vague) || bare.Is(NumeralForm.LoneOne) || bare.Is(NumeralForm.LoneHalf)) return;
            int spanStart = b;
            if (b > 0 && _lexicon.Currencies.TryMatch(doc, b - 1, out var sign, out int signEnd) && signEnd == b && sign.Before) spanStart = b - 1;
            int opener = SkipDeterminerBack(doc, spanStart - 1);
            bool opened = between
                ? doc.TokenIs(opener, "entre")
                : doc.TokenIs(opener, "de") || doc.TokenIs(opener, "del") || doc.TokenIs(opener, "desde");
            if (!opened || doc.Tokens[spanStart].Start < c.LastEnd) return;
            decimal bareValue = bare.Value;
            if (type != EntityType.PERCENT
                && !(SafeArithmetic.TryMultiply(numeral.Scale, currencyScale, out var rangeScale) && SafeArithmetic.TryMultiply(bare.Value, rangeScale, out bareValue)))
                return;
            int start = doc.Tokens[spanStart].Start, end = doc.Tokens[bare.EndToken - 1].End;
            c.Found.Add(new Entity(type, start, end, doc.Text[start..end]) { Number = bareValue, Currency = currency, Unit = unit });
            return;
        }
    }

    private static bool IsRangeConnector(Document doc, int index) =>
        doc.TokenIs(index, "a") || doc.TokenIs(index, "y") || doc.TokenIs(index, "hasta") || doc.TokenIs(index, "al");

    private static int SkipDeterminerBack(Document doc, int index) =>
        index >= 0 && (doc.TokenIs(index, "el") || doc.TokenIs(index, "la") || doc.TokenIs(index, "los") || doc.TokenIs(index, "las")
                       || doc.TokenIs(index, "un") || doc.TokenIs(index, "una"))
            ? index - 1
            : index;

    // For each shared currency name, the code of the country the article speaks of most; null on a tie or no cue.
    private Dictionary<string, string?> SharedCurrencies(Document document)
    {
        var votes = new Dictionary<(string Name, string Code), int>();
        for (int t = 0; t < document.Tokens.Length; t++)
        {
            if (document.Tokens[t].Kind != TokenKind.Word) continue;
            foreach (var (name, cues) in _lexicon.CurrencyContext)
                if (cues.TryGet(document.TokenSpan(t), out var code))
                    votes[(name, code)] = votes.GetValueOrDefault((name, code)) + 1;
        }
        var codes = new Dictionary<string, string?>();
        foreach (var name in _lexicon.CurrencyContext.Keys)
        {
            var ranked = votes.Where(v => v.Key.Name == name).OrderByDescending(v => v.Value).ToList();
            codes[name] = ranked.Count == 0 || (ranked.Count > 1 && ranked[0].Value == ranked[1].Value) ? null : ranked[0].Key.Code;
        }
        return codes;
    }
}
