using Extractor.Lexicons;
using Extractor.Pipeline;
using Extractor.Records;

namespace Extractor.Events;

/// <summary>
/// Builds events from classified frames: reads kind, status, metric and sign from the cues around the anchor, fills
/// a missing company from the article's topic, joins the frames of one sentence that state one fact (an amount
/// and its change, a price and its move, a stake and its price), drops events the guide does not allow, and
/// merges the mentions of one fact across the article (headline and body).
/// </summary>
internal sealed partial class EventAssembler
{
    private static readonly string[] Parties = ["buyer", "seller", "target", "company"];

    public List<ArticleEvent> Assemble(ArticleAnalysis analysis, List<EventFrame> frames, EventFeatures features)
    {
        var context = new Context(analysis, features);
        frames = WithMissedAnchors(context, frames);
        var built = new List<(ArticleEvent Event, int Sentence, bool Fallback)>();
        foreach (var frame in frames)
        {
            var (e, fallback) = Build(context, frame);
            if (e is null) continue;
            // A bare change in the sentence of a share price ("se dejó un 9,2%, hasta 58,10 euros") is the share's move.
            if (IsBareChange(e) && built.Exists(b => b.Sentence == frame.Anchor.Sentence && IsBarePrice(b.Event)))
                e = AsShareMove(e);
            if (IsBarePrice(e))
            {
                int bare = built.FindLastIndex(b => b.Sentence == frame.Anchor.Sentence && IsBareChange(b.Event));
                if (bare >= 0) built[bare] = built[bare] with { Event = AsShareMove(built[bare].Event) };
            }
            // One sentence often states one fact in two figures: join them.
            int joined = -1;
            for (int i = built.Count - 1; i >= 0 && built[i].Sentence == frame.Anchor.Sentence; i--)
                if (CanJoin(built[i].Event, e, fallback || built[i].Fallback)) { joined = i; break; }
            if (joined >= 0) built[joined] = (Join(built[joined].Event, e), built[joined].Sentence, built[joined].Fallback && fallback);
            else built.Add((e, frame.Anchor.Sentence, fallback));
        }
        var events = new List<ArticleEvent>();
        // Mentions of one fact share their type (and a share move its company), so only those are compared.
        var byKey = new Dictionary<(EventType, string?), List<int>>();
        foreach (var (e, _, _) in built)
        {
            if (!Valid(e)) continue;
            // Deals, spending and results are compared across group names ("Hitachi" and "Hitachi Energy"); a listed
            // subsidiary's share moves are its own.
            var key = (e.Type, e.Type == EventType.STOCK_MOVE ? Canon(e.Company) : null);
            if (!byKey.TryGetValue(key, out var same)) byKey[key] = same = [];
            // Only the latest mentions of the type are compared: a fact is restated within its article, and a file that
            // joins thousands of articles must not compare every pair.
            int from = Math.Max(0, same.Count - MergeWindow);
            int match = same.FindIndex(from, same.Count - from, i => SameFact(events[i], e));
            if (match >= 0) events[same[match]] = Merge(events[same[match]], e);
            else { same.Add(events.Count); events.Add(e); }
        }
        return events;
    }

    /// <summary>How many earlier events of a type a new one is compared with (an article has a few dozen).</summary>
    private const int MergeWindow = 256;

    /// <summary>A money figure below 10,000 written without a scale word ("12,85 dólares", not "800 millones").</summary>
    private static bool IsSharePrice(EventFigure figure) =>
        Math.Abs(figure.Value) < 10_000 && figure.Source is { } source
        && !source.Text.Split(' ').Any(w => w == "M" || ScaleWords.Contains(w, StringComparer.OrdinalIgnoreCase));

    private static readonly string[] ScaleWords = ["mil", "millón", "millones", "billón", "billones", "bn", "mm", "mdd", "mln"];

    private static bool IsBareChange(ArticleEvent e) => e is { Type: EventType.RESULTS, Amount: null, Change: not null };

    private static bool IsBarePrice(ArticleEvent e) => e is { Type: EventType.STOCK_MOVE, Change: null, Price: not null };

    private static ArticleEvent AsShareMove(ArticleEvent change) => new(EventType.STOCK_MOVE)
    {
        Company = change.Company, Change = change.Change, Period = change.Period,
        EvidenceStart = change.EvidenceStart, EvidenceEnd = change.EvidenceEnd,
    };

    private readonly ProviderSectors sectors;

    public EventAssembler(ProviderSectors providerSectors) => sectors = providerSectors;

