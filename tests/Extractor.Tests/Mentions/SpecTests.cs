using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Mentions;

/// <summary>
/// Phrase-in, entities-out cases read from Specs/*.tsv (written by the team, one case a line). Each case lists
/// every entity of the types it checks; anything more or less of those types fails the case.
/// </summary>
public class SpecTests
{
    private static readonly SpanishFinancialExtractor Extractor = SpanishFinancialExtractor.LoadDefault();

    public static TheoryData<SpecCase> Amounts() => new(SpecCase.Load("amounts.tsv"));

    public static TheoryData<SpecCase> Chips() => new(SpecCase.Load("chips.tsv"));

    private static readonly Dictionary<(string, int), string> KnownGaps = File
        .ReadLines(Path.Combine(AppContext.BaseDirectory, "Specs", "known-gaps.tsv"))
        .Where(l => l.Length > 0 && l[0] != '#')
        .Skip(1)
        .Select(l => l.Split('\t'))
        .ToDictionary(c => (c[0], int.Parse(c[1])), c => c[2]);

    [SkippableTheory]
    [MemberData(nameof(Amounts))]
    public void Amounts_percentages_quantities_durations_and_dates(SpecCase spec) => Check(spec);

    [SkippableTheory]
    [MemberData(nameof(Chips))]
    public void Chip_names(SpecCase spec) => Check(spec);

    [Fact]
    public void The_spec_files_hold_the_promised_number_of_cases()
    {
        Assert.True(SpecCase.Load("amounts.tsv").Count() >= 300);
        var chips = SpecCase.Load("chips.tsv").ToList();
        Assert.True(chips.Count >= 60);
        Assert.True(chips.Count(c => c.Expected.Count == 0) * 2 >= chips.Count, "at least half the chip cases are negatives");
    }

    private static void Check(SpecCase spec)
    {
        Skip.If(KnownGaps.TryGetValue((spec.File, spec.Line), out var reason), reason);
        var found = Extractor.ExtractEntities(spec.Phrase).Where(e => spec.Types.Contains(e.Type)).ToList();
        var expected = spec.Expected.Select(e => e.Describe()).ToList();
        var actual = found.Select(e =>
        {
            var match = spec.Expected.FirstOrDefault(x => x.Type == e.Type && x.Start == e.Start && x.End == e.End);
            return match?.DescribeLike(e) ?? ExpectedEntity.Describe(e);
        }).ToList();
        Assert.Equal(expected, actual);
    }
}
