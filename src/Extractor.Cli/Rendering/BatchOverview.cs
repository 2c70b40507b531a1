using Extractor.Events;
using Extractor.Records;

namespace Extractor.Cli.Rendering;

/// <summary>
/// The figures of the report's front page, gathered in one pass over the records without keeping their texts:
/// counts by entity and event type, companies by canonical name, the deals, and money by currency.
/// </summary>
internal sealed class BatchOverview
{
    public sealed class CompanyCount
    {
        public required string Name { get; init; }
        public int Mentions { get; set; }
        public int Articles { get; set; }
        internal int LastArticle { get; set; } = -1;
    }

    public sealed class CurrencyTotals
    {
        public required string Currency { get; init; }
        public int Mentions { get; set; }
        public int Deals { get; set; }
        public decimal DealTotal { get; set; }
        public int Investments { get; set; }
        public decimal InvestmentTotal { get; set; }
    }

    public sealed record Deal(int Article, string ArticleId, ArticleEvent Event);

    private readonly Dictionary<string, CompanyCount> _companies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CurrencyTotals> _currencies = new(StringComparer.Ordinal);
    private readonly List<Deal> _deals = [];

    public int Articles { get; private set; }
    public int Errors { get; private set; }
    public long Chars { get; private set; }
    public int[] EntityMentions { get; } = new int[Enum.GetValues<EntityType>().Length];
    public int[] EntityArticles { get; } = new int[Enum.GetValues<EntityType>().Length];
    public int[] Events { get; } = new int[Enum.GetValues<EventType>().Length];
    public IReadOnlyList<Deal> Deals => _deals;

    public void Add(int article, ArticleRecord record)
    {
        Articles++;
        if (record.Error is not null) Errors++;
        Chars += record.Chars;
        var typesSeen = new bool[EntityMentions.Length];
        foreach (var e in record.Entities)
        {
            EntityMentions[(int)e.Type]++;
            typesSeen[(int)e.Type] = true;
            if (e.Type == EntityType.COMPANY) CountCompany(article, e.Canonical ?? e.Text);
            if (e.Type == EntityType.MONEY) Currency(e.Currency).Mentions++;
        }
        for (int t = 0; t < typesSeen.Length; t++) if (typesSeen[t]) EntityArticles[t]++;
        foreach (var e in record.Events)
        {
            Events[(int)e.Type]++;
            if (e.Type == EventType.DEAL)
            {
                _deals.Add(new Deal(article, record.Id, e));
                if (e.Amount is { } amount) { var c = Currency(amount.Currency); c.Deals++; c.DealTotal = Sum(c.DealTotal, amount.Value); }
            }
            else if (e.Type == EventType.INVESTMENT && e.Amount is { } spent)
            {
                var c = Currency(spent.Currency);
                c.Investments++;
                c.InvestmentTotal = Sum(c.InvestmentTotal, spent.Value);
            }
        }
    }

    /// <summary>The companies with the most mentions (ties by the number of articles, then by name).</summary>
    public IReadOnlyList<CompanyCount> TopCompanies(int count) =>
        [.. _companies.Values.OrderByDescending(c => c.Mentions).ThenByDescending(c => c.Articles).ThenBy(c => c.Name, StringComparer.Ordinal).Take(count)];

    public int DistinctCompanies => _companies.Count;

    /// <summary>Currencies by number of mentions; money with no currency named last.</summary>
    public IReadOnlyList<CurrencyTotals> Currencies =>
        [.. _currencies.Values.OrderBy(c => c.Currency == NoCurrency).ThenByDescending(c => c.Mentions).ThenBy(c => c.Currency, StringComparer.Ordinal)];

    public const string NoCurrency = "none named";

    // Records are input, not trusted: figures near decimal's limit saturate instead of ending the run.
    private static decimal Sum(decimal a, decimal b)
    {
        try { return a + b; }
        catch (OverflowException) { return a > 0 || b > 0 ? decimal.MaxValue : decimal.MinValue; }
    }

    private void CountCompany(int article, string name)
    {
        if (!_companies.TryGetValue(name, out var count)) _companies[name] = count = new CompanyCount { Name = name };
        count.Mentions++;
        if (count.LastArticle != article) { count.Articles++; count.LastArticle = article; }
    }

    private CurrencyTotals Currency(string? code)
    {
        code ??= NoCurrency;
        if (!_currencies.TryGetValue(code, out var totals)) _currencies[code] = totals = new CurrencyTotals { Currency = code };
        return totals;
    }
}
