using System.Security.Cryptography;
using System.Text;
using Extractor.Models;
using Extractor.Text;

namespace Extractor.Mentions.Names;

/// <summary>
/// What a name model's weights depend on besides the weights: the feature templates' version, the tokenizer's
/// version and abbreviation table, and the exact lists the features read (gazetteers, lexicon, the training
/// text's lower-case words). Stored in the model file when it is trained and compared when it is loaded, so a
/// model left stale by a changed list or template is an error with a remedy, not a silent loss of accuracy.
/// </summary>
internal static class ModelFingerprint
{
    /// <summary>The embedded files the shipped COMPANY/PERSON model reads through its features.</summary>
    public static readonly string[] CorpusModelFiles =
    [
        "gazetteers/companies.tsv", "gazetteers/not-companies.tsv", "gazetteers/given-names.tsv",
        SpanishLexicon.WordFormsPath, SpanishLexicon.CapitalisedFormsPath, SpanishLexicon.RanksPath, SpanishLexicon.PersonNamesPath,
    ];

    /// <summary>The CoNLL-2002 benchmark model reads the general-language lists only.</summary>
    public static readonly string[] LanguageOnlyFiles =
    [
        SpanishLexicon.WordFormsPath, SpanishLexicon.CapitalisedFormsPath, SpanishLexicon.RanksPath, SpanishLexicon.PersonNamesPath,
    ];

    /// <summary>A hex SHA-256 over the versions, the named embedded files and the lower-case word list.</summary>
    public static string Compute(IEnumerable<string> modelFiles, IEnumerable<string> lowercaseWords)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string s) { sha.AppendData(Encoding.UTF8.GetBytes(s)); sha.AppendData("\n"u8); }
        Add(NameFeatures.TemplateVersion);
        Add(NameFeatures.PerToken.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(Tokenizer.Version);
        AddResource(sha, typeof(ModelFile).Assembly.GetManifestResourceStream("Extractor.Lexicons.abbreviations.tsv"));
        AddResource(sha, typeof(ModelFile).Assembly.GetManifestResourceStream("Extractor.Lexicons.company-forms.tsv"));
        foreach (var file in modelFiles)
        {
            Add(file);
            using var stream = ModelFile.Open(file);
            AddResource(sha, stream);
        }
        Add("lowercase-words");
        foreach (var word in lowercaseWords) Add(word);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static void AddResource(IncrementalHash sha, Stream? stream)
    {
        if (stream is null) return;
        var buffer = new byte[81920];
        for (int read; (read = stream.Read(buffer)) > 0;) sha.AppendData(buffer, 0, read);
    }

    /// <summary>Throws when <paramref name="model"/> was trained under another fingerprint.</summary>
    public static void Check(LinearSequenceModel model, string expected, string modelName, string retrainCommand)
    {
        if (model.Fingerprint == expected) return;
        throw new InvalidDataException(
            $"The name model {modelName} does not match this build's feature templates, tokenizer or lists " +
            $"(model fingerprint '{(model.Fingerprint.Length == 0 ? "none" : model.Fingerprint[..12])}', expected '{expected[..12]}'): " +
            $"it is stale. Retrain it with `{retrainCommand}` and rebuild.");
    }
}
