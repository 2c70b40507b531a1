using Extractor.Mentions.Names;
using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Events;

/// <summary>
/// Hashed features of the two event classifiers, computed the same way in training and at run time: what an anchor
/// (a figure or a deal word) states, and which role an entity of the same sentence plays for it. Features are
/// hashes of a template number and the words, cues and distances it reads; nothing allocates per feature.
/// </summary>
internal sealed class EventFeatures
{
    private static readonly System.Collections.Frozen.FrozenSet<string> Prepositions =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["a", "de", "del", "al", "por", "con", "en", "para", "entre", "frente", "sobre", "desde", "hasta", "tras", "y", "que", "su", "sus"], StringComparer.Ordinal);
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionLookup =
        Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly ArticleAnalysis _analysis;
    private readonly CueMatch[] _cues;
    private readonly int[] _cueAt; // token → index of the cue covering it, or -1
    // Entities and cues are sorted, so each sentence's are one contiguous range: [start[s], start[s + 1]).
    private readonly int[] _entityStart;
    private readonly int[] _cueStart;

    public EventFeatures(ArticleAnalysis analysis, CueMatch[] cues, Func<List<int>> descriptors)
    {
        _analysis = analysis;
        _cues = cues;
        _findDescriptors = descriptors;
        _cueAt = new int[analysis.Document.Tokens.Length];
        _flags = new byte[analysis.Document.Tokens.Length];
        _meaningHashes = new uint[cues.Length][];
        Array.Fill(_cueAt, -1);
        for (int c = 0; c < cues.Length; c++)
            for (int t = cues[c].First; t < cues[c].End; t++) _cueAt[t] = c;
        var sentences = analysis.Document.Sentences;
        _entityStart = new int[sentences.Length + 1];
        _cueStart = new int[sentences.Length + 1];
        int id = 0, cue = 0;
        for (int s = 0; s < sentences.Length; s++)
        {
            _entityStart[s] = id;
            while (id < analysis.Entities.Count && analysis.Entities.SentenceOf(id) <= s) id++;
            _cueStart[s] = cue;
            while (cue < cues.Length && cues[cue].First < sentences[s].EndToken) cue++;
        }
        _entityStart[sentences.Length] = analysis.Entities.Count;
        _cueStart[sentences.Length] = cues.Length;
    }

    /// <summary>The cues of a sentence, in order.</summary>
    public ReadOnlySpan<CueMatch> CuesIn(int sentence) => _cues.AsSpan(_cueStart[sentence], _cueStart[sentence + 1] - _cueStart[sentence]);

    public CueMatch[] Cues => _cues;

    private readonly Func<List<int>> _findDescriptors;
    private List<int>? _descriptors;

    /// <summary>Tokens of the nouns of definite company descriptions ("la [compañía]"), in order; found when first asked for.</summary>
    public List<int> Descriptors => _descriptors ??= _findDescriptors();
    private Document Doc => _analysis.Document;
    private EntityTable Entities => _analysis.Entities;

    /// <summary>Anchors of the article: every MONEY and PERCENT entity, and every acquisition or merger cue.</summary>
    public List<EventAnchor> Anchors()
    {
        var anchors = new List<EventAnchor>();
        for (int id = 0; id < Entities.Count; id++)
        {
            if (Entities[id].Type is not (EntityType.MONEY or EntityType.PERCENT)) continue;
            var (first, end) = Entities.TokenRange(id);
            anchors.Add(new EventAnchor(id, -1, first, end, Entities.SentenceOf(id)));
        }
        for (int c = 0; c < _cues.Length; c++)
            if (_cues[c].Value(CueCategory.Deal) is "acquisition" or "merger")
                anchors.Add(new EventAnchor(-1, c, _cues[c].First, _cues[c].End, SentenceOfToken(_cues[c].First)));
        anchors.Sort((a, b) => a.First.CompareTo(b.First));
        return anchors;
    }

    public int SentenceOfToken(int token)
    {
        var sentences = Doc.Sentences;
        int lo = 0, hi = sentences.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences[mid].FirstToken <= token) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>The ids of the entities in a sentence, in order.</summary>
    public EntityRange EntitiesIn(int sentence) => new(_entityStart[sentence], _entityStart[sentence + 1]);

    /// <summary>Entity ids [Start, End), enumerable without allocating.</summary>
    public readonly record struct EntityRange(int Start, int End)
    {
        public Enumerator GetEnumerator() => new(Start - 1, End);

        public IEnumerable<int> AsEnumerable() => Enumerable.Range(Start, End - Start);

        public struct Enumerator(int current, int end)
        {
            private int _current = current;
            public readonly int Current => _current;
            public bool MoveNext() => ++_current < end;
        }
    }

    private static readonly string[] TypeNames = [.. Enum.GetValues<EntityType>().Select(t => t.ToString())];

    // Template 11 for each meaning of cue c (every anchor of a sentence reads all its cues): hashed when first asked.
    private readonly uint[]?[] _meaningHashes;

    private uint[] MeaningHashes(int cue)
    {
        if (_meaningHashes[cue] is { } known) return known;
        var meanings = _cues[cue].Cues;
        var hashes = new uint[meanings.Length];
        for (int m = 0; m < meanings.Length; m++) hashes[m] = new Hash(11).I((int)meanings[m].Category).S(meanings[m].Value);
        return _meaningHashes[cue] = hashes;
    }

    public void AnchorFeatures(EventAnchor anchor, List<uint> features)
    {
        features.Clear();
        var sentence = Doc.Sentences[anchor.Sentence];
        var kind = anchor.IsFigure ? TypeNames[(int)Entities[anchor.EntityId].Type] : "CUE:" + _cues[anchor.CueIndex].Value(CueCategory.Deal);
        // Templates 13 and 16 start with the kind for every category: hashed once per anchor.
        var kind13 = new Hash(13).S(kind);
        var kind16 = new Hash(16).S(kind);
        features.Add(new Hash(1));
        features.Add(new Hash(2).S(kind));
        if (anchor.IsFigure && Entities[anchor.EntityId].Unit is { } unit) features.Add(new Hash(3).S(unit));
        for (int k = 1; k <= 3; k++) features.Add(new Hash(3 + k).S(Word(anchor.First - k, sentence)));
        features.Add(new Hash(7).S(Word(anchor.First - 2, sentence)).S(Word(anchor.First - 1, sentence)));
        features.Add(new Hash(8).S(Word(anchor.End, sentence)));
        features.Add(new Hash(9).S(Word(anchor.End + 1, sentence)));
        features.Add(new Hash(10).S(kind).S(Word(anchor.First - 1, sentence)));
        // Cues of the sentence, the nearest of each category on either side with its distance.
        Span<int> nearestBefore = stackalloc int[8];
        Span<int> nearestAfter = stackalloc int[8];
        nearestBefore.Fill(-1);
        nearestAfter.Fill(-1);
        for (int c = _cueStart[anchor.Sentence]; c < _cueStart[anchor.Sentence + 1]; c++)
        {
            var cue = _cues[c];
            if (!anchor.IsFigure && c == anchor.CueIndex) continue;
            var meanings = MeaningHashes(c);
            for (int m = 0; m < cue.Cues.Length; m++)
            {
                var meaning = cue.Cues[m];
                features.Add(meanings[m]);
                int cat = (int)meaning.Category;
                if (cue.End <= anchor.First) nearestBefore[cat] = c;
                else if (cue.First >= anchor.End && nearestAfter[cat] < 0) nearestAfter[cat] = c;
            }
        }
        for (int cat = 0; cat < 8; cat++)
        {
            if (nearestBefore[cat] >= 0)
            {
                var cue = _cues[nearestBefore[cat]];
                int distance = Bucket(anchor.First - cue.End);
                var value = cue.Value((CueCategory)cat) ?? "";
                features.Add(new Hash(12).I(cat).S(value).I(distance));
                features.Add(kind13.I(cat).S(value));
                features.Add(new Hash(14).I(cat).S(value).I(CommasBetween(cue.End, anchor.First) > 0 ? 1 : 0));
            }
            if (nearestAfter[cat] >= 0)
            {
                var cue = _cues[nearestAfter[cat]];
                features.Add(new Hash(15).I(cat).S(cue.Value((CueCategory)cat) ?? "").I(Bucket(cue.First - anchor.End)));
                features.Add(kind16.I(cat).S(cue.Value((CueCategory)cat) ?? ""));
            }
        }
        features.Add(new Hash(17).I(anchor.Sentence == 0 ? 1 : 0));
        features.Add(new Hash(18).I(InParentheses(anchor.First, sentence) ? 1 : 0));
        int companies = 0, companiesBefore = 0, dates = 0;
        bool moneyJustBefore = false;
        foreach (int id in EntitiesIn(anchor.Sentence))
        {
            var e = Entities[id];
            var (first, end) = Entities.TokenRange(id);
            if (e.Type == EntityType.COMPANY) { companies++; if (end <= anchor.First) companiesBefore++; }
            if (e.Type == EntityType.DATE) dates++;
            if (e.Type == EntityType.MONEY && id != anchor.EntityId && end <= anchor.First && anchor.First - end <= 3) moneyJustBefore = true;
        }
        features.Add(new Hash(19).I(Math.Min(companies, 4)));
        features.Add(new Hash(20).I(Math.Min(companiesBefore, 3)));
        features.Add(new Hash(21).I(dates > 0 ? 1 : 0));
        features.Add(new Hash(22).S(kind).I(moneyJustBefore ? 1 : 0));
    }

    // The role features all start with their template, the anchor's label and (most) the entity's type: those
    // prefixes are hashed once here for every label and type, not again for each pair (the same hashes as before).
    private const int FirstPairTemplate = 101, PairTemplates = 22;
    private static readonly EntityType[] Types = Enum.GetValues<EntityType>();
    private static readonly uint[] LabelPrefix = PairPrefixes(withType: false);
    private static readonly uint[] LabelTypePrefix = PairPrefixes(withType: true);

    private static uint[] PairPrefixes(bool withType)
    {
        int types = withType ? Types.Length : 1;
        var prefixes = new uint[EventLabels.Anchor.Length * types * PairTemplates];
        for (int label = 0; label < EventLabels.Anchor.Length; label++)
            for (int type = 0; type < types; type++)
                for (int template = 0; template < PairTemplates; template++)
                {
                    var hash = new Hash(FirstPairTemplate + template).S(EventLabels.Anchor[label]);
                    if (withType) hash = hash.S(Types[type].ToString());
                    prefixes[(label * types + type) * PairTemplates + template] = hash;
                }
        return prefixes;
    }

    public void PairFeatures(EventAnchor anchor, string anchorLabel, int entityId, List<uint> features)
    {
        features.Clear();
        var sentence = Doc.Sentences[anchor.Sentence];
        var e = Entities[entityId];
        int label = Array.IndexOf(EventLabels.Anchor, anchorLabel);
        int typeIndex = (int)e.Type;
        // A label outside the classifier's (training may ask for one) or an unknown type is hashed in full.
        bool known = label >= 0 && (uint)typeIndex < (uint)Types.Length && Types[typeIndex] == e.Type;
        int labelAt = label * PairTemplates - FirstPairTemplate;
        int labelTypeAt = (label * Types.Length + typeIndex) * PairTemplates - FirstPairTemplate;
        var type = known ? null : e.Type.ToString();
        Hash L(int template) => known ? new Hash(LabelPrefix[labelAt + template]) : new Hash(template).S(anchorLabel);
        Hash LT(int template) => known ? new Hash(LabelTypePrefix[labelTypeAt + template]) : new Hash(template).S(anchorLabel).S(type);

        var (first, end) = Entities.TokenRange(entityId);
        bool before = end <= anchor.First;
        int dir = before ? 0 : 1;
        int gapStart = before ? end : anchor.End, gapEnd = before ? anchor.First : first;
        var wordBefore = Word(first - 1, sentence);
        features.Add(L(101));
        features.Add(LT(102));
        features.Add(LT(103).I(dir));
        features.Add(LT(104).I(dir).I(Bucket(Math.Max(0, gapEnd - gapStart))));
        features.Add(LT(105).S(wordBefore));
        features.Add(LT(106).S(Word(end, sentence)));
        features.Add(LT(107).S(Word(first - 2, sentence)).S(wordBefore));
        features.Add(L(108).I(dir).S(wordBefore));
        int commas = 0;
        for (int t = gapStart; t < gapEnd; t++)
        {
            var flags = Flags(t);
            if ((flags & Comma) != 0) commas++;
            if ((flags & Preposition) != 0) features.Add(LT(109).I(dir).S(Doc.LowerTokenSpan(t)));
            if (_cueAt[t] >= 0 && (t == 0 || _cueAt[t - 1] != _cueAt[t]))
                foreach (var meaning in _cues[_cueAt[t]].Cues)
                    features.Add(LT(110).I((int)meaning.Category).S(meaning.Value));
        }
        int sameTypeBetween = 0, sameTypeBefore = 0, figuresBetween = 0;
        bool nearestOfType = true;
        foreach (int id in EntitiesIn(anchor.Sentence))
        {
            if (id == entityId || id == anchor.EntityId) continue;
            var (f, en) = Entities.TokenRange(id);
            // In lists of moves ("X sube un 2%, Y cae un 3%") a figure between entity and anchor belongs to another fact.
            if (Entities[id].Type is EntityType.MONEY or EntityType.PERCENT && f >= gapStart && en <= gapEnd) figuresBetween++;
            if (Entities[id].Type != e.Type) continue;
            if (f >= gapStart && en <= gapEnd) { sameTypeBetween++; nearestOfType = false; }
            if (en <= first) sameTypeBefore++;
        }
        features.Add(LT(111).I(dir).I(Math.Min(sameTypeBetween, 2)));
        features.Add(LT(112).I(Math.Min(sameTypeBefore, 2)));
        features.Add(LT(113).I(dir).I(nearestOfType ? 1 : 0));
        features.Add(LT(114).I(InParentheses(first, sentence) ? 1 : 0));
        features.Add(LT(115).I(first == sentence.FirstToken ? 1 : 0));
        features.Add(LT(116).I(dir).I(Math.Min(commas, 2)));
        // The nearest cue before the entity says what the entity does: "compra de X" (target), "X vende" (seller).
        for (int t = first - 1; t >= sentence.FirstToken && t >= first - 4; t--)
            if (_cueAt[t] >= 0)
            {
                foreach (var meaning in _cues[_cueAt[t]].Cues) features.Add(LT(117).I((int)meaning.Category).S(meaning.Value));
                break;
            }
        for (int t = end; t < sentence.EndToken && t < end + 3; t++)
            if (_cueAt[t] >= 0)
            {
                foreach (var meaning in _cues[_cueAt[t]].Cues) features.Add(LT(118).I((int)meaning.Category).S(meaning.Value));
                break;
            }
        features.Add(LT(119).I(anchor.Sentence == 0 ? 1 : 0));
        features.Add(LT(120).I(dir).I(Math.Min(figuresBetween, 2)));
        features.Add(LT(121).I(dir).I(nearestOfType ? 1 : 0).I(Math.Min(figuresBetween, 2)));
        features.Add(LT(122).S(Word(anchor.First - 1, sentence)).I(dir));
    }

    // What the features ask of a token, found once per token: a preposition, a clause comma, a bracket.
    private const byte Known = 1, Preposition = 2, Comma = 4, Opening = 8, Closing = 16;
    private readonly byte[] _flags;

    private byte Flags(int token)
    {
        byte flags = _flags[token];
        if (flags != 0) return flags;
        flags = Known;
        var word = Doc.TokenSpan(token);
        if (PrepositionLookup.Contains(Doc.LowerTokenSpan(token))) flags |= Preposition;
        if (word.SequenceEqual(",") || word.SequenceEqual(";") || word.SequenceEqual(":")) flags |= Comma;
        if (word.SequenceEqual("(")) flags |= Opening;
        if (word.SequenceEqual(")")) flags |= Closing;
        return _flags[token] = flags;
    }

    private ReadOnlySpan<char> Word(int token, Sentence sentence) =>
        token < sentence.FirstToken ? "<s>" : token >= sentence.EndToken ? "</s>" : Doc.LowerTokenSpan(token);

    private bool InParentheses(int token, Sentence sentence)
    {
        for (int t = token - 1; t >= sentence.FirstToken && t >= token - 12; t--)
        {
            var flags = Flags(t);
            if ((flags & Closing) != 0) return false;
            if ((flags & Opening) != 0) return true;
        }
        return false;
    }

    private int CommasBetween(int from, int to)
    {
        int commas = 0;
        for (int t = Math.Max(0, from); t < to && t < Doc.Tokens.Length; t++)
            if ((Flags(t) & Comma) != 0) commas++;
        return commas;
    }

    private static int Bucket(int distance) => distance switch
    {
        <= 3 => distance,
        <= 5 => 4,
        <= 8 => 5,
        <= 12 => 6,
        <= 20 => 7,
        _ => 8,
    };

    /// <summary>A feature hash built from a template number and its parts, allocation-free.</summary>
    private readonly struct Hash(uint value)
    {
        public Hash(int template) : this(StableHash.Start(template)) { }
        public uint Value => value;
        public Hash S(ReadOnlySpan<char> part) => new(StableHash.Add(StableHash.Add(value, '|'), part, lower: false));
        public Hash I(int part) => new(StableHash.Mix(value, (uint)part));
        public static implicit operator uint(Hash h) => h.Value;
    }
}
