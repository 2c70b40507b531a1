using System.Collections.Immutable;
using Extractor.Mentions.Amounts;
using Extractor.Mentions.Chips;
using Extractor.Mentions.Companies;
using Extractor.Mentions.Names;
using Extractor.Mentions.Numbers;
using Extractor.Mentions.Time;
using Extractor.Resolution;
using Extractor.Text;

namespace Extractor.Pipeline;

/// <summary>
/// Composes an extractor. Adding a recogniser is one new class and one <see cref="Add(IMentionRecognizer)"/> line;
/// the built extractor is immutable.
/// </summary>
public sealed class ExtractorBuilder
{
    private readonly List<IMentionRecognizer> _recognizers = [];
    private readonly List<IMentionResolver> _resolvers = [];

    public TextAnalyzer Analyzer { get; set; } = TextAnalyzer.Default;

    public ExtractorBuilder Add(IMentionRecognizer recognizer) { _recognizers.Add(recognizer); return this; }

    public ExtractorBuilder Add(IMentionResolver resolver) { _resolvers.Add(resolver); return this; }

    /// <summary>The shipped configuration: every recogniser, then overlap resolution.</summary>
    public static ExtractorBuilder CreateDefault()
    {
        var numerals = new NumeralParser(NumberLexicon.LoadDefault());
        var time = TimeLexicon.LoadDefault();
        var builder = new ExtractorBuilder();
        builder.Add(new AmountRecognizer(numerals, AmountLexicon.LoadDefault(), time.Units));
        builder.Add(new DurationRecognizer(numerals, time));
        builder.Add(DateRecognizer.LoadDefault(time));
        builder.Add(ChipRecognizer.LoadDefault());
        var companies = CompanyGazetteer.LoadDefault();
        builder.Add(NameRecognizer.LoadDefault(companies));
        builder.Add(new OverlapResolver());
        builder.Add(new CompanyListCompleter());
        builder.Add(new CompanyCanonicalizer(companies));
        return builder;
    }

    public SpanishFinancialExtractor Build() =>
        new(Analyzer, [.. _recognizers], [.. _resolvers]);
}
