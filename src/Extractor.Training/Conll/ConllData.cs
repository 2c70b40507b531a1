using Extractor.Mentions.Names;
using Extractor.Text;
using Extractor.Training.Sequences;

namespace Extractor.Training.Conll;

/// <summary>Reads CoNLL-2002 files (word TAG, blank line between sentences) and turns them into labelled sentences.</summary>
internal static class ConllData
{
    public static List<ConllSentence> Read(string path)
    {
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        foreach (var line in File.ReadLines(path).Append(""))
        {
            if (line.Trim().Length == 0)
            {
                if (tokens.Count > 0) sentences.Add(new ConllSentence([.. tokens], [.. tags]));
                tokens.Clear();
                tags.Clear();
                continue;
            }
            var parts = line.Split(' ');
            tokens.Add(parts[0]);
            tags.Add(Normalize(parts[^1], tags.Count > 0 ? tags[^1] : "O"));
        }
        return sentences;
    }

    // IOB1-style 'I-X' that starts a chunk becomes 'B-X', as conlleval reads it.
    private static string Normalize(string tag, string previous) =>
        tag.StartsWith("I-", StringComparison.Ordinal) && previous[Math.Min(2, previous.Length)..] != tag[2..] ? "B-" + tag[2..] : tag;

    /// <summary>Each CoNLL sentence becomes a one-sentence document whose tokens are exactly the given words.</summary>
    public static LabeledSentence ToLabeled(ConllSentence sentence, BioLabels labels, Tokenizer tokenizer)
    {
        var text = string.Join(' ', sentence.Tokens);
        var tokens = new Token[sentence.Tokens.Length];
        int offset = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var word = sentence.Tokens[i];
            var own = tokenizer.Tokenize(word);
            var kind = own.Length == 1 ? own[0].Kind : own.Length == 0 ? TokenKind.Symbol : TokenKind.Word;
            tokens[i] = new Token(offset, word.Length, kind);
            offset += word.Length + 1;
        }
        var document = new Document(text, tokens, [new Sentence(0, tokens.Length, 0, text.Length)]);
        var gold = sentence.Tags.Select(t => Math.Max(0, labels.IndexOf(t))).ToArray();
        return new LabeledSentence(document, document.Sentences[0], gold);
    }
}
