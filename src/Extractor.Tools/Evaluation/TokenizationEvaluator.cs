using Extractor.Text;

namespace Extractor.Evaluation;

/// <summary>
/// Scores tokenisation and sentence splitting against UD files. The sentences of a file are joined by single
/// spaces into one text, so the splitter has to find every boundary itself; gold token offsets come from
/// aligning each surface form with the <c># text</c> line.
/// </summary>
internal static class TokenizationEvaluator
{
    public static TokenizationScore Evaluate(string source, IReadOnlyList<ConlluSentence> sentences, TextAnalyzer analyzer)
    {
        var text = new System.Text.StringBuilder();
        var goldTokens = new HashSet<(int, int)>();
        var goldEnds = new HashSet<int>();
        var unaligned = new List<(int Start, int End)>();
        foreach (var sentence in sentences)
        {
            if (text.Length > 0) text.Append(' ');
            int offset = text.Length;
            text.Append(sentence.Text);
            var spans = Align(sentence);
            if (spans is null) { unaligned.Add((offset, text.Length)); continue; }
            foreach (var (s, e) in spans) goldTokens.Add((offset + s, offset + e));
            goldEnds.Add(offset + sentence.Text.TrimEnd().Length);
        }

        var document = analyzer.Analyze(text.ToString());
        int matchedTokens = document.Tokens.Count(t => goldTokens.Contains((t.Start, t.End)));
        int matchedEnds = document.Sentences.Count(s => goldEnds.Contains(s.End));
        // Sentences that could not be aligned are left out of both sides of the token count.
        int predictedTokens = document.Tokens.Length
            - document.Tokens.Count(t => unaligned.Any(u => t.Start >= u.Start && t.End <= u.End));
        return new TokenizationScore(source,
            goldTokens.Count, predictedTokens, matchedTokens,
            sentences.Count, document.Sentences.Length, matchedEnds, unaligned.Count)
        {
            Errors = DescribeErrors(document, goldTokens, goldEnds),
        };
    }

    private static List<string> DescribeErrors(Document document, HashSet<(int, int)> goldTokens, HashSet<int> goldEnds)
    {
        var errors = new List<string>();
        var text = document.Text;
        string Window(int at) => text.Substring(Math.Max(0, at - 40), Math.Min(text.Length, at + 40) - Math.Max(0, at - 40)).Replace('\n', ' ');
        foreach (var t in document.Tokens)
            if (!goldTokens.Contains((t.Start, t.End)))
                errors.Add($"token    [{t.Text(text)}] not gold   …{Window(t.Start)}…");
        var predictedEnds = document.Sentences.Select(s => s.End).ToHashSet();
        foreach (var end in predictedEnds.Except(goldEnds).Order())
            errors.Add($"sentence false break  …{Window(end)}…");
        foreach (var end in goldEnds.Except(predictedEnds).Order())
            errors.Add($"sentence missed break …{Window(end)}…");
        return errors;
    }

    /// <summary>Offsets of each surface token inside the sentence text, or null when the forms do not match the text.</summary>
    internal static List<(int Start, int End)>? Align(ConlluSentence sentence)
    {
        var spans = new List<(int, int)>(sentence.SurfaceTokens.Count);
        var text = sentence.Text;
        int position = 0;
        foreach (var form in sentence.SurfaceTokens)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position])) position++;
            if (string.CompareOrdinal(text, position, form, 0, form.Length) != 0) return null;
            spans.Add((position, position + form.Length));
            position += form.Length;
        }
        return spans;
    }
}