    private (ArticleEvent? Event, bool Fallback) Build(Context context, EventFrame frame)
    {
        var entities = context.Analysis.Entities;
        var sentence = context.Analysis.Document.Sentences[frame.Anchor.Sentence];
        var e = new ArticleEvent(frame.Type) { EvidenceStart = sentence.Start, EvidenceEnd = sentence.End };
        Entity? Role(string role) => frame.Best(role) is >= 0 and var id ? entities[id] : null;
        e = e with
        {
            Buyer = frame.Type == EventType.DEAL ? Role("buyer") : null,
            Seller = frame.Type == EventType.DEAL ? Role("seller") : null,
            Target = frame.Type == EventType.DEAL ? Role("target") : null,
            Company = frame.Type != EventType.DEAL ? Role("company") : null,
            Duration = frame.Type is EventType.DEAL or EventType.INVESTMENT ? Role("duration") : null,
            Period = frame.Type is EventType.RESULTS or EventType.STOCK_MOVE ? Role("period") : null,
            Chips = frame.Type == EventType.DEAL
                ? [.. frame.Roles.Where(r => r.Role == "chips").Select(r => entities[r.Entity]).DistinctBy(c => c.Text)]
                : [],
        };
        var figure = frame.Anchor.IsFigure ? entities[frame.Anchor.EntityId] : null;
        var subject = context.Subject(frame.Anchor, exclude: null);
        switch (frame.Type)
        {
            case EventType.RESULTS:
                var metric = context.Metric(frame.Anchor);
                e = e with { Metric = metric == "loss" ? "net_profit" : metric };
                e = frame.Slot == "amount"
                    ? e with { Amount = EventFigure.From(figure!, negative: metric == "loss") }
                    : e with { Change = EventFigure.From(figure!, negative: context.Falls(frame.Anchor)) };
                // "… de 7.300 millones de dólares, un 14% menos": the change's own amount stands just before it.
                if (frame.Slot == "change" && context.AmountJustBefore(frame.Anchor) is >= 0 and var amount)
                {
                    var (first, end) = entities.TokenRange(amount);
                    var amountMetric = context.Metric(new EventAnchor(amount, -1, first, end, frame.Anchor.Sentence));
                    e = e with { Amount = EventFigure.From(entities[amount], negative: amountMetric == "loss") };
                }
                break;
            case EventType.STOCK_MOVE:
                e = frame.Slot == "price"
                    ? e with { Price = EventFigure.From(figure!) }
                    : e with { Change = EventFigure.From(figure!, negative: context.Falls(frame.Anchor)) };
                break;
            case EventType.INVESTMENT:
                e = e with { Amount = EventFigure.From(figure!), Status = context.Status(frame.Anchor) ?? "agreed" };
                break;
            case EventType.DEAL:
                string kind = frame.Slot switch
                {
                    "stake" => figure!.Number >= 100 ? "acquisition" : "stake",
                    "trigger" => context.Features.Cues[frame.Anchor.CueIndex].Value(CueCategory.Deal)!,
                    _ => context.DealKind(frame.Anchor),
                };
                e = e with { Kind = kind, Status = context.Status(frame.Anchor) ?? "agreed" };
                if (frame.Slot == "amount") e = e with { Amount = EventFigure.From(figure!) };
                if (frame.Slot == "stake" && kind == "stake") e = e with { Stake = EventFigure.From(figure!) };
                break;
        }
        // Money put "en" a company is an investment in it (DEAL), not spending on one's own operations.
        if (frame.Type is EventType.INVESTMENT or EventType.DEAL && frame.Slot == "amount" && context.Investee(frame.Anchor, subject ?? e.Buyer ?? e.Company) is { } investee)
        {
            var investor = context.Subject(frame.Anchor, exclude: [investee]) ?? e.Buyer ?? (e.Company is { } c && Canon(c) != Canon(investee) ? c : null);
            e = e with { Type = EventType.DEAL, Kind = "investment", Buyer = investor, Target = investee, Seller = null, Company = null, Status = e.Status ?? context.Status(frame.Anchor) ?? "agreed" };
        }
        // Spending is the subject's: a company after a preposition ("en Anthropic") is not the spender when the clause has a subject.
        if (e.Type == EventType.INVESTMENT && e.Company is not null && context.AfterPreposition(e.Company) && subject is not null)
            e = e with { Company = subject };
        // The guide's roles by kind: a contract has a provider (seller), not a target; a merger two parties.
        if (e.Kind == "contract" && e.Target is not null && e.Seller is null) e = e with { Seller = e.Target, Target = null };
        // "un encargo de 300 millones por parte de X": X is the client, whatever the classifier made of it.
        if (e.Type == EventType.DEAL && e.Kind == "contract" && context.ClientAfter(frame.Anchor) is { } client)
            e = e with
            {
                Buyer = client,
                Seller = SameCompany(e.Seller, client) ? null : e.Seller,
                Target = SameCompany(e.Target, client) ? null : e.Target,
            };
        // "la venta de su participación en Y a X": the company after "a" is the buyer, the one the stake is "en" the target.
        if (e.Type == EventType.DEAL && e.Kind is "acquisition" or "stake" && context.SaleBuyer(frame.Anchor) is { } purchaser)
        {
            var stakeIn = context.StakeIn(frame.Anchor);
            e = e with
            {
                Buyer = purchaser,
                Target = stakeIn ?? (SameCompany(e.Target, purchaser) ? null : e.Target),
                Seller = SameCompany(e.Seller, purchaser) || SameCompany(e.Seller, stakeIn) ? null : e.Seller,
            };
        }
        // "la compra del negocio de belleza de X": X sells a part of itself; it is not the company acquired.
        if (e.Type == EventType.DEAL && e.Kind == "acquisition" && e.Target is not null && e.Seller is null && context.OwnsSoldUnit(frame.Anchor, e.Target))
            e = e with { Seller = e.Target, Target = null };
        // A results "amount" of a few units with no scale word is a share price ("ganó un 2,5%, hasta 12,85 dólares").
        if (e.Type == EventType.RESULTS && e.Metric != "other" && e.Amount is { } small && IsSharePrice(small))
            e = new ArticleEvent(EventType.STOCK_MOVE)
            {
                Company = e.Company, Change = e.Change, Price = small, Period = e.Period, EvidenceStart = e.EvidenceStart, EvidenceEnd = e.EvidenceEnd,
            };
        bool fallback = false;
        if (e.Type != EventType.DEAL && e.Company is null)
        {
            e = e with { Company = subject ?? context.Topic(frame.Anchor, exclude: null) };
            fallback = true;
        }
        if (e.Type == EventType.DEAL && e.Buyer is null)
        {
            e = e with { Buyer = context.Subject(frame.Anchor, exclude: [e.Seller, e.Target]) ?? context.Topic(frame.Anchor, exclude: [e.Seller, e.Target]) };
            fallback = true;
        }
        // A contract whose client is named after "por parte de" was announced by its provider, the clause's subject.
        if (e.Type == EventType.DEAL && e.Kind == "contract" && e.Seller is null && e.Target is null
            && context.Subject(frame.Anchor, exclude: [e.Buyer]) is { } provider)
            e = e with { Seller = provider };
        // A news agency or a quoted source plays no role ("(EFE)", "según X").
        if (e.Type == EventType.DEAL)
            e = e with { Buyer = context.Source(e.Buyer) ? null : e.Buyer, Seller = context.Source(e.Seller) ? null : e.Seller, Target = context.Source(e.Target) ? null : e.Target };
        // "la venta del 40% de su capital a X": the company that sells part of itself is the target.
        if (e.Type == EventType.DEAL && e.Kind == "stake" && context.OwnCapital(frame.Anchor) && (e.Seller ?? context.Subject(frame.Anchor, exclude: [e.Buyer])) is { } itself
            && !SameCompany(itself, e.Buyer))
            e = e with { Target = itself, Seller = null };
        // "X se adjudicó un contrato … con Y", "X suministrará … a Y": the subject of a provider's verb is paid.
        bool oriented = false;
        if (e.Type == EventType.DEAL && e.Kind == "contract" && context.ProviderVerb(frame.Anchor) is (var verbEnd, true)
            && context.Subject(frame.Anchor, exclude: null) is { } supplier)
        {
            var paying = context.CompanyAfter(frame.Anchor.Sentence, verbEnd, ClientPrepositions, exclude: supplier)
                         ?? (SameCompany(e.Buyer, supplier) ? e.Seller : e.Buyer);
            if (paying is not null && !SameCompany(paying, supplier))
            {
                e = e with { Seller = supplier, Buyer = paying, Target = null };
                oriented = true;
            }
        }
        // One company plays one role: a fallback or a rule that named the buyer again leaves the other role open.
        e = OneRoleEach(e);
        // In a contract between a provider's sector (cloud, chips, software, building) and another, the provider is paid
        // (after the fallback, which fills the party the sentence leaves to its subject).
        if (!oriented && e.Kind == "contract" && e.Buyer is not null && e.Seller is not null && sectors.IsProvider(e.Buyer) && !sectors.IsProvider(e.Seller))
            e = e with { Buyer = e.Seller, Seller = e.Buyer };
        return (e, fallback);
    }

