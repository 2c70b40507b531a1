using System.Globalization;

namespace Extractor.Text;

/// <summary>
/// Splits Spanish news text into surface tokens (as Universal Dependencies counts them) with exact offsets.
/// Every non-space character belongs to exactly one token; tokens never overlap and come in order.
/// Immutable and safe to share across threads.
/// </summary>
internal sealed class Tokenizer
{
    private static readonly string[] TopLevelDomains =
        ["com", "es", "org", "net", "mx", "ar", "co", "cl", "pe", "br", "io", "ai", "eu", "gob", "info", "uk", "de", "fr", "it"];

    // Letters written straight before '$' that make one currency sign: US$ (dólar), R$ (real), MX$, HK$, NT$, C$, A$.
    private static readonly string[] DollarPrefixes = ["US", "R", "MX", "HK", "NT", "C", "A", "S"];

    /// <summary>
    /// Changes whenever the rules below split text differently. Learned models read features of these tokens, so
    /// their fingerprint includes it (with the abbreviation table) and a model tokenized otherwise is refused.
    /// </summary>
    public const string Version = "tokenizer-2026-12-2";

    private readonly Abbreviations _abbreviations;

    public Tokenizer(Abbreviations abbreviations) => _abbreviations = abbreviations;

    public static Tokenizer Default { get; } = new(Abbreviations.LoadDefault());

    public Abbreviations Abbreviations => _abbreviations;

