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

    private readonly SequenceTagger _tagger;
    private readonly NameGazetteers _gazetteers;
    private readonly EntityType?[] _typeOfLabel;
    private readonly bool[] _begins;

    public NameRecognizer(SequenceTagger tagger, NameGazetteers gazetteers)
    {
        _tagger = tagger;
        _gazetteers = gazetteers;
        var names = tagger.Model.Labels.Names;
        _typeOfLabel = names.Select(n => Enum.TryParse<EntityType>(BioLabels.TypeOf(n), out var t) ? t : (EntityType?)null).ToArray();
        _begins = names.Select(n => n.StartsWith("B-", StringComparison.Ordinal)).ToArray();
    }

    public static NameRecognizer LoadDefault(CompanyGazetteer companies)
    {
        var gazetteers = NameGazetteers.LoadDefault(companies)
            .WithLowercaseWords(ModelFile.ReadTable(LowercaseWordsPath).Select(r => r[0]));
        LinearSequenceModel model;
        using (var stream = ModelFile.Open(ModelPath)) model = LinearSequenceModel.Load(stream);
        return new NameRecognizer(new SequenceTagger(model, new NameFeatures(gazetteers)), gazetteers);
    }

    public void Recognize(Document document, List<Entity> mentions)
    {
        var labels = _tagger.Tag(document);
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
            if (first < end) found.Add((first, end, type.Value));
            t = end;
        }
        AddRepeatedSurnames(document, mentions, found);
        foreach (var (first, end, type) in found)
        {
            int start = document.Tokens[first].Start, stop = document.Tokens[end - 1].End;
            mentions.Add(new Entity(type, start, stop, document.Text[start..stop]));
        }
    }

    private bool IsCommonWord(Document document, int token) =>
        _gazetteers.LowercaseWords.Contains(document.TokenSpan(token)) && !_gazetteers.GivenNames.Contains(document.TokenSpan(token));

    // The guide: a surname alone after the first mention is the same person ('Elon Musk' … 'Musk').
    private void AddRepeatedSurnames(Document document, List<Entity> others, List<(int First, int End, EntityType Type)> found)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (first, end, type) in found)
            if (type == EntityType.PERSON && end - first >= 2) surnames.Add(document.TokenText(end - 1));
        if (surnames.Count == 0) return;
        // A lone word the model called a company, which is the surname of a person named in this article and no
        // company the gazetteer knows, is that person.
        for (int f = 0; f < found.Count; f++)
        {
            var (first, end, type) = found[f];
            if (type == EntityType.COMPANY && end - first == 1 && surnames.Contains(document.TokenText(first))
                && !_gazetteers.Companies.TryCanonical(document.TokenText(first), out _))
                found[f] = (first, end, EntityType.PERSON);
        }
        var taken = new bool[document.Tokens.Length];
        foreach (var (first, end, _) in found) for (int k = first; k < end; k++) taken[k] = true;
        var occupied = new System.Collections.BitArray(document.Text.Length);
        foreach (var m in others) for (int c = m.Start; c < m.End; c++) occupied[c] = true;
        int firstMention = found.Where(f => f.Type == EntityType.PERSON && f.End - f.First >= 2).Min(f => f.First);
        for (int k = firstMention + 1; k < document.Tokens.Length; k++)
        {
            if (taken[k] || document.Tokens[k].Kind != Text.TokenKind.Word || !surnames.Contains(document.TokenText(k))) continue;
            var token = document.Tokens[k];
            bool clash = false;
            for (int c = token.Start; c < token.End && !clash; c++) clash = occupied[c];
            if (clash) continue;
            // Part of a longer capitalised name ('Musk Foundation') is left to the model.
            bool joined = (k > 0 && taken[k - 1]) || (k + 1 < document.Tokens.Length && document.Tokens[k + 1].Kind == Text.TokenKind.Word
                           && char.IsUpper(document.TokenSpan(k + 1)[0]) && document.Tokens[k + 1].Start == token.End + 1);
            if (!joined) found.Add((k, k + 1, EntityType.PERSON));
        }
    }
}
