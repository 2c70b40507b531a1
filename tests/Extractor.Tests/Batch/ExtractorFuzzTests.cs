using System.Globalization;
using System.Text;
using CsCheck;
using Extractor.Batch;
using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Tests.Support;

namespace Extractor.Tests.Batch;

/// <summary>
/// Fuzzing: random and mutated inputs through the whole article path (decode, HTML, JSON line, extraction,
/// JSON record). Whatever the input, nothing throws, nothing hangs, and every record invariant of SCHEMA.md
/// holds. CI runs <see cref="DefaultIterations"/> inputs per test; the dedicated run sets
/// <c>EXTRACTOR_FUZZ_ITERATIONS=100000</c> (see the README).
/// </summary>
public class ExtractorFuzzTests
{
    private const int DefaultIterations = 2_000;
    private static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(30);

    private static readonly Lazy<ArticleProcessor> Processor = new(() => new ArticleProcessor(SpanishFinancialExtractor.LoadDefault(), includeText: true));

    private static readonly string[] Articles = CorpusCopies.TrainingArticles.Select(File.ReadAllText).ToArray();

    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("EXTRACTOR_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0
            ? n
            : DefaultIterations;

    private const string Pieces = "0123456789 .,%€$-()[]{}«»\"'¿?¡!\n\t";

    private static readonly string[] Fragments =
    [
        " millones de euros", " mil millones de dólares", "%", " puntos básicos", " de enero de 2025", " trimestre",
        " años", " Nvidia H100", " Banco Santander", " S.A.", " 1.234.567,89", " 3,5", " el 40 por ciento", "\n\n",
    ];

    /// <summary>A corpus article with a few random edits: cut, duplicate, insert noise or a fragment, replace a char.</summary>
    private static readonly Gen<string> MutatedArticles =
        Gen.Select(Gen.Int[0, Articles.Length - 1], Gen.Int, Gen.Int[1, 8], (index, seed, edits) => Mutate(Articles[index], seed, edits));

    private static readonly string[] Separators = ["", ".", ",", " "];
    private static readonly string[] Tails = ["", " millones de euros", "%", " €"];

    /// <summary>Numbers of up to 5,000 digits, with or without thousands separators, alone or as an amount.</summary>
    private static readonly Gen<string> LongNumbers =
        Gen.Select(Gen.Int[1, 5_000], Gen.Int, Gen.Int[0, Separators.Length - 1], Gen.Int[0, Tails.Length - 1], (length, seed, separator, tail) =>
        {
            var random = new Random(seed);
            var text = new StringBuilder("Repsol ganó ");
            for (int i = 0; i < length; i++)
            {
                text.Append((char)('0' + random.Next(10)));
                if (i % 3 == 2 && i < length - 1) text.Append(Separators[separator]);
            }
            return text.Append(Tails[tail]).ToString();
        });

    private static readonly Gen<string> NestedBrackets =
        Gen.Select(Gen.Int[1, 2_000], Gen.String["([{«\"'¿¡"], Gen.Bool, (depth, openers, balanced) =>
        {
            if (openers.Length == 0) openers = "(";
            var text = new StringBuilder();
            for (int i = 0; i < depth; i++) text.Append(openers[i % openers.Length]);
            text.Append("12,5 millones de euros");
            if (balanced)
                for (int i = depth - 1; i >= 0; i--) text.Append(openers[i % openers.Length] switch { '(' => ')', '[' => ']', '{' => '}', '«' => '»', '¿' => '?', '¡' => '!', var c => c });
            return text.ToString();
        });

    private static readonly Gen<string> Inputs = Gen.Frequency(
        (4, MutatedArticles),
        (2, Gen.String),
        (2, Gen.String[Gen.Char[Pieces], 0, 400]),
        (1, Gen.Char.Array[0, 300].Select(chars => new string(chars))),
        (1, LongNumbers),
        (1, NestedBrackets));

    [Fact]
    public void Text_inputs_keep_every_record_invariant()
    {
        Inputs.Sample(text =>
        {
            var record = Bounded(() => Processor.Value.ProcessText("fuzz", text, "utf-8"));
            AssertInvariants(record, text);
        }, iter: Iterations);
    }

    [Fact]
    public void Byte_inputs_as_text_and_html_keep_every_record_invariant()
    {
        var bytes = Gen.Frequency(
            (3, Inputs.Select(Encoding.UTF8.GetBytes)),
            (1, Gen.Byte.Array[0, 600]),
            (2, MutatedArticles.Select(a => Encoding.UTF8.GetBytes("<html><body><p>" + a.Replace("\n\n", "</p><p>") + "</p><script>x</script></body></html>"))));
        Gen.Select(bytes, Gen.Bool).Sample((input, html) =>
        {
            var record = Bounded(() => Processor.Value.ProcessBytes("fuzz", input, html ? ArticleFormat.Html : ArticleFormat.Text));
            if (record.Error is not null) { Assert.Empty(record.Entities); return; }
            AssertInvariants(record, record.Text!);
        }, iter: Iterations);
    }

    [Fact]
    public void Json_lines_never_throw_and_keep_every_record_invariant()
    {
        var lines = Gen.Frequency(
            (3, Inputs.Select(text => Newtonsoft.Json.JsonConvert.SerializeObject(new { id = "x", text }))),
            (1, Inputs),
            (1, Inputs.Select(text => "{\"text\":\"" + text + "\"}")));
        lines.Sample(line =>
        {
            var record = Bounded(() => Processor.Value.ProcessJsonLine("f.jsonl", 1, line, "text", "id"));
            Assert.StartsWith("f.jsonl#", record.Id);
            if (record.Error is not null) { Assert.Empty(record.Entities); return; }
            AssertInvariants(record, record.Text!);
        }, iter: Iterations);
    }

    /// <summary>Found by this fuzzer: 23 digits times a scale word overflowed decimal arithmetic in the amount recogniser.</summary>
    [Fact]
    public void An_amount_beyond_decimal_range_does_not_throw()
    {
        var extractor = SpanishFinancialExtractor.LoadDefault();
        var record = extractor.Extract("ganó 99999999999999999999999 millones de euros", "overflow");
        Assert.Null(record.Error);
        Assert.All(record.Entities, e => Assert.Equal(e.Text, "ganó 99999999999999999999999 millones de euros"[e.Start..e.End]));
    }

    private static ArticleRecord Bounded(Func<ArticleRecord> extract)
    {
        var task = Task.Run(extract);
        Assert.True(task.Wait(PerInputLimit), $"one input took over {PerInputLimit.TotalSeconds} s");
        return task.Result;
    }

    private static void AssertInvariants(ArticleRecord record, string text)
    {
        Assert.Null(record.Error);
        Assert.Equal(text.Length, record.Chars);
        int previousEnd = 0;
        foreach (var entity in record.Entities)
        {
            Assert.InRange(entity.Start, 0, text.Length);
            Assert.InRange(entity.End, entity.Start + 1, text.Length);
            Assert.True(entity.Start >= previousEnd, "entities overlap or are unsorted");
            Assert.Equal(entity.Text, text.Substring(entity.Start, entity.End - entity.Start));
            previousEnd = entity.End;
        }
        var line = RecordJson.ToJsonLine(record);
        Assert.DoesNotContain('\n', line);
        var back = RecordJson.FromJsonLine(line)!;
        Assert.Equal(record.Entities.Select(e => (e.Type, e.Start, e.End, e.Text)), back.Entities.Select(e => (e.Type, e.Start, e.End, e.Text)));
    }

    private static string Mutate(string article, int seed, int edits)
    {
        var random = new Random(seed);
        var text = new StringBuilder(article);
        for (int i = 0; i < edits; i++)
        {
            int at = random.Next(text.Length + 1);
            switch (random.Next(6))
            {
                case 0 when text.Length > 0: text.Remove(at == text.Length ? at - 1 : at, Math.Min(random.Next(1, 200), text.Length - Math.Min(at, text.Length - 1))); break;
                case 1 when text.Length > 0:
                    int from = random.Next(text.Length);
                    text.Insert(at, text.ToString(from, Math.Min(random.Next(1, 300), text.Length - from)));
                    break;
                case 2: text.Insert(at, Fragments[random.Next(Fragments.Length)]); break;
                case 3: for (int k = random.Next(1, 20); k > 0; k--) text.Insert(at, Pieces[random.Next(Pieces.Length)]); break;
                case 4 when at < text.Length: text[at] = (char)random.Next(0, 0x10000); break;
                default: text.Insert(at, ((long)random.Next() * random.Next()).ToString(CultureInfo.InvariantCulture)); break;
            }
        }
        return text.ToString();
    }
}
