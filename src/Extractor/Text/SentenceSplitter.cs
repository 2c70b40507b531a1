namespace Extractor.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at a line break, or at terminal punctuation (with any closing
/// quotes or brackets after it) followed by something that can open a sentence. Abbreviations keep their dot inside
/// the token, so they do not end sentences unless a capitalised word follows a non-title abbreviation (<c>EE.UU. El</c>).
/// </summary>
internal sealed class SentenceSplitter
{
    /// <summary>
    /// A run without sentence breaks (20 MB of symbols, a table dumped as one line) is cut into pieces of this
    /// many tokens: the name model holds a few hundred bytes per token of the sentence it labels, so an endless
    /// sentence would cost memory in proportion to the whole article. Real Spanish sentences stay far below.
    /// </summary>
    public const int MaxTokens = 512;

    private readonly Abbreviations _abbreviations;

    public SentenceSplitter(Abbreviations abbreviations) => _abbreviations = abbreviations;

    public Sentence[] Split(string text, ReadOnlySpan<Token> tokens)
    {
        var sentences = new List<Sentence>(tokens.Length / 20 + 1);
        int first = 0;
        for (int t = 0; t < tokens.Length; t++)
        {
            int last = t;
            bool end = false;
            if (IsTerminal(text, tokens[t]))
            {
                while (last + 1 < tokens.Length && last + 1 - first < MaxTokens && IsCloser(text, tokens[last], tokens[last + 1]))
                    last++;
                end = last + 1 >= tokens.Length
                      || LineBreakBetween(text, tokens[last], tokens[last + 1])
                      || CanOpenSentence(text, tokens[last + 1]);
            }
            else if (tokens[t].Kind == TokenKind.Abbreviation && t + 1 < tokens.Length)
            {
                var abbreviation = tokens[t].Span(text);
                end = LineBreakBetween(text, tokens[t], tokens[t + 1])
                      || (!_abbreviations.IsTitle(abbreviation) && !IsInitial(abbreviation)
                          && StartsWithUpperWord(text, tokens[t + 1]) && text[tokens[t].End] != '\u00a0');
            }
            else if (t + 1 < tokens.Length)
            {
                end = LineBreakBetween(text, tokens[t], tokens[t + 1]);
            }
            else
            {
                end = true;
            }

            if (end || last + 1 >= tokens.Length || last + 1 - first >= MaxTokens)
            {
                sentences.Add(new Sentence(first, last + 1, tokens[first].Start, tokens[last].End));
                first = last + 1;
                t = last;
            }
        }
        return sentences.ToArray();
    }

    private static bool IsTerminal(string text, Token token)
    {
        if (token.Kind != TokenKind.Punctuation) return false;
        char c = text[token.Start];
        return c is '.' or '?' or '!' or '…';
    }

    // Straight quotes open and close alike: after terminal punctuation one closes only when it touches it
    // ("…seguro." dijo) and opens the next sentence when a space comes first (… Chávez. "El pueblo…).
    private static bool IsCloser(string text, Token previous, Token token)
    {
        if (token.Kind != TokenKind.Punctuation || token.Length != 1) return false;
        char c = text[token.Start];
        bool touches = token.Start == previous.End;
        return c switch
        {
            '»' or '”' or '’' or ')' or ']' => touches || !LineBreakBetween(text, previous, token),
            '"' or '\'' => touches,
            _ => false,
        };
    }

    private static bool CanOpenSentence(string text, Token token)
    {
        char c = text[token.Start];
        if (char.IsUpper(c) || char.IsAsciiDigit(c)) return true;
        return c is '¿' or '¡' or '«' or '“' or '"' or '(' or '—' or '–' or '\'' or '‘' or '[';
    }

    private static bool StartsWithUpperWord(string text, Token token) =>
        token.Kind is TokenKind.Word && char.IsUpper(text[token.Start]);

    private static bool IsInitial(ReadOnlySpan<char> abbreviation) =>
        abbreviation.Length == 2 && char.IsUpper(abbreviation[0]);

    private static bool LineBreakBetween(string text, Token left, Token right)
    {
        for (int i = left.End; i < right.Start; i++)
            if (text[i] is '\n' or '\r' or '\u2029') return true;
        return false;
    }
}