    /// <summary>
    /// A sentence that refers to "el acuerdo" or "la operación" without stating a new deal adds to the article's lead
    /// deal (its first): the chips it names and, when the lead deal has none, its term. Only sentences that name one
    /// of the deal's parties, speak of "las compañías", or name no company at all.
    /// </summary>
    public List<ArticleEvent> AttachToLeadDeal(ArticleAnalysis analysis, List<ArticleEvent> events, EventFeatures features, Func<List<int>> findReferences)
    {
        int lead = events.FindIndex(e => e.Type == EventType.DEAL);
        if (lead < 0) return events;
        var entities = analysis.Entities;
        var deal = events[lead];
        var parties = new[] { deal.Buyer, deal.Seller, deal.Target }.OfType<Entity>().Select(Canon).ToList();
        var evidenceSentences = events.Select(e => features.SentenceOfToken(TokenAt(analysis, e.EvidenceStart))).ToHashSet();
        var aboutTheCompanies = Enumerable.Range(0, analysis.Document.Sentences.Length).Where(s => SaysTheCompanies(analysis, s)).ToHashSet();
        var referring = findReferences().Select(features.SentenceOfToken).Concat(aboutTheCompanies).Distinct().Order();
        foreach (int sentence in referring)
        {
            if (evidenceSentences.Contains(sentence)) continue;
            var named = features.EntitiesIn(sentence).AsEnumerable().Select(id => entities[id]).ToList();
            var companies = named.Where(e => e.Type == EntityType.COMPANY).Select(Canon).ToList();
            bool speaksOfParties = companies.Count == 0 || companies.Any(c => parties.Any(p => SameGroup(p, c)))
                || aboutTheCompanies.Contains(sentence);
            if (!speaksOfParties) continue;
            var chips = named.Where(e => e.Type == EntityType.CHIP).ToList();
            if (chips.Count > 0) deal = deal with { Chips = [.. deal.Chips.Concat(chips).DistinctBy(c => c.Text)] };
            if (deal.Duration is null && named.FirstOrDefault(e => e.Type == EntityType.DURATION) is { } term) deal = deal with { Duration = term };
        }
        events[lead] = deal;
        return events;
    }

    private static int TokenAt(ArticleAnalysis analysis, int offset)
    {
        var tokens = analysis.Document.Tokens;
        int lo = 0, hi = tokens.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return Math.Max(0, lo);
    }

    private static bool SameGroup(string? a, string? b) =>
        a is not null && b is not null && (a == b || a.StartsWith(b + " ", StringComparison.Ordinal) || b.StartsWith(a + " ", StringComparison.Ordinal));

    private static bool SaysTheCompanies(ArticleAnalysis analysis, int sentence)
    {
        var doc = analysis.Document;
        var s = doc.Sentences[sentence];
        for (int t = s.FirstToken + 1; t < s.EndToken; t++)
            if (doc.LowerTokenSpan(t).SequenceEqual("compañías") || doc.LowerTokenSpan(t).SequenceEqual("empresas"))
            {
                var before = doc.LowerTokenSpan(t - 1);
                if (before.SequenceEqual("las") || before.SequenceEqual("ambas")) return true;
            }
        return false;
    }

    private static bool CanJoin(ArticleEvent a, ArticleEvent b, bool eitherFallback)
    {
        if (a.Type != b.Type) return false;
        bool partiesAgree = eitherFallback || Parties.All(p => Party(a, p) is null || Party(b, p) is null || Canon(Party(a, p)) == Canon(Party(b, p)));
        if (!partiesAgree) return false;
        return a.Type switch
        {
            EventType.RESULTS => a.Metric == b.Metric && (a.Amount is null) != (b.Amount is null) && (a.Change is null) != (b.Change is null) && (a.Amount is null) == (b.Change is null),
            EventType.STOCK_MOVE => (a.Change is null) != (b.Change is null) && (a.Price is null) != (b.Price is null),
            EventType.DEAL => (a.Amount is null) != (b.Amount is null) || (a.Stake is null) != (b.Stake is null),
            _ => false,
        };
    }

    private static ArticleEvent Join(ArticleEvent a, ArticleEvent b) => Merge(a, b) with
    {
        Kind = a.Stake is not null || b.Stake is not null ? "stake" : a.Kind ?? b.Kind,
    };

    private static bool Valid(ArticleEvent e)
    {
        if (EventSchema.Problems(e).Any()) return false;
        if (e.Type != EventType.DEAL) return true;
        // A deal needs two named companies, and a figure unless it is an acquisition or a merger.
        var parties = new[] { e.Buyer, e.Seller, e.Target }.OfType<Entity>().Select(Canon).Distinct().Count();
        if (parties < 2) return false;
        return e.Kind is "acquisition" or "merger" || e.Amount is not null || e.Stake is not null || e.Duration is not null;
    }

