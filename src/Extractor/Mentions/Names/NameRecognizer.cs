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
public sealed class NameRecognizer : IMentionRecognizer
{
    public const string ModelPath = "ner/companies-people.bin";
    public const string LowercaseWordsPath = "ner/lowercase-words.tsv";

    private readonly SequenceTagger _tagger;
    private readonly EntityType?[] _typeOfLabel;
    private readonly bool[] _begins;

    public NameRecognizer(SequenceTagger tagger)
    {
        _tagger = tagger;
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
        return new NameRecognizer(new SequenceTagger(model, new NameFeatures(gazetteers)));
    }

    public void Recognize(Document document, List<Entity> mentions)
    {
        var labels = _tagger.Tag(document);
        var sentenceStarts = new bool[labels.Length];
        foreach (var sentence in document.Sentences) sentenceStarts[sentence.FirstToken] = true;
        int t = 0;
        while (t < labels.Length)
        {
            var type = _typeOfLabel[labels[t]];
            if (type is null) { t++; continue; }
            int end = t + 1;
            while (end < labels.Length && !_begins[labels[end]] && _typeOfLabel[labels[end]] == type && !sentenceStarts[end]) end++;
            int start = document.Tokens[t].Start, stop = document.Tokens[end - 1].End;
            mentions.Add(new Entity(type.Value, start, stop, document.Text[start..stop]));
            t = end;
        }
    }
}
