using Extractor.Mentions.Companies;
using Extractor.Models;
using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Mentions.Names;

/// <summary>
/// COMPANY and PERSON from the learned sequence model (models/ner/companies-people.bin), which reads the
/// gazetteers as features and so also finds names no list holds. Canonical names are set later by resolution.
/// </summary>
internal sealed class NameRecognizer : IMentionRecognizer
{
    public const string ModelPath = "ner/companies-people.bin";
    public const string LowercaseWordsPath = "ner/lowercase-words.tsv";

    private static readonly Lexicons.WordTable<bool> StreetWords =
        new(Lexicons.LexiconFile.ReadEmbedded("street-words.tsv").Select(r => (r[0], true)));

    /// <summary>The features, weights and decoder it tags with (the name-model profile times them apart).</summary>
    internal SequenceTagger Tagger { get; }
    private readonly NameGazetteers _gazetteers;
    private readonly EntityType?[] _typeOfLabel;
    private readonly bool[] _begins;

    public NameRecognizer(SequenceTagger tagger, NameGazetteers gazetteers)
    {
        Tagger = tagger;
        _gazetteers = gazetteers;
        var names = tagger.Model.Labels.Names;
        _typeOfLabel = names.Select(n => Enum.TryParse<EntityType>(BioLabels.TypeOf(n), out var t) ? t : (EntityType?)null).ToArray();
        _begins = names.Select(n => n.StartsWith("B-", StringComparison.Ordinal)).ToArray();
    }

    public const string RetrainCommand = "dotnet run --project src/Extractor.Cli -c Release -- train corpus";

    /// <summary>The shipped model with the shipped lists; a model trained with other lists or templates is refused.</summary>
    public static NameRecognizer LoadDefault(CompanyGazetteer companies)
    {
        var lowercase = ModelFile.ReadTable(LowercaseWordsPath).Select(r => r[0]).ToList();
        var gazetteers = NameGazetteers.LoadDefault(companies).WithLowercaseWords(lowercase);
        LinearSequenceModel model;
        using (var stream = ModelFile.Open(ModelPath)) model = LinearSequenceModel.Load(stream);
        ModelFingerprint.Check(model, ModelFingerprint.Compute(ModelFingerprint.CorpusModelFiles, lowercase), "models/" + ModelPath, RetrainCommand);
        return new NameRecognizer(new SequenceTagger(model, new NameFeatures(gazetteers)), gazetteers);
    }

    /// <summary>
    /// The shipped model over other lists, without the fingerprint check: for experiments that change a list on
    /// purpose (the generalisation tests remove companies from the gazetteer).
    /// </summary>
    public static NameRecognizer LoadWithLists(Func<NameGazetteers, NameGazetteers> change)
    {
        var lowercase = ModelFile.ReadTable(LowercaseWordsPath).Select(r => r[0]).ToList();
        var gazetteers = change(NameGazetteers.LoadDefault(CompanyGazetteer.LoadDefault()).WithLowercaseWords(lowercase));
        LinearSequenceModel model;
        using (var stream = ModelFile.Open(ModelPath)) model = LinearSequenceModel.Load(stream);
        return new NameRecognizer(new SequenceTagger(model, new NameFeatures(gazetteers)), gazetteers);
    }

