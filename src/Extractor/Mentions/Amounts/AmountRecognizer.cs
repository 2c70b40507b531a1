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
            int? next = candidate ? TryAt(context, i) : null;
            // A figure the numeral parser refuses (more digits than any amount has) leaves no amount at all: its
            // scale words must not be read on their own as a vague 'millones de euros' worth one million.
            if (next is null && token.Kind == TokenKind.Number && !_numerals.TryParse(document, i, context.Convention, out _))
                next = AfterScaleWords(document, i + 1);
            i = next ?? i + 1;
        }
    }

    // 'millones', 'miles de millones': the vague heads right after a position, and the 'de' that joins them.
    private int AfterScaleWords(Document document, int i)
    {
        var vague = _numerals.Lexicon.Vague;
        while (i < document.Tokens.Length)
        {
            if (vague.TryGet(document.TokenSpan(i), out _)) i++;
            else if (document.TokenIs(i, "de") && i + 1 < document.Tokens.Length && vague.TryGet(document.TokenSpan(i + 1), out _)) i += 2;
            else break;
        }
        return i;
    }

    // The country votes for shared names ('pesos') are counted only in articles that use one.
    private sealed record Context(Document Document, NumberConvention Convention, Lazy<Dictionary<string, string?>> SharedCodes, List<Entity> Found)
    {
        public string? CodeOf(Currency currency) =>
            currency.Code ?? (currency.SharedName is { } name ? SharedCodes.Value.GetValueOrDefault(name) : null) ?? currency.Fallback;

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
            if (!signed.Is(NumeralForm.Scaled) && IsRangeConnector(doc, signed.EndToken) && ScaledEndFollows(c, signed.EndToken + 1)) return signed.EndToken;
            // 'S/.3,6 soles': the currency named again after the number belongs to the span.
            int signedEnd = signed.EndToken;
            int named = signed.Is(NumeralForm.Scaled) && doc.TokenIs(signedEnd, "de") ? signedEnd + 1 : signedEnd;
            if (_lexicon.Currencies.TryMatch(doc, named, out var again, out int againEnd) && again.After && again.Scale == 1) signedEnd = againEnd;
            return SafeArithmetic.TryMultiply(signed.Value, before.Scale, out var signedValue)
                ? Emit(c, EntityType.MONEY, i, signedEnd, signedValue, c.CodeOf(before), null, signed, before.Scale)
                : signed.EndToken;
        }

        if (!_numerals.TryParse(doc, i, c.Convention, out var numeral)) return TryUnitAttached(c, i);
        int j = numeral.EndToken;

        // 'obleas de 300 mm': lower-case 'mm' after a bare number is millimetres; it means millions only with a
        // currency ('US$ 1.200 mm', '1.200 mm de dólares').
        if (numeral.Is(NumeralForm.Digits) && numeral.Scale == Million && doc.TokenSpan(j - 1).SequenceEqual("mm")
            && !_lexicon.Currencies.TryMatch(doc, doc.TokenIs(j, "de") ? j + 1 : j, out _, out _))
            return Emit(c, EntityType.QUANTITY, i, j, numeral.Value / Million, null, "mm", numeral, 1);

        // PERCENT: '4,00%', '12 por ciento', '0,25 puntos porcentuales', '50 puntos básicos'.
        // 'un punto porcentual' is one point; 'un 12%' is an article before the number.
        if (_lexicon.PercentUnits.TryMatch(doc, j, out var percentUnit, out int percentEnd) && (!numeral.Is(NumeralForm.LoneOne) || percentUnit != "%"))
            // The guide keeps a sign outside the span with the value positive ('(-[2,1 %])'): the sign says the
            // direction of a move, which the words around it say too.
            return Emit(c, EntityType.PERCENT, i, percentEnd, numeral.Value, null, percentUnit, numeral, 1);

        // MONEY with the currency after: '38.000 millones de dólares', '200 €', '1,200 mdp', '25 euros'.
        int k = j;
        bool takesDe = numeral.Is(NumeralForm.Scaled) || numeral.Is(NumeralForm.Vague);
        if (takesDe && doc.TokenIs(k, "de")) k++;
        if (_lexicon.Currencies.TryMatch(doc, k, out var after, out int currencyEnd) && after.After
            && !numeral.Is(NumeralForm.YearLike) && !numeral.Is(NumeralForm.LoneOne) && !numeral.Is(NumeralForm.LoneHalf))
        {
            if (!SafeArithmetic.TryMultiply(numeral.Value, after.Scale, out var moneyValue)) return currencyEnd;
            // '15 dólares con 50', 'siete dólares con setenta y un centavos': the cents after 'con' belong to the amount.
            if (after.Scale == 1 && !numeral.Is(NumeralForm.Scaled) && Cents(c, currencyEnd, out var cents, out int centsEnd))
            {
                moneyValue += cents;
                currencyEnd = centsEnd;
            }
            return Emit(c, EntityType.MONEY, i, currencyEnd, moneyValue, c.CodeOf(after), null, numeral, after.Scale);
        }

        if (numeral.Is(NumeralForm.YearLike) || numeral.Is(NumeralForm.LoneHalf)) return null;

        // QUANTITY: a unit or a counted noun, after 'de' when the numeral has a scale or is vague.
        if (TryUnit(doc, numeral, out var unit, out int unitEnd))
        {
            // 'los dos grupos', 'estos tres bancos': a small count in words after a definite article or a
            // demonstrative points back at things already named; it does not count them.
            if (numeral.Is(NumeralForm.Words) && !numeral.Is(NumeralForm.Scaled) && numeral.Value is >= 2 and <= 10 && IsAnaphoricDeterminer(doc, i - 1))
                return j;
            if (unit == "unidades" && !numeral.Is(NumeralForm.Words))
            {
                // A level in 'unidades' is an index's points in a market report, and a bare exchange rate
                // ('el sol cerró en 3,195 unidades') is no entity at all.
                var market = MarketSense(doc, i);
                if (market == "index") unit = "puntos";
                else if (market == "rate") return unitEnd;
            }
            return Emit(c, EntityType.QUANTITY, i, unitEnd, numeral.Value, null, unit, numeral, 1);
        }

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

    // 'un chip de 7nm', 'a 2,2GHz': digits and a unit written as one token.
    private int? TryUnitAttached(Context c, int i)
    {
        var doc = c.Document;
        if (doc.Tokens[i].Kind != TokenKind.AlphaNumeric) return null;
        var span = doc.TokenSpan(i);
        int digits = 0;
        while (digits < span.Length && (char.IsAsciiDigit(span[digits]) || span[digits] is '.' or ',')) digits++;
        if (digits == 0 || digits == span.Length || !char.IsAsciiDigit(span[digits - 1])) return null;
        if (!_lexicon.UnitWords.TryGet(span[digits..], out var unit) || !DigitNumber.TryParse(span[..digits], c.Convention, out var value)) return null;
        int start = doc.Tokens[i].Start, end = doc.Tokens[i].End;
        c.Found.Add(new Entity(EntityType.QUANTITY, start, end, doc.Text[start..end]) { Number = value, Unit = unit });
        c.LastEnd = end;
        return i + 1;
    }

    private static bool IsAnaphoricDeterminer(Document doc, int index) =>
        index >= 0 && (doc.TokenIs(index, "los") || doc.TokenIs(index, "las") || doc.TokenIs(index, "estos") || doc.TokenIs(index, "estas")
                       || doc.TokenIs(index, "esos") || doc.TokenIs(index, "esas") || doc.TokenIs(index, "aquellos") || doc.TokenIs(index, "aquellas"));

    // 'index' when the sentence of the token names a stock index, else 'rate' when it speaks of currencies, else
    // what the sentence before says of an index ('El IPC cerró en… Había tocado 68.300 unidades').
    private string? MarketSense(Document doc, int index)
    {
        int start = doc.Tokens[index].Start;
        int at = Array.FindIndex(doc.Sentences, s => s.Start <= start && start < s.End);
        if (at < 0) return null;
        var own = MarketWordsIn(doc, doc.Sentences[at]);
        if (own is not null || at == 0) return own;
        return MarketWordsIn(doc, doc.Sentences[at - 1]) == "index" ? "index" : null;
    }

    private string? MarketWordsIn(Document doc, Sentence sentence)
    {
        bool rate = false;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            if (_lexicon.MarketWords.TryGet(doc.TokenSpan(t), out var kind))
            {
                if (kind == "index") return kind;
                rate = true;
            }
        return rate ? "rate" : null;
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
        // A final stressed '-és' is a singular ('francés', 'inglés'), not a plural.
        return word[^1] == 's' && !word.EndsWith("és", StringComparison.OrdinalIgnoreCase);
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

    // 'con 50', 'con setenta y un centavos' after a whole amount: a number of cents below 100.
    private bool Cents(Context c, int index, out decimal cents, out int end)
    {
        cents = 0;
        end = index;
        var doc = c.Document;
        if (!doc.TokenIs(index, "con") || !_numerals.TryParse(doc, index + 1, c.Convention, out var n)) return false;
        if (n.Is(NumeralForm.Scaled) || n.Is(NumeralForm.Vague) || n.Value != decimal.Truncate(n.Value) || n.Value is < 1 or > 99) return false;
        end = n.EndToken;
        bool named = false;
        if (doc.TokenIs(end, "centavos") || doc.TokenIs(end, "céntimos") || doc.TokenIs(end, "centavo") || doc.TokenIs(end, "céntimo")) { end++; named = true; }
        // Bare digits after 'con' are cents only when two digits are written ('con 50'); a lone word needs its noun.
        if (!named && (doc.Tokens[index + 1].Kind != TokenKind.Number || doc.Tokens[index + 1].Length != 2)) return false;
        cents = n.Value / 100;
        return true;
    }

    // Whether the other end of a range that starts at index (after 'a', 'y', 'hasta') carries a scale of its own.
    private bool ScaledEndFollows(Context c, int index)
    {
        var doc = c.Document;
        index = SkipDeterminerForward(doc, index);
        if (_lexicon.Currencies.TryMatch(doc, index, out var sign, out int afterSign) && sign.Before) index = afterSign;
        return _numerals.TryParse(doc, index, c.Convention, out var other) && other.Is(NumeralForm.Scaled);
    }

    private static int SkipDeterminerForward(Document doc, int index) =>
        doc.TokenIs(index, "el") || doc.TokenIs(index, "la") || doc.TokenIs(index, "los") || doc.TokenIs(index, "las") ? index + 1 : index;

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