    /// <summary>Two mentions of one fact: the guide's keys (company, metric, period; company, period; the parties).</summary>
    private static bool SameFact(ArticleEvent a, ArticleEvent b)
    {
        if (a.Type != b.Type) return false;
        return a.Type switch
        {
            EventType.STOCK_MOVE => Canon(a.Company) == Canon(b.Company) && PeriodsAgree(a, b),
            EventType.RESULTS => SameGroup(Canon(a.Company), Canon(b.Company)) && a.Metric == b.Metric && PeriodsAgree(a, b)
                                 && FiguresAgree(a.Amount, b.Amount, 0.02m) && FiguresAgree(a.Change, b.Change, 0.02m),
            EventType.INVESTMENT => SameGroup(Canon(a.Company), Canon(b.Company)) && FiguresAgree(a.Amount, b.Amount, 0.005m),
            // A headline and a body often name a deal's parties differently (a unit or its group): the same figure
            // with one party in common is the same deal.
            _ => (a.Kind == b.Kind && Canon(a.Buyer) == Canon(b.Buyer) && Canon(a.Target ?? a.Seller) == Canon(b.Target ?? b.Seller)
                  && FiguresAgree(a.Amount, b.Amount, 0.02m))
                 || (a.Amount is not null && b.Amount is not null && FiguresAgree(a.Amount, b.Amount, 0.005m) && SharePartyOrGroup(a, b)),
        };
    }

    private static bool SharePartyOrGroup(ArticleEvent a, ArticleEvent b)
    {
        var left = new[] { a.Buyer, a.Seller, a.Target }.OfType<Entity>().Select(Canon).ToList();
        var right = new[] { b.Buyer, b.Seller, b.Target }.OfType<Entity>().Select(Canon).ToList();
        return left.Any(l => right.Any(r => SameGroup(l, r)));
    }

    private static bool PeriodsAgree(ArticleEvent a, ArticleEvent b) =>
        a.Period is null || b.Period is null || string.Equals(a.Period.Text, b.Period.Text, StringComparison.OrdinalIgnoreCase);

    private static bool FiguresAgree(EventFigure? a, EventFigure? b, decimal tolerance) =>
        a is null || b is null || (a.Currency == b.Currency || a.Currency is null || b.Currency is null)
            && Math.Abs(a.Value - b.Value) <= tolerance * Math.Max(Math.Abs(a.Value), Math.Abs(b.Value));

    /// <summary>Fills a's missing slots from b; a precise figure replaces a rounded one of the same fact.</summary>
    private static ArticleEvent Merge(ArticleEvent a, ArticleEvent b) =>
        a.Type == EventType.DEAL && a.Amount is { Currency: null } && b.Amount is { Currency: not null } ? Fill(b, a) : Fill(a, b);

    private static ArticleEvent Fill(ArticleEvent a, ArticleEvent b) => OneRoleEach(FillSlots(a, b));

    /// <summary>A company that is the buyer is neither the seller nor the target of the same deal.</summary>
    private static ArticleEvent OneRoleEach(ArticleEvent e) => e.Type != EventType.DEAL || e.Buyer is null ? e : e with
    {
        Target = SameCompany(e.Target, e.Buyer) ? null : e.Target,
        Seller = SameCompany(e.Seller, e.Buyer) ? null : e.Seller,
    };

    private static ArticleEvent FillSlots(ArticleEvent a, ArticleEvent b) => a with
    {
        Kind = a.Kind ?? b.Kind,
        Status = a.Status ?? b.Status,
        Metric = a.Metric ?? b.Metric,
        Buyer = a.Buyer ?? b.Buyer,
        Seller = a.Seller ?? b.Seller,
        Target = a.Target ?? b.Target,
        Company = a.Company ?? b.Company,
        Amount = MorePrecise(a.Amount, b.Amount),
        Stake = a.Stake ?? b.Stake,
        // A precise change replaces a rounded one ("casi un 5%", later "4,72%"), not a change a point or more away.
        Change = a.Change is { } ca && b.Change is { } cb && Math.Abs(ca.Value - cb.Value) >= 1 ? a.Change : MorePrecise(a.Change, b.Change),
        Price = a.Price ?? b.Price,
        Duration = a.Duration ?? b.Duration,
        Period = a.Period ?? b.Period,
        Chips = [.. a.Chips.Concat(b.Chips).DistinctBy(c => c.Text)],
    };

    private static EventFigure? MorePrecise(EventFigure? a, EventFigure? b)
    {
        if (a is null || b is null) return a ?? b;
        // A headline amount names no currency (ANNOTATION.md); the body's statement of it does.
        if ((a.Currency is null) != (b.Currency is null)) return a.Currency is null ? b : a;
        return Scale(b.Value) > Scale(a.Value) ? b : a;
        static int Scale(decimal d) => (decimal.GetBits(d)[3] >> 16) & 0xFF;
    }

    private static Entity? Party(ArticleEvent e, string role) => role switch
    {
        "buyer" => e.Buyer,
        "seller" => e.Seller,
        "target" => e.Target,
        _ => e.Company,
    };

    private static string? Canon(Entity? company) => ArticleEvent.NameOf(company);

    private static bool SameCompany(Entity? a, Entity? b) => a is not null && b is not null && Canon(a) == Canon(b);

    private static readonly string[] ClientPrepositions = ["a", "al", "con", "para"];

    private static readonly PhraseTable<bool> ProviderVerbs = new(LexiconFile.ReadEmbedded("provider-verbs.tsv").Select(r => (r[0], true)));

    private static readonly PhraseTable<bool> OwnCapitalPhrases = new(LexiconFile.ReadEmbedded("own-capital.tsv").Select(r => (r[0], true)));

    private static readonly WordTable<bool> ConversionHedges = new(LexiconFile.ReadEmbedded("conversion-hedges.tsv").Select(r => (r[0], true)));

    private static readonly WordTable<bool> BusinessUnits = new(LexiconFile.ReadEmbedded("business-units.tsv").Select(r => (r[0], true)));

    /// <summary>What the cues around an anchor say.</summary>
    private sealed class Context(ArticleAnalysis analysis, EventFeatures features)
    {
        public ArticleAnalysis Analysis { get; } = analysis;
        public EventFeatures Features { get; } = features;