    public void Recognize(Document document, List<Entity> mentions)
    {
        var labels = Tagger.Tag(document, out var marks);
        var sentenceStarts = new bool[labels.Length];
        foreach (var sentence in document.Sentences) sentenceStarts[sentence.FirstToken] = true;
        var found = new List<(int First, int End, EntityType Type)>();
        int t = 0;
        while (t < labels.Length)
        {
            var type = _typeOfLabel[labels[t]];
            if (type is null) { t++; continue; }
            int end = t + 1;
            while (end < labels.Length && !_begins[labels[end]] && _typeOfLabel[labels[end]] == type && !sentenceStarts[end]) end++;
            int first = t;
            // 'Cuando Lei Jun', 'Tampoco': a sentence's first word that the language writes in lower case is not part of a name.
            // Companies keep theirs ('Banco Santander', 'Grupo México').
            while (type == EntityType.PERSON && first < end && sentenceStarts[first] && IsCommonWord(document, first)) first++;
            // 'Grupo Gilinski', 'Banco Ripley', 'Trelvix Systems': a company's head word opens it or its tail word closes it.
            if (first < end && type == EntityType.PERSON && end - first >= 2
                && ((_gazetteers.CompanyForms.KindOf(document.TokenSpan(first)) & CompanyForms.Head) != 0
                    || (_gazetteers.CompanyForms.KindOf(document.TokenSpan(end - 1)) & CompanyForms.Tail) != 0))
                type = EntityType.COMPANY;
            // 'la calle Marta Ibáñez': a name after a street word is an address.
            if (first < end && type == EntityType.PERSON && first > 0 && StreetWords.Contains(document.TokenSpan(first - 1))) first = end;
            if (first < end && (type != EntityType.PERSON || !OnlyCommonWords(document, first, end))) found.Add((first, end, type.Value));
            t = end;
        }
        AddLegalForms(document, marks, sentenceStarts, found);
        AddRepeatedSurnames(document, mentions, found);
        foreach (var (first, end, type) in found)
        {
            int start = document.Tokens[first].Start, stop = document.Tokens[end - 1].End;
            mentions.Add(new Entity(type, start, stop, document.Text[start..stop]));
        }
    }

    // A word Spanish writes in lower case ('Aprueban', 'Inmediatamente', 'Según'), by the training text or by the
    // dictionary, and no Spanish given name ('Rosa', 'Pilar' are both).
    private bool IsCommonWord(Document document, int token)
    {
        var word = document.TokenSpan(token);
        if (_gazetteers.GivenNames.Contains(word)) return false;
        const byte spanishGiven = SpanishLexicon.GivenName | SpanishLexicon.SpanishName;
        if ((_gazetteers.Lexicon.PersonName(word) & spanishGiven) == spanishGiven) return false;
        return _gazetteers.LowercaseWords.Contains(word) || _gazetteers.Lexicon.IsCommonWord(word);
    }

