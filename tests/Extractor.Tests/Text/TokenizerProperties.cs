using CsCheck;
using Extractor.Pipeline;
using Extractor.Text;

namespace Extractor.Tests.Text;

/// <summary>Invariants of the first stages, checked on random strings built from the characters news text uses.</summary>
public class TokenizerProperties
{
    private const string Alphabet =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZáéíóúñÁÉÍÓÚÑüç0123456789 \n\t.,;:%€$£¥-—–'\"«»“”¿?¡!()[]@#/&+_`’\u00a0\r\u2029\ud83d\ude00\ud83d";

    internal static readonly Gen<string> NewsLikeStrings = Gen.OneOf(
        Gen.String[Gen.Char[Alphabet], 0, 120],
        Gen.String,
        Gen.Select(Gen.Int[0, 9].Array[1, 12], Gen.Char[".,%$ "].Array[1, 12],
            (digits, seps) => string.Concat(digits.Zip(seps, (d, s) => $"{d}{s}"))));

    [Fact]
    public void Tokens_are_ordered_disjoint_and_cover_every_non_space_character()
    {
        NewsLikeStrings.Sample(text =>
        {
            var tokens = Tokenizer.Default.Tokenize(text);
            var covered = new bool[text.Length];
            int previousEnd = 0;
            foreach (var token in tokens)
            {
                Assert.True(token.Length > 0);
                Assert.True(token.Start >= previousEnd, "tokens overlap or go backwards");
                Assert.Equal(token.Text(text), text.Substring(token.Start, token.Length));
                for (int i = token.Start; i < token.End; i++) covered[i] = true;
                previousEnd = token.End;
            }
            for (int i = 0; i < text.Length; i++)
                Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"character {i} ({(int)text[i]:X4}) lost");
            for (int i = 0; i < tokens.Length; i++)
            {
                Assert.False(char.IsWhiteSpace(text[tokens[i].Start]));
                Assert.False(char.IsWhiteSpace(text[tokens[i].End - 1]));
            }
        }, iter: 20_000);
    }

    [Fact]
    public void Sentences_partition_the_tokens_in_order()
    {
        NewsLikeStrings.Sample(text =>
        {
            var document = TextAnalyzer.Default.Analyze(text);
            int next = 0;
            foreach (var sentence in document.Sentences)
            {
                Assert.Equal(next, sentence.FirstToken);
                Assert.True(sentence.EndToken > sentence.FirstToken);
                Assert.Equal(document.Tokens[sentence.FirstToken].Start, sentence.Start);
                Assert.Equal(document.Tokens[sentence.EndToken - 1].End, sentence.End);
                next = sentence.EndToken;
            }
            Assert.Equal(document.Tokens.Length, next);
        }, iter: 10_000);
    }

    /// <summary>Numbers no article means: forty digits, chains of scale words. They must be refused, not overflow.</summary>
    [Fact]
    public void Absurd_amounts_are_refused_without_overflow()
    {
        var extractor = SpanishFinancialExtractor.LoadDefault();
        var words = Gen.OneOf(Gen.Const("mil"), Gen.Const("millones"), Gen.Const("billones"), Gen.Const("de"), Gen.Const("miles"), Gen.Const("millardos"),
            Gen.Const("dólares"), Gen.Const("años"), Gen.Const("%"), Gen.Const("M€"), Gen.Const("US$"), Gen.Const("y medio"));
        var digits = Gen.Char['0', '9'].Array[1, 60].Select(d => new string(d));
        Gen.Select(digits, words.Array[0, 12], (number, tail) => number + " " + string.Join(' ', tail)).Sample(text =>
        {
            foreach (var entity in extractor.ExtractEntities(text))
                Assert.Equal(entity.Text, text[entity.Start..entity.End]);
        }, iter: 3_000);
        // The 23-digit figure times 10^24 is refused; what remains ('billones de dólares') is read on its own.
        Assert.DoesNotContain(extractor.ExtractEntities("99999999999999999999999 billones de billones de dólares"), e => e.Start == 0);
    }

    [Fact]
    public void The_extractor_never_throws_and_its_entities_round_trip()
    {
        var extractor = SpanishFinancialExtractor.LoadDefault();
        NewsLikeStrings.Sample(text =>
        {
            var record = extractor.Extract(text, "random");
            Assert.Equal(text.Length, record.Chars);
            int previousEnd = -1;
            foreach (var entity in record.Entities)
            {
                Assert.Equal(entity.Text, text.Substring(entity.Start, entity.End - entity.Start));
                Assert.True(entity.Start >= previousEnd, "entities overlap or are unsorted");
                Assert.False(char.IsWhiteSpace(entity.Text[0]) || char.IsWhiteSpace(entity.Text[^1]));
                previousEnd = entity.End;
            }
        }, iter: 5_000);
    }
}