        private CueMatch[] InSentence(int sentence) => _cuesBySentence.TryGetValue(sentence, out var cues) ? cues : _cuesBySentence[sentence] = Features.CuesIn(sentence).ToArray();

        private readonly Dictionary<int, CueMatch[]> _cuesBySentence = [];

        /// <summary>The nearest cue of a category: before the anchor first (closest), then after it.</summary>
        private string? Nearest(EventAnchor anchor, CueCategory category, int maxAfter = int.MaxValue)
        {
            var cues = InSentence(anchor.Sentence).Where(c => c.Has(category)).ToList();
            var before = cues.LastOrDefault(c => c.End <= anchor.First);
            if (before.Cues is not null) return before.Value(category);
            var after = cues.FirstOrDefault(c => c.First >= anchor.End && c.First - anchor.End <= maxAfter);
            return after.Cues is not null ? after.Value(category) : null;
        }

        public string Metric(EventAnchor anchor)
        {
            // A qualifier right after the figure ("1.700 millones antes de impuestos") names its metric.
            foreach (var cue in Features.CuesIn(anchor.Sentence))
                if (cue.First == anchor.End && cue.Has(CueCategory.Metric)) return cue.Value(CueCategory.Metric)!;
            if (Nearest(anchor, CueCategory.Metric) is { } metric) return metric;
            // An anaphoric figure ("un 12% más") takes the metric of the sentence before.
            for (int s = anchor.Sentence - 1; s >= 0 && s >= anchor.Sentence - 2; s--)
                if (InSentence(s).LastOrDefault(c => c.Has(CueCategory.Metric)) is { Cues: not null } cue) return cue.Value(CueCategory.Metric)!;
            return "other";
        }

        /// <summary>True when the change falls: "cae un 3%", "un 3% menos", "una caída del 3%".</summary>
        public bool Falls(EventAnchor anchor)
        {
            var cues = InSentence(anchor.Sentence).Where(c => c.Has(CueCategory.Move)).ToList();
            // A direction word right after the figure ("un 12% más") binds tightest; after a comma it speaks of something
            // else ("un alza del 4%, por debajo del 5% esperado").
            bool commaAfter = anchor.End < Analysis.Document.Tokens.Length && Analysis.Document.TokenSpan(anchor.End).SequenceEqual(",");
            var after = commaAfter ? default : cues.FirstOrDefault(c => c.First >= anchor.End && c.First - anchor.End <= 1);
            if (after.Cues is not null) return after.Value(CueCategory.Move) == "down";
            var before = cues.LastOrDefault(c => c.End <= anchor.First);
            if (before.Cues is not null) return before.Value(CueCategory.Move) == "down";
            var later = commaAfter ? default : cues.FirstOrDefault(c => c.First >= anchor.End && c.First - anchor.End <= 4);
            return later.Cues is not null && later.Value(CueCategory.Move) == "down";
        }

        private static readonly string[] ClauseBreaks = ["y", "e", ";", ":", "mientras", "aunque", "pero"];
        private static readonly string[] Prepositions = ["de", "del", "en", "a", "al", "con", "por", "para", "sobre", "entre", "según"];

        private bool IsAny(int token, string[] words)
        {
            var w = Analysis.Document.LowerTokenSpan(token);
            foreach (var x in words) if (w.SequenceEqual(x)) return true;
            return false;
        }

        /// <summary>The tokens of the anchor's clause: back to a conjunction or semicolon, on to the next comma.</summary>
        private (int First, int End) Clause(EventAnchor anchor)
        {
            var sentence = Analysis.Document.Sentences[anchor.Sentence];
            int first = anchor.First;
            while (first > sentence.FirstToken && !IsAny(first - 1, ClauseBreaks)) first--;
            int end = anchor.End;
            while (end < sentence.EndToken && !Analysis.Document.TokenSpan(end).SequenceEqual(",") && !IsAny(end, ClauseBreaks)) end++;
            return (first, end);
        }

        /// <summary>True for a company named as a source: an agency credit in brackets, or after "según".</summary>
        public bool Source(Entity? company) => company is not null && Analysis.Entities.IdOf(company) is >= 0 and var id && IsSource(id);

        /// <summary>A provider's verb before the anchor in its sentence ("se adjudicó", "suministrará"): the token after it.</summary>
        public (int End, bool Found) ProviderVerb(EventAnchor anchor)
        {
            var sentence = Analysis.Document.Sentences[anchor.Sentence];
            for (int t = sentence.FirstToken; t < anchor.First; t++)
                if (ProviderVerbs.TryMatch(Analysis.Document, t, out _, out int end) && end <= anchor.First) return (end, true);
            return (0, false);
        }

        /// <summary>"de su capital", "de sus acciones" right after the anchor or after the stake figure before it.</summary>
        public bool OwnCapital(EventAnchor anchor)
        {
            var sentence = Analysis.Document.Sentences[anchor.Sentence];
            int from = Math.Max(sentence.FirstToken, anchor.First - 8), to = Math.Min(sentence.EndToken, anchor.End + 2);
            for (int t = from; t < to; t++)
                if (OwnCapitalPhrases.TryMatch(Analysis.Document, t, out _, out _)) return true;
            return false;
        }

        /// <summary>The first company within six tokens after <paramref name="from"/> that one of the prepositions introduces.</summary>
        public Entity? CompanyAfter(int sentence, int from, string[] prepositions, Entity exclude)
        {
            int end = Math.Min(Analysis.Document.Sentences[sentence].EndToken, from + 12);
            for (int t = from; t < end; t++)
            {
                if (!IsAny(t, prepositions)) continue;
                for (int n = t + 1; n < end && n <= t + 4; n++)
                {
                    if (CompanyAt(sentence, n) is { } company && !SameCompany(company, exclude)) return company;
                    if (Analysis.Document.Tokens[n].Kind != Text.TokenKind.Word) break;
                }
            }
            return null;
        }

        public bool AfterPreposition(Entity company)
        {
            int id = Analysis.Entities.IdOf(company);
            if (id < 0) return false;
            int first = Analysis.Entities.TokenRange(id).First;
            return first > 0 && IsAny(first - 1, Prepositions);
        }

