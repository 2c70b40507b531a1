using Extractor.Pipeline;
using Extractor.Tests.Support;

namespace Extractor.Tests.Events;

/// <summary>
/// The seed article's eight events as EVENTS.md's table lists them (the text is read from ../shared; skipped where
/// ../shared is absent): exactly those, each once.
/// </summary>
public class SeedEventsTests
{
    private static readonly string[] Expected =
    [
        "STOCK_MOVE company=Amazon change=4",
        "DEAL kind=contract status=agreed buyer=OpenAI seller=Amazon Web Services amount=38000000000 USD duration=P7Y chips=GB200|GB300|Blackwell",
        "DEAL kind=investment status=completed buyer=Microsoft target=OpenAI amount=13000000000 USD",
        "DEAL kind=contract status=agreed buyer=OpenAI seller=Microsoft amount=250000000000 USD",
        "DEAL kind=contract status=agreed buyer=OpenAI seller=Oracle amount=300000000000 USD",
        "DEAL kind=investment status=proposed buyer=Nvidia target=OpenAI amount=100000000000 USD",
        "DEAL kind=investment status=completed buyer=Amazon target=Anthropic amount=1000000000 USD",
        "INVESTMENT status=agreed company=Amazon amount=11000000000 USD",
    ];

    [SkippableFact]
    public void The_seed_gives_the_eight_events_of_the_guide_and_no_other()
    {
        var file = Directory.GetFiles(RepoPaths.RequireShared("seeds"), "*.txt").Order().First();
        var found = SpanishFinancialExtractor.LoadDefault().Extract(File.ReadAllText(file), "seed.txt").Events
            .Select(e => EventExtractionTests.Describe(e).Replace("change=4.00", "change=4").Replace("change=4.0", "change=4")).ToList();
        Assert.Empty(found.Except(Expected));
        Assert.Empty(Expected.Except(found));
        Assert.Equal(Expected.Length, found.Count);
    }
}