    public Token[] Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, tokens);
        return tokens.ToArray();
    }

    public void Tokenize(string text, List<Token> tokens)
    {
        int n = text.Length;
        int i = 0;
        int chunkEnd = -1;
        bool chunkHasAt = false;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (i >= chunkEnd)
            {
                chunkEnd = i;
                chunkHasAt = false;
                while (chunkEnd < n && !char.IsWhiteSpace(text[chunkEnd]))
                {
                    if (text[chunkEnd] == '@') chunkHasAt = true;
                    chunkEnd++;
                }
            }

            int end;
            TokenKind kind;
            if (IsWordChar(c))
            {
                if (TryUrl(text, i, chunkEnd, out end)) kind = TokenKind.Url;
                else if (chunkHasAt && TryEmail(text, i, chunkEnd, out end)) kind = TokenKind.Email;
                else end = ScanWordLike(text, i, out kind);
            }
            else if ((c == '#' || c == '@') && i + 1 < n && IsWordChar(text[i + 1]))
            {
                end = i + 1;
                while (end < n && (IsWordChar(text[end]) || text[end] == '_')) end++;
                kind = c == '#' ? TokenKind.Hashtag : TokenKind.Handle;
            }
            else if (c == '.' || c == '-')
            {
                end = i + 1;
                while (end < n && text[end] == c) end++;
                kind = TokenKind.Punctuation;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
            {
                end = i + 2;
                kind = TokenKind.Symbol;
            }
            else
            {
                end = i + 1;
                kind = IsSymbol(c) ? TokenKind.Symbol : TokenKind.Punctuation;
                // A run of one repeated mark ('!!!', '****', 20 MB of '%') is one token, as runs of '.' and '-'
                // are: a token per character made symbol runs cost memory out of all proportion to their content.
                // Brackets and quotes stay one per token, since each opens or closes something.
                if (!OpensOrCloses(c))
                    while (end < n && text[end] == c) end++;
            }
            tokens.Add(new Token(i, end - i, kind));
            i = end;
        }
    }

    private int ScanWordLike(string text, int start, out TokenKind kind)
    {
        int n = text.Length;
        bool hasLetter = false, hasDigit = false;
        int j = ScanSegment(text, start, ref hasLetter, ref hasDigit);

        // "EE.UU.", "S.A.", "p.ej.": short letter groups each closed by a dot.
        if (!hasDigit && j - start <= 4 && j + 1 < n && text[j] == '.' && char.IsLetter(text[j + 1]))
        {
            int dotted = TryDottedAbbreviation(text, start, j);
            if (dotted > 0) { kind = TokenKind.Abbreviation; return dotted; }
        }

        while (j < n)
        {
            char ch = text[j];
            bool nextIsWordChar = j + 1 < n && IsWordChar(text[j + 1]);
            if (!nextIsWordChar) break;
            char prev = text[j - 1];
            char next = text[j + 1];
            bool join = ch switch
            {
                '-' or '\u2010' or '\u2011' => true,
                '\'' or '\u2019' or '`' => IsWordChar(prev),
                '.' or ',' or ':' => char.IsAsciiDigit(prev) && char.IsAsciiDigit(next),
                '/' => char.IsAsciiDigit(prev) && char.IsAsciiDigit(next),
                '&' => char.IsUpper(prev) && char.IsUpper(next),
                '_' => true,
                _ => false,
            };
            if (!join)
            {
                if (ch == '.' && IsDomainEnd(text, j + 1, out int domainEnd))
                {
                    kind = TokenKind.Url;
                    return domainEnd;
                }
                break;
            }
            j = ScanSegment(text, j + 1, ref hasLetter, ref hasDigit);
        }

        if (j < n)
        {
            char after = text[j];
            var word = text.AsSpan(start, j - start);
            if (after == '.' && !hasDigit)
            {
                bool initial = word.Length == 1 && char.IsUpper(word[0]);
                if (initial || _abbreviations.Contains(text.AsSpan(start, j - start + 1)))
                {
                    kind = TokenKind.Abbreviation;
                    return j + 1;
                }
            }
            else if (after == '$' && !hasDigit && IsDollarPrefix(word))
            {
                kind = TokenKind.Symbol;
                return j + 1;
            }
            else if (after == '€' && word is "M")
            {
                kind = TokenKind.Symbol;
                return j + 1;
            }
        }

        kind = hasDigit
            ? (hasLetter ? TokenKind.AlphaNumeric : TokenKind.Number)
            : TokenKind.Word;
        return j;
    }

    private static int ScanSegment(string text, int j, ref bool hasLetter, ref bool hasDigit)
    {
        int n = text.Length;
        while (j < n)
        {
            char ch = text[j];
            if (char.IsAsciiDigit(ch)) hasDigit = true;
            else if (IsWordChar(ch)) hasLetter = true;
            else break;
            j++;
        }
        return j;
    }

    /// <summary>Returns the end of a letter-dot abbreviation starting at <paramref name="start"/>, or 0.</summary>
    private static int TryDottedAbbreviation(string text, int start, int firstDot)
    {
        int n = text.Length;
        int j = firstDot;
        int dots = 0;
        while (j < n && text[j] == '.')
        {
            dots++;
            int k = j + 1;
            while (k < n && char.IsLetter(text[k])) k++;
            int groupLength = k - (j + 1);
            if (groupLength == 0) { j++; break; }
            if (groupLength > 4 || k >= n || text[k] != '.') return 0;
            j = k;
        }
        if (dots < 2 || text[j - 1] != '.') return 0;
        if (j < n && IsWordChar(text[j])) return 0;
        return j;
    }

    private static bool IsDomainEnd(string text, int from, out int end)
    {
        end = from;
        int n = text.Length;
        while (end < n && char.IsAsciiLetterLower(text[end])) end++;
        if (end < n && IsWordChar(text[end])) return false;
        var tld = text.AsSpan(from, end - from);
        foreach (var candidate in TopLevelDomains)
            if (tld.SequenceEqual(candidate)) return true;
        return false;
    }

    private static bool TryUrl(string text, int start, int chunkEnd, out int end)
    {
        end = start;
        if (text[start] is not ('h' or 'H' or 'w' or 'W')) return false;
        var rest = text.AsSpan(start, chunkEnd - start);
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
              || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4)))
            return false;
        end = chunkEnd;
        // Sentence punctuation and closing quotes after a URL belong to the sentence, not the URL.
        while (end > start + 4 && ".,;:!?)]}»\"'”’".Contains(text[end - 1])) end--;
        return true;
    }

    private static bool TryEmail(string text, int start, int chunkEnd, out int end)
    {
        end = start;
        int j = start;
        while (j < chunkEnd && (IsWordChar(text[j]) || text[j] is '.' or '_' or '+' or '-')) j++;
        if (j >= chunkEnd || text[j] != '@' || j == start) return false;
        int domainStart = j + 1;
        int k = domainStart;
        int dots = 0;
        while (k < chunkEnd && (IsWordChar(text[k]) || text[k] is '-' or '.'))
        {
            if (text[k] == '.') dots++;
            k++;
        }
        while (k > domainStart && text[k - 1] == '.') { k--; dots--; }
        if (dots < 1 || k <= domainStart) return false;
        end = k;
        return true;
    }

    private static bool IsDollarPrefix(ReadOnlySpan<char> word)
    {
        foreach (var prefix in DollarPrefixes)
            if (word.SequenceEqual(prefix)) return true;
        return false;
    }

    internal static bool IsWordChar(char c)
    {
        if (c < 128) return char.IsAsciiLetterOrDigit(c);
        if (char.IsLetterOrDigit(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool OpensOrCloses(char c) =>
        c is '(' or ')' or '[' or ']' or '{' or '}' or '«' or '»' or '"' or '\'' or '“' or '”' or '‘' or '’' or '¿' or '¡' or '<' or '>';

    private static bool IsSymbol(char c)
    {
        if (c is '%' or '‰' or '&' or '#' or '@' or '*' or '/' or '\\' or '§' or '°' or '+' or '=' or '<' or '>' or '|' or '~' or '^')
            return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.CurrencySymbol or UnicodeCategory.MathSymbol
            or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;
    }
}