        /// <summary>The company a definite description refers to: the one named most recently before it.</summary>
        private Entity? Referent(int descriptorToken, Entity?[]? exclude)
        {
            var entities = Analysis.Entities;
            int sentence = Features.SentenceOfToken(descriptorToken);
            // Entities of later sentences all end after the description: start from the last of its own sentence.
            for (int id = Features.EntitiesIn(sentence).End - 1; id >= 0; id--)
            {
                var (first, end) = entities.TokenRange(id);
                if (end > descriptorToken - 1) continue;
                if (entities.SentenceOf(id) < sentence - 3) break;
                var e = entities[id];
                if (e.Type != EntityType.COMPANY || IsSource(id)) continue;
                if (exclude is not null && exclude.Any(x => x is not null && Canon(x) == Canon(e))) continue;
                return e;
            }
            return null;
        }

        /// <summary>
        /// The clause's subject: the nearest company or company description before the anchor in its sentence that no
        /// preposition introduces ("[Amazon] ha invertido…", "[la compañía] anunció…").
        /// </summary>
        public Entity? Subject(EventAnchor anchor, Entity?[]? exclude)
        {
            var entities = Analysis.Entities;
            var sentence = Analysis.Document.Sentences[anchor.Sentence];
            int bestToken = -1;
            Entity? best = null;
            foreach (int id in Features.EntitiesIn(anchor.Sentence))
            {
                var (first, end) = entities.TokenRange(id);
                var e = entities[id];
                if (e.Type != EntityType.COMPANY || end > anchor.First || IsSource(id)) continue;
                if (first > sentence.FirstToken && IsAny(first - 1, Prepositions)) continue;
                if (exclude is not null && exclude.Any(x => x is not null && Canon(x) == Canon(e))) continue;
                if (first > bestToken) { bestToken = first; best = e; }
            }
            var descriptors = Features.Descriptors;
            int from = descriptors.BinarySearch(sentence.FirstToken);
            for (int d = from < 0 ? ~from : from; d < descriptors.Count && descriptors[d] < anchor.First; d++)
            {
                int noun = descriptors[d];
                int det = noun - 1;
                if (det > sentence.FirstToken && IsAny(det - 1, Prepositions)) continue;
                if (det > bestToken && Referent(noun, exclude) is { } referent) { bestToken = det; best = referent; }
            }
            return best;
        }

        /// <summary>
        /// The id of the MONEY entity just before a change, or -1 ("7.300 millones de dólares, un 14% menos"): at most a comma and
        /// an article between them.
        /// </summary>
        public int AmountJustBefore(EventAnchor anchor)
        {
            var entities = Analysis.Entities;
            int found = -1;
            foreach (int id in Features.EntitiesIn(anchor.Sentence))
            {
                int end = entities.TokenRange(id).End;
                if (end > anchor.First) break;
                found = entities[id].Type == EntityType.MONEY && anchor.First - end <= 3 && HasComma(end, anchor.First) ? id : -1;
            }
            return found >= 0 && ConvertedFrom(found) is >= 0 and var original ? original : found;
        }

        private bool HasComma(int from, int to)
        {
            for (int t = from; t < to; t++) if (Analysis.Document.TokenSpan(t).SequenceEqual(",")) return true;
            return false;
        }

        /// <summary>The company money goes into: "invertir 100 millones en [OpenAI]", "… en [la startup]".</summary>
        public Entity? Investee(EventAnchor anchor, Entity? investor)
        {
            var doc = Analysis.Document;
            var sentence = doc.Sentences[anchor.Sentence];
            for (int t = anchor.End; t < sentence.EndToken && t <= anchor.End + 3; t++)
            {
                if (!doc.LowerTokenSpan(t).SequenceEqual("en")) continue;
                foreach (int id in Features.EntitiesIn(anchor.Sentence))
                    if (Analysis.Entities[id].Type == EntityType.COMPANY && Analysis.Entities.TokenRange(id).First == t + 1) return Analysis.Entities[id];
                if (Features.Descriptors.BinarySearch(t + 2) >= 0) return Referent(t + 2, [investor]);
                return null;
            }
            return null;
        }

        private bool WordAt(int token, string word) =>
            token >= 0 && token < Analysis.Document.Tokens.Length && Analysis.Document.LowerTokenSpan(token).SequenceEqual(word);

        /// <summary>The company whose first token is <paramref name="token"/> in the anchor's sentence, or null.</summary>
        private Entity? CompanyAt(int sentence, int token)
        {
            foreach (int id in Features.EntitiesIn(sentence))
            {
                int first = Analysis.Entities.TokenRange(id).First;
                if (first > token) break;
                if (first == token && Analysis.Entities[id].Type == EntityType.COMPANY && !IsSource(id)) return Analysis.Entities[id];
            }
            return null;
        }

        /// <summary>
        /// The id of the money figure that a money entity converts into another currency, or -1: the one right before
        /// it, in another currency, with a comma or a bracket and at most a hedge between ("…, unos 10.100 millones de dólares").
        /// </summary>
        public int ConvertedFrom(int id)
        {
            var entities = Analysis.Entities;
            if (id <= 0 || entities[id].Type != EntityType.MONEY || entities[id - 1].Type != EntityType.MONEY) return -1;
            if (entities[id].Currency is not { } currency || entities[id - 1].Currency is not { } before || currency == before) return -1;
            int first = entities.TokenRange(id).First, end = entities.TokenRange(id - 1).End;
            if (first - end is < 1 or > 4 || !(Analysis.Document.TokenSpan(end).SequenceEqual(",") || Analysis.Document.TokenSpan(end).SequenceEqual("("))) return -1;
            for (int t = end + 1; t < first; t++)
                if (!ConversionHedges.Contains(Analysis.Document.LowerTokenSpan(t))) return -1;
            return id - 1;
        }

