namespace Extractor.Text;

/// <summary>Text to tokens to sentences: the first stage of the pipeline.</summary>
internal sealed class TextAnalyzer
{
    public TextAnalyzer(Tokenizer tokenizer, SentenceSplitter splitter)
    {
        Tokenizer = tokenizer;
        Splitter = splitter;
    }

    public static TextAnalyzer Default { get; } =
        new(Tokenizer.Default, new SentenceSplitter(Tokenizer.Default.Abbreviations));

    public Tokenizer Tokenizer { get; }
    public SentenceSplitter Splitter { get; }

    public Document Analyze(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return new Document(text, tokens, Splitter.Split(text, tokens));
    }
}
