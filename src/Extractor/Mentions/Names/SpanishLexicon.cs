using System.Text;
using Extractor.Models;

namespace Extractor.Mentions.Names;

/// <summary>
/// What the Spanish dictionary knows about a word (models/lexicon/, from hunspell-es): whether it is a common word
/// written in lower case ('aprueban', 'inmediatamente', 'sector'), a form known only with a capital ('Madrid',
/// 'Santander'), or unknown (most foreign names and brands); its frequency rank bucket; and whether people's-name
/// lists of many origins hold it as a given name or surname. Lookups ignore case and allocate nothing.
/// </summary>
internal sealed class SpanishLexicon
{
    public const string WordFormsPath = "lexicon/es-word-forms.txt";
    public const string CapitalisedFormsPath = "lexicon/es-capitalised-forms.txt";
    public const string RanksPath = "lexicon/es-word-ranks.txt";
    public const string PersonNamesPath = "lexicon/person-names.tsv";

    /// <summary>Bits of <see cref="Lookup"/>'s answer.</summary>
    public const byte KnownLower = 1, KnownOnlyCapitalised = 2;

    /// <summary>Bits of <see cref="PersonName"/>'s answer.</summary>
    public const byte GivenName = 1, Surname = 2, SomeName = 4, SpanishName = 8;

    private const int MaxWord = 48;
    private readonly HashedWordSet _words;
    private readonly HashedWordSet _people;

    public SpanishLexicon(HashedWordSet words, HashedWordSet people)
    {
        _words = words;
        _people = people;
    }

    /// <summary>Knows no word: the lexicon features then stay silent.</summary>
    public static SpanishLexicon Empty { get; } = new(HashedWordSet.Empty, HashedWordSet.Empty);

    public int WordCount => _words.Count;
    public int NameCount => _people.Count;
    public long MemoryBytes => _words.MemoryBytes + _people.MemoryBytes;

    /// <summary>Lexicon bits (<see cref="KnownLower"/>, <see cref="KnownOnlyCapitalised"/>) in the low two bits and the
    /// frequency bucket (0 = unranked, else 1 + log2 of the rank) in bits 2–5.</summary>
    public byte Lookup(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWord) return 0;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        if (_words.TryGet(lower, out byte value)) return value;
        return IsEncliticForm(lower) || IsAdverbInMente(lower) ? KnownLower : (byte)0;
    }

    // The dictionary lists adverbs in '-mente' only in part: 'previsiblemente', 'rápidamente' are known from their adjective.
    private bool IsAdverbInMente(ReadOnlySpan<char> lower) =>
        lower.Length > 8 && lower.EndsWith("mente") && _words.TryGet(lower[..^5], out byte v) && (v & KnownLower) != 0;

    private static readonly string[] Clitics = ["nos", "les", "los", "las", "me", "te", "se", "os", "le", "lo", "la"];

    // The list leaves out verb forms with enclitic pronouns ('adaptarse', 'dárselo', 'cómpralas'), a third of the
    // expansion: they are recognised here from their verb form, as the build script removed them.
    private bool IsEncliticForm(ReadOnlySpan<char> lower)
    {
        Span<char> buffer = stackalloc char[MaxWord];
        for (int strip = 0; strip < 2; strip++)
        {
            bool found = false;
            foreach (var clitic in Clitics)
            {
                if (lower.Length < clitic.Length + 3 || !lower.EndsWith(clitic)) continue;
                var baseForm = lower[..^clitic.Length];
                var plain = buffer[..baseForm.Length];
                bool accented = false;
                for (int i = 0; i < baseForm.Length; i++)
                {
                    char c = baseForm[i];
                    char p = c switch { 'á' => 'a', 'é' => 'e', 'í' => 'i', 'ó' => 'o', 'ú' => 'u', _ => c };
                    accented |= p != c;
                    plain[i] = p;
                }
                bool infinitiveOrGerund = plain.EndsWith("r") || plain.EndsWith("ndo");
                if ((accented || infinitiveOrGerund) && _words.TryGet(plain, out byte v) && (v & KnownLower) != 0) return true;
                if (accented || infinitiveOrGerund)
                {
                    // 'dárselo': one more pronoun to strip ('dárse' → 'dar').
                    lower = baseForm;
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return false;
    }

    public bool IsCommonWord(ReadOnlySpan<char> word) => (Lookup(word) & KnownLower) != 0;

    public static int RankBucket(byte lookup) => lookup >> 2;

    public byte PersonName(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWord) return 0;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _people.TryGet(lower, out byte value) ? value : (byte)0;
    }

    private static SpanishLexicon? _default;
    private static readonly object Gate = new();

    /// <summary>The shipped lists, read once per process (they are large and never change).</summary>
    public static SpanishLexicon LoadDefault()
    {
        lock (Gate) return _default ??= Load();
    }

    /// <summary>Reads the lists afresh (the benchmark measures this; callers use <see cref="LoadDefault"/>).</summary>
    internal static SpanishLexicon Load()
    {
        // The files' UTF-8 bytes are hashed where they lie, one line at a time, into one pre-sized array of
        // entries: no string per word, and not even one string per file (that would double the 8 MB).
        var forms = ReadBytes(WordFormsPath);
        var capitalised = ReadBytes(CapitalisedFormsPath);
        var entries = new ulong[CountLines(forms) + CountLines(capitalised)];
        int count = 0;
        ForEachLine(forms, line => entries[count++] = HashedWordSet.Entry(HashedWordSet.HashUtf8(line), KnownLower));
        var chars = new char[MaxWord * 2];
        var lower = new char[MaxWord * 2];
        ForEachLine(capitalised, line =>
        {
            if (line.Length > MaxWord) return;
            int n = Encoding.UTF8.GetChars(line, chars);
            chars.AsSpan(0, n).ToLowerInvariant(lower);
            entries[count++] = HashedWordSet.Entry(HashedWordSet.Hash(lower.AsSpan(0, n)), KnownOnlyCapitalised);
        });
        forms = capitalised = [];
        var words = HashedWordSet.FromEntries(entries, count);
        // Frequency buckets: 1 + log2 of the rank, on the forms the rank list holds (all of them in es-word-forms.txt).
        int rank = 0;
        ForEachLine(ReadBytes(RanksPath), line =>
        {
            int bucket = Math.Min(15, 1 + (int)Math.Log2(++rank));
            words.AddValue(HashedWordSet.HashUtf8(line), (byte)(bucket << 2));
        });

        var people = new List<(string, byte)>();
        foreach (var row in ModelFile.ReadTable(PersonNamesPath))
        {
            byte bits = 0;
            foreach (var kind in row[1].Split(','))
                bits |= kind switch { "given" => GivenName, "surname" => Surname, _ => SomeName };
            if (row[2].Contains("zxcvbn-es", StringComparison.Ordinal)) bits |= SpanishName;
            people.Add((row[0].ToLowerInvariant(), bits));
        }
        return new SpanishLexicon(words, HashedWordSet.Build(people));
    }

    private delegate void LineAction(ReadOnlySpan<byte> line);

    private static byte[] ReadBytes(string path)
    {
        using var stream = ModelFile.Open(path);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static int CountLines(byte[] text) => text.AsSpan().Count((byte)'\n') + 1;

    private static void ForEachLine(byte[] text, LineAction action)
    {
        ReadOnlySpan<byte> rest = text;
        while (rest.Length > 0)
        {
            int end = rest.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            if (line.Length > 0 && line[^1] == '\r') line = line[..^1];
            if (line.Length == 0 || line[0] == '#') continue;
            action(line);
        }
    }
}