        /// <summary>
        /// True when the purchase word nearest before the anchor buys goods under a contract, not a company: a contract
        /// noun stands a few words before it and no company or percentage follows it ("un contrato de tres años para
        /// comprar chips de X", "un acuerdo de compra de electricidad").
        /// </summary>
        private bool BuysGoods(EventAnchor anchor)
        {
            var cues = InSentence(anchor.Sentence);
            int purchase = -1;
            for (int c = 0; c < cues.Length && cues[c].End <= anchor.First; c++)
                if (cues[c].Has(CueCategory.Deal)) purchase = c;
            if (purchase < 0 || cues[purchase].Value(CueCategory.Deal) != "acquisition") return false;
            bool contractBefore = false;
            for (int c = purchase - 1; c >= 0 && cues[c].End >= cues[purchase].First - 6; c--)
                if (cues[c].Value(CueCategory.Deal) == "contract") contractBefore = true;
            if (!contractBefore) return false;
            // Goods are a bare noun ("comprar chips", "compra de electricidad"); a company comes named or with a determiner
            // ("comprar X", "la compra de la eléctrica X", "compra del 100%").
            int t = cues[purchase].End;
            if (WordAt(t, "de")) t++;
            if (t >= Analysis.Document.Sentences[anchor.Sentence].EndToken || Analysis.Document.Tokens[t].Kind != Text.TokenKind.Word) return false;
            if (IsAny(t, Determiners) || char.IsUpper(Analysis.Document.TokenSpan(t)[0])) return false;
            foreach (int id in Features.EntitiesIn(anchor.Sentence))
                if (Analysis.Entities.TokenRange(id).First == t) return false;
            return true;
        }

        private static readonly string[] Determiners = ["del", "al", "la", "el", "los", "las", "un", "una", "su", "sus", "este", "esta"];

        /// <summary>True when a metric cue ends right before the figure, "de" or "por" (and "récord") between: "ventas récord de [X]".</summary>
        public bool MetricIntroduces(EventAnchor anchor)
        {
            if (!(WordAt(anchor.First - 1, "de") || WordAt(anchor.First - 1, "por"))) return false;
            int cueEnd = WordAt(anchor.First - 2, "récord") ? anchor.First - 2 : anchor.First - 1;
            foreach (var cue in InSentence(anchor.Sentence))
            {
                if (cue.End > cueEnd) break;
                if (cue.End == cueEnd && cue.Has(CueCategory.Metric)) return true;
            }
            return false;
        }

        /// <summary>
        /// True when a share word ("las acciones", "los títulos") stands before the token in its sentence, within fifteen
        /// tokens, with no metric cue and no index word between (a stock index is no company).
        /// </summary>
        private static readonly string[] Comparatives = ["más", "menos", "superior", "inferior", "mejor", "peor"];

        public bool SharesBefore(int token, int sentence)
        {
            var doc = Analysis.Document;
            int from = Math.Max(doc.Sentences[sentence].FirstToken, token - 15), share = -1;
            for (int t = from; t < token; t++)
            {
                var word = doc.LowerTokenSpan(t);
                if (IndexWords.Contains(word)) return false;
                if (ShareWords.Contains(word)) share = t;
                else if (share >= 0 && IsAny(t, ClauseBreaks)) share = -1;
            }
            if (share < 0) return false;
            foreach (var cue in InSentence(sentence))
                if (cue.First > share && cue.First < token && cue.Has(CueCategory.Metric)) return false;
            return true;
        }

        /// <summary>True when a direction word stands right by a percentage: "subió (ayer) un [2%]", "una caída del [2%]", "un [2%] más".</summary>
        public bool MovesNextTo(int first, int end, int sentence)
        {
            foreach (var cue in InSentence(sentence))
            {
                if (cue.First > end + 1) break;
                if (!cue.Has(CueCategory.Move)) continue;
                // Before the figure a comparative is no move ("conserva más del 70%"); after it, it is one ("un 5% más").
                bool before = cue.End <= first && cue.End >= first - 3 && !IsAny(cue.First, Comparatives);
                if (before || (cue.First >= end && cue.First <= end + 1)) return true;
            }
            return false;
        }

        /// <summary>True when another money figure stands between the anchor and tokens [first, end).</summary>
        public bool MoneyBetween(EventAnchor anchor, int first, int end)
        {
            int from = Math.Min(anchor.End, end), to = Math.Max(anchor.First, first);
            foreach (int id in Features.EntitiesIn(anchor.Sentence))
            {
                if (id == anchor.EntityId || Analysis.Entities[id].Type != EntityType.MONEY) continue;
                var (f, e) = Analysis.Entities.TokenRange(id);
                if (f >= from && e <= to) return true;
            }
            return false;
        }

        /// <summary>True when a contract noun introduces the figure: "un encargo (adicional) de [300 millones]".</summary>
        public bool AfterContractNoun(EventAnchor anchor)
        {
            if (!WordAt(anchor.First - 1, "de")) return false;
            foreach (var cue in InSentence(anchor.Sentence))
            {
                if (cue.End > anchor.First - 1) break;
                if (cue.End >= anchor.First - 2 && cue.Value(CueCategory.Deal) == "contract") return true;
            }
            return false;
        }

        /// <summary>The client of a contract figure: "[300 millones] (de dólares) por parte de X" (at most two tokens between).</summary>
        public Entity? ClientAfter(EventAnchor anchor)
        {
            int end = Analysis.Document.Sentences[anchor.Sentence].EndToken;
            for (int t = anchor.End; t < end - 3 && t <= anchor.End + 2; t++)
                if (WordAt(t, "por") && WordAt(t + 1, "parte") && WordAt(t + 2, "de")) return CompanyAt(anchor.Sentence, t + 3);
            return null;
        }

        /// <summary>The buyer a sale names: the company after "a" or "al" that follows a sale word before the anchor's end ("la venta de su filial a X").</summary>
        public Entity? SaleBuyer(EventAnchor anchor)
        {
            var sentence = Analysis.Document.Sentences[anchor.Sentence];
            int sale = -1;
            foreach (var cue in InSentence(anchor.Sentence))
            {
                if (cue.First >= anchor.End) break;
                if (cue.Has(CueCategory.Sale)) sale = cue.End;
            }
            if (sale < 0) return null;
            int limit = Math.Min(sentence.EndToken - 1, Math.Max(anchor.End, sale) + 12);
            for (int t = sale; t < limit; t++)
            {
                if (Analysis.Document.TokenSpan(t).SequenceEqual(",") && t >= anchor.End) break;
                if (!(WordAt(t, "a") || WordAt(t, "al"))) continue;
                // "al grupo textil mexicano X": a description of the buyer may stand before its name.
                for (int n = t + 1; n < limit && n <= t + 4; n++)
                {
                    if (CompanyAt(anchor.Sentence, n) is { } buyer) return buyer;
                    if (Analysis.Document.Tokens[n].Kind != Text.TokenKind.Word) break;
                }
            }
            return null;
        }