    // 'el alza del Sector Minero': capitalised common words that no list of people's names holds are no person.
    private bool OnlyCommonWords(Document document, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            var word = document.TokenSpan(k);
            if (!_gazetteers.Lexicon.IsCommonWord(word) || _gazetteers.Lexicon.PersonName(word) != 0 || _gazetteers.GivenNames.Contains(word)) return false;
        }
        return true;
    }

    // A legal form belongs to the company it follows ('Nugil S.A.S.', 'Bimbo S.A.B. de C.V.'), and capitalised
    // words right before one are a company even where the model saw none ('Trelcor Ltda.'), or saw a person.
    private void AddLegalForms(Document document, byte[] marks, bool[] sentenceStarts, List<(int First, int End, EntityType Type)> found)
    {
        // Which found name covers each token; a name the rule replaces is left as a tombstone (End = -1) and dropped
        // at the end, so indexes stay valid and nothing is rebuilt per legal form (a long article has thousands).
        var owner = new int[document.Tokens.Length];
        Array.Fill(owner, -1);
        for (int f = 0; f < found.Count; f++) for (int k = found[f].First; k < found[f].End; k++) owner[k] = f;
        bool removed = false;
        for (int t = 1; t < document.Tokens.Length; t++)
        {
            if (sentenceStarts[t] || owner[t] >= 0 || !char.IsUpper(document.Text[document.Tokens[t].Start])) continue;
            // The gazetteer marks already hold every legal form that starts with a capitalised word.
            if (document.Tokens[t].Kind is TokenKind.Word or TokenKind.Abbreviation && (marks[t] & NameFeatures.Marks.LegalForm) == 0) continue;
            if (!_gazetteers.CompanyForms.TryLegalForm(document, t, out int legalEnd)) continue;
            if (document.Tokens[t].Start - document.Tokens[t - 1].End > 1) continue;
            // The name before it: capitalised words, joined by 'de', 'del', 'y' or '&' inside.
            int first = t;
            for (int k = t - 1; k >= 0 && t - k <= 6; k--)
            {
                if (document.Tokens[k].Kind is not (TokenKind.Word or TokenKind.AlphaNumeric or TokenKind.Abbreviation)
                    && !document.TokenIs(k, "&")) break;
                var w = document.TokenSpan(k);
                bool capital = char.IsUpper(w[0]) || char.IsDigit(w[0]);
                bool joiner = w is "de" or "del" or "y" or "&";
                if (!capital && !joiner) break;
                if (capital) first = k;
                if (sentenceStarts[k]) break;
            }
            if (first == t) continue;
            if (sentenceStarts[first] && first + 1 < t && IsCommonWord(document, first)) first++;
            int existing = owner[t - 1];
            if (existing >= 0 && found[existing].Type == EntityType.COMPANY && found[existing].End == t)
            {
                found[existing] = (found[existing].First, legalEnd, EntityType.COMPANY);
                for (int k = t; k < legalEnd; k++) owner[k] = existing;
                continue;
            }
            // Replace whatever the model found inside the name (a person, part of the name) with the whole company.
            for (int k = first; k < t; k++)
            {
                int f = owner[k];
                if (f < 0 || found[f].First < first || found[f].End > t) continue;
                for (int j = found[f].First; j < found[f].End; j++) owner[j] = -1;
                found[f] = (found[f].First, -1, found[f].Type);
                removed = true;
            }
            bool clash = false;
            for (int k = first; k < legalEnd && !clash; k++) clash = owner[k] >= 0;
            if (clash) continue;
            found.Add((first, legalEnd, EntityType.COMPANY));
            for (int k = first; k < legalEnd; k++) owner[k] = found.Count - 1;
        }
        if (removed) found.RemoveAll(static f => f.End < 0);
        found.Sort((a, b) => a.First.CompareTo(b.First));
    }

    // The guide: a surname alone after the first mention is the same person ('Elon Musk' … 'Musk').
    private void AddRepeatedSurnames(Document document, List<Entity> others, List<(int First, int End, EntityType Type)> found)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (first, end, type) in found)
            if (type == EntityType.PERSON && end - first >= 2) surnames.Add(document.TokenText(end - 1));
        if (surnames.Count == 0) return;
        var isSurname = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        // A lone word the model called a company, which is the surname of a person named in this article and no
        // company the gazetteer knows, is that person.
        for (int f = 0; f < found.Count; f++)
        {
            var (first, end, type) = found[f];
            if (type == EntityType.COMPANY && end - first == 1 && isSurname.Contains(document.TokenSpan(first))
                && !_gazetteers.Companies.TryCanonical(document.TokenText(first), out _))
                found[f] = (first, end, EntityType.PERSON);
        }
        var taken = new bool[document.Tokens.Length];
        foreach (var (first, end, _) in found) for (int k = first; k < end; k++) taken[k] = true;
        var occupied = new CoveredText(document.Text.Length);
        foreach (var m in others) occupied.Cover(m.Start, m.End);
        int firstMention = found.Where(f => f.Type == EntityType.PERSON && f.End - f.First >= 2).Min(f => f.First);
        for (int k = firstMention + 1; k < document.Tokens.Length; k++)
        {
            if (taken[k] || document.Tokens[k].Kind != Text.TokenKind.Word || !isSurname.Contains(document.TokenSpan(k))) continue;
            var token = document.Tokens[k];
            if (!occupied.IsFree(token.Start, token.End)) continue;
            // Part of a longer capitalised name ('Musk Foundation') is left to the model.
            bool joined = (k > 0 && taken[k - 1]) || (k + 1 < document.Tokens.Length && document.Tokens[k + 1].Kind == Text.TokenKind.Word
                           && char.IsUpper(document.TokenSpan(k + 1)[0]) && document.Tokens[k + 1].Start == token.End + 1);
            if (!joined) found.Add((k, k + 1, EntityType.PERSON));
        }
    }
}
