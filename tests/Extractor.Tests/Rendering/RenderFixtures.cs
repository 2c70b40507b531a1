using Extractor.Events;
using Extractor.Records;

namespace Extractor.Tests.Rendering;

/// <summary>
/// Hand-made records for the report: one article with an event of every type (text of our own invention), and
/// one whose id, text, entities and event slots are hostile markup.
/// </summary>
public static class RenderFixtures
{
    public const string EventsId = "2026/01/eventos.txt";

    public const string EventsText =
        "Iberdrola compra el 40% de Solaria por 1.200 millones de euros.\n" +
        "Telefónica firma con Nvidia un contrato de cinco años por 300 millones de dólares para chips H200.\n" +
        "Repsol invertirá 2.000 millones de euros en una planta de Cartagena.\n" +
        "Inditex ganó 1.500 millones de euros en el primer trimestre, un 12% más.\n" +
        "Las acciones de Grifols caen un 3,5% hasta 9,80 euros este lunes.";

    public static ArticleRecord WithEvents()
    {
        const string t = EventsText;
        Entity Company(string name) => At(t, EntityType.COMPANY, name) with { Canonical = name };
        Entity Money(string text, decimal value, string currency) => At(t, EntityType.MONEY, text) with { Number = value, Currency = currency };
        Entity Percent(string text, decimal value) => At(t, EntityType.PERCENT, text) with { Number = value, Unit = "%" };

        var iberdrola = Company("Iberdrola"); var stake = Percent("40%", 40); var solaria = Company("Solaria");
        var dealMoney = Money("1.200 millones de euros", 1_200_000_000m, "EUR");
        var telefonica = Company("Telefónica"); var nvidia = Company("Nvidia");
        var term = At(t, EntityType.DURATION, "cinco años") with { Iso = "P5Y" };
        var contract = Money("300 millones de dólares", 300_000_000m, "USD");
        var chip = At(t, EntityType.CHIP, "H200") with { Vendor = "Nvidia", Family = "Hopper" };
        var repsol = Company("Repsol"); var plant = Money("2.000 millones de euros", 2_000_000_000m, "EUR");
        var inditex = Company("Inditex"); var profit = Money("1.500 millones de euros", 1_500_000_000m, "EUR");
        var quarter = At(t, EntityType.DATE, "el primer trimestre"); var growth = Percent("12%", 12);
        var grifols = Company("Grifols"); var fall = Percent("3,5%", 3.5m); var price = Money("9,80 euros", 9.80m, "EUR");
        var monday = At(t, EntityType.DATE, "este lunes");

        return new ArticleRecord
        {
            Id = EventsId,
            Chars = t.Length,
            Encoding = "utf-8",
            Text = t,
            Entities = [.. new[] { iberdrola, stake, solaria, dealMoney, telefonica, nvidia, term, contract, chip, repsol, plant, inditex, profit, quarter, growth, grifols, fall, price, monday }.OrderBy(e => e.Start)],
            Events =
            [
                Sentence(t, 0, new ArticleEvent(EventType.DEAL) { Kind = "stake", Status = "agreed", Buyer = iberdrola, Target = solaria, Amount = EventFigure.From(dealMoney), Stake = EventFigure.From(stake) }),
                Sentence(t, 1, new ArticleEvent(EventType.DEAL) { Kind = "contract", Status = "agreed", Buyer = telefonica, Seller = nvidia, Amount = EventFigure.From(contract), Duration = term, Chips = [chip] }),
                Sentence(t, 2, new ArticleEvent(EventType.INVESTMENT) { Status = "agreed", Company = repsol, Amount = EventFigure.From(plant) }),
                Sentence(t, 3, new ArticleEvent(EventType.RESULTS) { Metric = "net_profit", Company = inditex, Amount = EventFigure.From(profit), Change = EventFigure.From(growth), Period = quarter }),
                Sentence(t, 4, new ArticleEvent(EventType.STOCK_MOVE) { Company = grifols, Change = EventFigure.From(fall, negative: true), Price = EventFigure.From(price), Period = monday }),
            ],
        };
    }

    public const string HostileId = "evil/<script>alert(1)</script>\".txt";
    public const string HostileMarkup = "<b onmouseover=\"alert(2)\">Corp</b>";

    public static ArticleRecord Hostile()
    {
        string t = $"Acme {HostileMarkup} & <img src=x onerror=alert(3)> vende en https://evil.example/a.js <script>alert(4)</script>\u0001 ' fin";
        var company = At(t, EntityType.COMPANY, HostileMarkup) with { Canonical = "</mark><script>alert(5)</script>" };
        var link = At(t, EntityType.CHIP, "https://evil.example/a.js") with { Vendor = "\"><img src=x>" };
        return new ArticleRecord
        {
            Id = HostileId,
            Chars = t.Length,
            Text = t,
            Entities = [company, link],
            Events =
            [
                new ArticleEvent(EventType.DEAL)
                {
                    Kind = "<i>x</i>", Status = "agreed\" onclick=\"alert(6)", Buyer = company, Seller = company,
                    Chips = [link], EvidenceStart = 0, EvidenceEnd = t.Length,
                },
            ],
        };
    }

    private static Entity At(string text, EntityType type, string span)
    {
        int start = text.IndexOf(span, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{span}' is not in the fixture text");
        return new Entity(type, start, start + span.Length, span);
    }

    // Evidence is the line that states the event: the fixture writes one event per line.
    private static ArticleEvent Sentence(string text, int line, ArticleEvent e)
    {
        int start = 0;
        for (int i = 0; i < line; i++) start = text.IndexOf('\n', start) + 1;
        int end = text.IndexOf('\n', start);
        return e with { EvidenceStart = start, EvidenceEnd = end < 0 ? text.Length : end };
    }
}