        /// <summary>The company a stake is held in: "su participación en X" before the anchor.</summary>
        public Entity? StakeIn(EventAnchor anchor)
        {
            foreach (var cue in InSentence(anchor.Sentence))
                if (cue.Value(CueCategory.Deal) == "stake" && WordAt(cue.End, "en") && CompanyAt(anchor.Sentence, cue.End + 1) is { } company) return company;
            return null;
        }

        /// <summary>True when the company follows "de" after a business-unit noun ("el negocio de belleza de X", "la filial de X").</summary>
        public bool OwnsSoldUnit(EventAnchor anchor, Entity company)
        {
            int id = Analysis.Entities.IdOf(company);
            if (id < 0 || Analysis.Entities.SentenceOf(id) != anchor.Sentence) return false;
            int first = Analysis.Entities.TokenRange(id).First;
            if (!(WordAt(first - 1, "de") || WordAt(first - 1, "del"))) return false;
            // The unit noun stands a few words before ("del negocio de belleza de", "de la filial europea de"), with no verb cue between.
            int sentenceFirst = Analysis.Document.Sentences[anchor.Sentence].FirstToken;
            for (int t = first - 2; t >= sentenceFirst && t >= first - 5; t--)
            {
                if (BusinessUnits.Contains(Analysis.Document.LowerTokenSpan(t))) return true;
                if (Analysis.Document.TokenSpan(t).SequenceEqual(",")) return false;
            }
            return false;
        }

        private const int ProposalReach = 5;

        private static int Distance(CueMatch cue, EventAnchor anchor) => Math.Min(Math.Abs(cue.First - anchor.First), Math.Abs(cue.End - anchor.End));

        /// <summary>A word right before a date sets a term, not a status: "hasta 2033" is no proposal as "hasta 100 millones" is.</summary>
        private bool BeforeDate(CueMatch cue, int sentence)
        {
            foreach (int id in Features.EntitiesIn(sentence))
            {
                int first = Analysis.Entities.TokenRange(id).First;
                if (first > cue.End) break;
                if (first == cue.End && Analysis.Entities[id].Type is EntityType.DATE or EntityType.DURATION) return true;
            }
            return false;
        }

        public string? Status(EventAnchor anchor)
        {
            var (clauseFirst, clauseEnd) = Clause(anchor);
            var cues = InSentence(anchor.Sentence).Where(c => c.Has(CueCategory.Status) && c.First >= clauseFirst && c.First < clauseEnd && !BeforeDate(c, anchor.Sentence)).ToList();
            if (cues.Count == 0) return null;
            // Cancelled words override whatever the verb of the deal says.
            // A proposal word overrides only close to the figure ("planea invertir 100 millones"): farther off in the
            // clause it is often another plan's ("para financiar el plan, … la venta cerrada por 700 millones").
            if (cues.Any(c => c.Value(CueCategory.Status) == "cancelled")) return "cancelled";
            if (cues.Any(c => c.Value(CueCategory.Status) == "proposed" && Distance(c, anchor) <= ProposalReach)) return "proposed";
            var nearest = cues.OrderBy(c => Distance(c, anchor)).First();
            return nearest.Value(CueCategory.Status);
        }

        public string DealKind(EventAnchor anchor)
        {
            if (Nearest(anchor, CueCategory.Deal) is { } kind) return kind == "acquisition" && BuysGoods(anchor) ? "contract" : kind;
            return InSentence(anchor.Sentence).Any(c => c.Has(CueCategory.Sale)) ? "acquisition" : "contract";
        }

        /// <summary>
        /// The company a sentence speaks of when it names none for the role: the nearest company before the anchor in
        /// its sentence that is not a source (in brackets, after "según"), else the article's main company (the one
        /// named most often; the first named on a tie).
        /// </summary>
        public Entity? Topic(EventAnchor anchor, Entity?[]? exclude)
        {
            var entities = Analysis.Entities;
            bool Usable(Entity e) => e.Type == EntityType.COMPANY && (exclude is null || !exclude.Any(x => x is not null && Canon(x) == Canon(e)));
            Entity? inSentence = null;
            foreach (int id in Features.EntitiesIn(anchor.Sentence))
                if (Usable(entities[id]) && entities.TokenRange(id).End <= anchor.First && !IsSource(id)) inSentence = entities[id];
            if (inSentence is not null) return inSentence;
            _main ??= MainCompanies();
            return _main.FirstOrDefault(Usable);
        }

        private List<Entity>? _main;

        private List<Entity> MainCompanies()
        {
            var entities = Analysis.Entities;
            var counts = new Dictionary<string, (int Count, int First, Entity Entity)>();
            for (int id = 0; id < entities.Count; id++)
            {
                if (entities[id].Type != EntityType.COMPANY || IsSource(id)) continue;
                var name = Canon(entities[id])!;
                counts[name] = counts.TryGetValue(name, out var c) ? (c.Count + 1, c.First, c.Entity) : (1, id, entities[id]);
            }
            return [.. counts.Values.OrderByDescending(c => c.Count).ThenBy(c => c.First).Select(c => c.Entity)];
        }

        /// <summary>An agency credit or a quoted source: "(EFE)", "según Bloomberg".</summary>
        private bool IsSource(int id)
        {
            var doc = Analysis.Document;
            var (first, end) = Analysis.Entities.TokenRange(id);
            bool bracketed = first > 0 && doc.TokenSpan(first - 1).SequenceEqual("(") && end < doc.Tokens.Length && doc.TokenSpan(end).SequenceEqual(")");
            bool quoted = first > 0 && (doc.LowerTokenSpan(first - 1).SequenceEqual("según") || doc.LowerTokenSpan(first - 1).SequenceEqual("analistas"));
            return bracketed || quoted;
        }
    }
}
