using System.Text.RegularExpressions;
using Extractor.Lexicons;
using Extractor.Pipeline;
using Extractor.Records;
using Extractor.Text;

namespace Extractor.Mentions.Chips;

/// <summary>
/// CHIP mentions: names from the chip gazetteer, and model names it lacks (letters then digits: MI450X, B300,
/// WSE-4, TPU v7, or a known family and a new number: Gaudi 4) when the sentence backs them: a chip word
/// (Lexicons/chip-context.tsv) or a chip designer named in it. Names that are also ordinary words or people's
/// names (Hopper, Rubin; Lexicons/ambiguous-chip-names.tsv) and very short ones (M4) need that backing too.
/// The vendor is the gazetteer's, else the designer named nearest in the sentence, else the startup named after
/// the chip ('el chip X100 de la startup Etched'), else the one designer whose models share the letter prefix.
/// </summary>
internal sealed partial class ChipRecognizer : IMentionRecognizer
{
    [GeneratedRegex("^[A-Z]{1,4}-?[0-9]{1,4}[A-Z]{0,2}$")]
    private static partial Regex ModelShape();

    // 'Trainium3', 'Graviton5', 'Inferentia3': a family word with a generation number.
    [GeneratedRegex("^[A-Z][a-z]{2,}[0-9]{1,2}[a-z]?$")]
    private static partial Regex FamilyGeneration();

    [GeneratedRegex("^(v[0-9]+[a-z]?|[0-9]{1,4}[A-Z]{0,2}|[0-9]{1,4}[a-z])$")]
    private static partial Regex Generation();

    private readonly ChipGazetteer _gazetteer;
    private readonly WordTable<bool> _context;
    private readonly PhraseTable<bool> _ambiguous;
    private readonly PhraseTable<bool> _notChips;
    private readonly WordTable<string> _nameParts;

    // 'HBM3E', 'HBM4': a generation of high-bandwidth memory, a chip product when a memory maker sells it.
    [GeneratedRegex("^HBM[0-9][A-Z]?$")]
    private static partial Regex MemoryGeneration();

    private static readonly string[] MemoryMakers = ["Samsung", "SK Hynix", "Micron"];
    private readonly WordTable<bool> _chipNameTriggers = new(
        new[] { "chip", "chips", "acelerador", "aceleradores", "procesador", "procesadores", "GPU", "GPUs", "generación", "arquitectura", "superchip", "superchips" }
            .Select(w => (w, true)));

    private readonly WordTable<bool> _weakChipNameTriggers = new(
        new[] { "plataforma", "plataformas", "gama", "familia", "sistemas" }.Select(w => (w, true)));

    public ChipRecognizer(ChipGazetteer gazetteer, WordTable<bool> context, PhraseTable<bool> ambiguous, PhraseTable<bool> notChips, WordTable<string>? nameParts = null)
    {
        _gazetteer = gazetteer;
        _context = context;
        _ambiguous = ambiguous;
        _notChips = notChips;
        _nameParts = nameParts ?? new WordTable<string>([]);
    }

    public static ChipRecognizer LoadDefault() => WithGazetteer(ChipGazetteer.LoadDefault());

    /// <summary>The shipped rules and lexicons over another chip list (the generalisation test removes names from it).</summary>
    public static ChipRecognizer WithGazetteer(ChipGazetteer gazetteer) => new(
        gazetteer,
        new WordTable<bool>(LexiconFile.ReadEmbedded("chip-context.tsv").Select(r => (r[0], true))),
        new PhraseTable<bool>(LexiconFile.ReadEmbedded("ambiguous-chip-names.tsv").Select(r => (r[0], true))),
        new PhraseTable<bool>(LexiconFile.ReadEmbedded("not-chips.tsv").Select(r => (r[0], true))),
        new WordTable<string>(LexiconFile.ReadEmbedded("chip-name-parts.tsv").Select(r => (r[0], r[1]))));

    public void Recognize(Document document, List<Entity> mentions)
    {
        int firstMention = mentions.Count;
        int chipWords = 0;
        for (int t = 0; t < document.Tokens.Length && chipWords < 3; t++)
            if (_context.Contains(document.TokenSpan(t))) chipWords++;
        // An article that speaks of chips again and again backs model codes of known designers anywhere in it.
        bool articleOnChips = chipWords >= 3;
        foreach (var sentence in document.Sentences)
        {
            var backing = new Lazy<Backing>(() => BackingOf(document, sentence));
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                // Chip names begin with a capital or a digit; lower-case words and punctuation are passed over at once.
                var first = document.Text[document.Tokens[i].Start];
                if (!char.IsUpper(first) && !char.IsAsciiDigit(first)) { i++; continue; }
                if (IsMemoryProduct(document, i, out var maker))
                {
                    Add(document, mentions, i, i + 1, new ChipInfo(maker, "HBM"));
                    i++;
                    continue;
                }
                bool known = _gazetteer.Names.TryMatch(document, i, out var info, out int end) && end <= sentence.EndToken;
                // 'TPU' alone is generic, 'TPU v5e' a chip: a non-chip entry loses only to a longer chip name.
                if (_notChips.TryMatch(document, i, out _, out int skip) && (!known || skip >= end)) { i = skip; continue; }
                if (known)
                {
                    bool ambiguous = (_ambiguous.TryMatch(document, i, out _, out int ambiguousEnd) && ambiguousEnd == end)
                                     || document.Tokens[end - 1].End - document.Tokens[i].Start <= 2;
                    if (!ambiguous || backing.Value.ChipWord || backing.Value.Vendors.Contains(info.Vendor) || (end - i == 1 && document.Tokens[i].Length > 3 && backing.Value.Vendors.Count > 0))
                    {
                        end = ExtendWithModel(document, end, sentence.EndToken);
                        Add(document, mentions, WithCoreCount(document, i, sentence), end, info);
                        i = end;
                        continue;
                    }
                }
                else if (IsUnseenModel(document, i, sentence, backing, articleOnChips, out end, out var inferred)
                         || IsNameAfterChipWord(document, i, sentence, out end, out inferred))
                {
                    end = ExtendWithModel(document, end, sentence.EndToken);
                    Add(document, mentions, WithCoreCount(document, i, sentence), end, inferred);
                    i = end;
                    continue;
                }
                i++;
            }
        }
        RepeatNamesFound(document, mentions, firstMention, _ambiguous);
    }

    // A name read as a chip once in an article ('la arquitectura Blackwell') is the same chip where the article
    // names it again without a chip word nearby ('Blackwell vende más de lo previsto').
    // Names that are also words or people's names ('Ampere', 'Vera Rubin') are not repeated: each needs its own backing.
    private static void RepeatNamesFound(Document document, List<Entity> mentions, int firstMention, PhraseTable<bool> ambiguous)
    {
        var found = new Dictionary<string, Entity>(StringComparer.Ordinal);
        for (int m = firstMention; m < mentions.Count; m++)
            if (mentions[m].Type == EntityType.CHIP && mentions[m].Text.Length >= 3 && !found.ContainsKey(mentions[m].Text)
                && !ambiguous.TryMatch(TextAnalyzer.Default.Analyze(mentions[m].Text), 0, out _, out _))
                found.TryAdd(mentions[m].Text, mentions[m]);
        if (found.Count == 0) return;
        // The characters chips already cover: one bit each, so a long article's thousands of repeats stay linear.
        var text = document.Text;
        var taken = new CoveredText(text.Length);
        for (int m = firstMention; m < mentions.Count; m++) taken.Cover(mentions[m].Start, mentions[m].End);
        foreach (var (name, model) in found)
        {
            int at = 0;
            while ((at = text.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
            {
                int end = at + name.Length;
                bool wordEdges = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                // 'Ampere Computing': a capitalised word straight after makes it part of another name.
                if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])) wordEdges = false;
                if (wordEdges && taken.IsFree(at, end))
                {
                    mentions.Add(new Entity(EntityType.CHIP, at, end, name) { Vendor = model.Vendor, Family = model.Family });
                    taken.Cover(at, end);
                }
                at = end;
            }
        }
    }

    // 'Quad-Core Xeon 5300': a core count written before the name is part of it.
    private int WithCoreCount(Document document, int first, Sentence sentence) =>
        first > sentence.FirstToken && _nameParts.TryGet(document.TokenSpan(first - 1), out var kind) && kind == "prefix"
        && document.Tokens[first].Start - document.Tokens[first - 1].End == 1
            ? first - 1
            : first;

    // 'HBM3E' is a chip product where a memory maker is named in the sentence or the article; the maker is the vendor.
    private bool IsMemoryProduct(Document document, int i, out string maker)
    {
        maker = "";
        if (document.Tokens[i].Kind != TokenKind.AlphaNumeric || !MemoryGeneration().IsMatch(document.TokenSpan(i))) return false;
        // The maker named nearest to the mention, before or after it.
        int at = document.Tokens[i].Start, best = int.MaxValue;
        foreach (var name in MemoryMakers)
        {
            int before = document.Text.LastIndexOf(name, at, StringComparison.Ordinal);
            int after = document.Text.IndexOf(name, at, StringComparison.Ordinal);
            int distance = Math.Min(before < 0 ? int.MaxValue : at - before, after < 0 ? int.MaxValue : after - at);
            if (distance < best)
            {
                best = distance;
                maker = name;
            }
        }
        return maker.Length > 0;
    }

    // 'Instinct MI300X' (family then model), 'Gaudi 4', 'Xeon 7', 'TPU v7': a number or model code right after a
    // family, then the words that finish a model's name ('Snapdragon 8 Gen 4', 'Core 2 Extreme').
    private int ExtendWithModel(Document document, int end, int sentenceEnd)
    {
        int extended = ExtendWithNumber(document, end, sentenceEnd);
        while (extended < sentenceEnd && document.Tokens[extended].Start - document.Tokens[extended - 1].End == 1
               && _nameParts.TryGet(document.TokenSpan(extended), out var kind) && kind == "suffix")
        {
            if (document.TokenIs(extended, "Gen"))
            {
                if (extended + 1 >= sentenceEnd || document.Tokens[extended + 1].Kind != TokenKind.Number) break;
                extended += 2;
            }
            else if (char.IsUpper(document.TokenSpan(extended)[0])) extended++;
            else break;
        }
        return extended;
    }

    private int ExtendWithNumber(Document document, int end, int sentenceEnd)
    {
        if (end >= sentenceEnd) return end;
        var next = document.Tokens[end];
        if (next.Start - document.Tokens[end - 1].End != 1) return end;
        if (_gazetteer.Names.TryMatch(document, end, out _, out int modelEnd)) return modelEnd;
        var text = document.TokenSpan(end);
        bool year = next.Kind == TokenKind.Number && next.Length == 4 && int.TryParse(text, out int y) && y is >= 1900 and <= 2100;
        if (year || _notChips.TryMatch(document, end, out _, out _)) return end;
        bool generation = next.Kind is TokenKind.Number or TokenKind.AlphaNumeric or TokenKind.Word && Generation().IsMatch(text);
        bool model = next.Kind == TokenKind.AlphaNumeric && ModelShape().IsMatch(text);
        return generation || model ? end + 1 : end;
    }

    private bool IsUnseenModel(Document document, int i, Sentence sentence, Lazy<Backing> backing, bool articleOnChips, out int end, out ChipInfo info)
    {
        end = i + 1;
        info = new ChipInfo("", null);
        var token = document.Tokens[i];
        if (token.Kind == TokenKind.Word)
        {
            if (!document.TokenSpan(i).SequenceEqual("TPU") || end >= sentence.EndToken || document.TokenSpan(end)[0] != 'v'
                || !Generation().IsMatch(document.TokenSpan(end))) return false;
            info = new ChipInfo("Google", "TPU");
            return true;
        }
        if (token.Kind != TokenKind.AlphaNumeric) return false;
        var text = document.TokenText(i);
        if (token.Kind == TokenKind.AlphaNumeric && FamilyGeneration().IsMatch(text))
        {
            // 'Trainium3' when the list knows 'Trainium': same designer and family.
            var stem = text[..text.AsSpan().IndexOfAnyInRange('0', '9')];
            if (_gazetteer.TryGet(stem, out var family)) { info = family; return true; }
            if (!backing.Value.ChipWord) return false;
            info = InferVendor(document, sentence, i) ?? new ChipInfo("", null);
            return true;
        }
        if (token.Kind != TokenKind.AlphaNumeric || !ModelShape().IsMatch(text)) return false;
        int digits = text.Count(char.IsAsciiDigit);
        int letters = text.Count(char.IsAsciiLetter);
        var prefix = ChipGazetteer.LetterPrefix(text.Replace("-", ""));
        _gazetteer.ByPrefix.TryGetValue(prefix, out var byPrefix);
        bool afterChipWord = i > sentence.FirstToken && (_context.Contains(document.TokenSpan(i - 1))
                             || (i - 1 > sentence.FirstToken && _context.Contains(document.TokenSpan(i - 2))));
        bool vendorBacksPrefix = byPrefix != null && backing.Value.Vendors.Contains(byPrefix.Vendor);
        bool accepted = (backing.Value.ChipWord && (digits >= 2 || afterChipWord || letters >= 2))
                        || vendorBacksPrefix
                        || (articleOnChips && byPrefix != null && digits >= 3);
        if (!accepted) return false;
        var named = InferVendor(document, sentence, i);
        info = named is null || (byPrefix != null && named.Vendor == byPrefix.Vendor) ? byPrefix ?? new ChipInfo("", null) : named;
        return info.Vendor.Length > 0 || afterChipWord;
    }

    // 'los procesadores para portátiles Panther Lake', 'la generación Ironwood': a capitalised name right after a
    // chip word is the chip, unless it is a designer ('los chips Nvidia') or a known non-chip.
    private bool IsNameAfterChipWord(Document document, int i, Sentence sentence, out int end, out ChipInfo info)
    {
        end = i + 1;
        info = new ChipInfo("", null);
        var token = document.Tokens[i];
        var word = document.TokenSpan(i);
        // A capitalised word ('Blackwell'), or a short name in capitals ('EPYC', 'MTIA') in a sentence written in
        // lower case; not a heading in capitals ('UN CHIP DEL TAMAÑO…').
        if (token.Kind != TokenKind.Word || i == sentence.FirstToken || !char.IsUpper(word[0]) || word.Length < 2) return false;
        bool capitals = !word.ContainsAnyInRange('a', 'z');
        if (!char.IsLower(word[1]) && !(capitals && word.Length is >= 3 and <= 6 && char.IsLower(document.TokenSpan(i - 1)[0]))) return false;
        int before = i - 1;
        if (document.TokenIs(before, "portátiles") || document.TokenIs(before, "servidores")) before -= document.TokenIs(before - 1, "para") ? 2 : 0;
        if (before < sentence.FirstToken) return false;
        // 'la plataforma Blackwell', 'la gama Blackwell': words that also name other things count where the sentence
        // speaks of chips or names a chip designer.
        bool trigger = _chipNameTriggers.Contains(document.TokenSpan(before))
                       || (_weakChipNameTriggers.Contains(document.TokenSpan(before)) && (BackingOf(document, sentence) is var b && (b.ChipWord || b.Vendors.Count > 0)));
        if (!trigger) return false;
        if (_gazetteer.VendorNames.Contains(document.TokenSpan(i)) || _notChips.TryMatch(document, i, out _, out _)) return false;
        // 'Panther Lake', 'Falcon Shores', 'Drive AGX Thor': up to two more capitalised words belong to the name.
        while (end < sentence.EndToken && end - i < 3 && document.Tokens[end].Kind == TokenKind.Word && char.IsUpper(document.TokenSpan(end)[0])
               && document.TokenSpan(end).Length > 1 && !_gazetteer.VendorNames.Contains(document.TokenSpan(end))
               && (char.IsLower(document.TokenSpan(end)[1]) || document.TokenSpan(end).Length <= 4))
            end++;
        info = InferVendor(document, sentence, i) ?? new ChipInfo("", null);
        return true;
    }

    private sealed record Backing(bool ChipWord, HashSet<string> Vendors);

    private Backing BackingOf(Document document, Sentence sentence)
    {
        bool chipWord = false;
        var vendors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var word = document.TokenSpan(t);
            if (_context.Contains(word)) chipWord = true;
            if (char.IsUpper(word[0]) && _gazetteer.VendorNames.TryGet(word, out var vendor)) vendors.Add(vendor);
        }
        return new Backing(chipWord, vendors);
    }

    private ChipInfo? InferVendor(Document document, Sentence sentence, int index)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (_gazetteer.VendorNames.TryGet(document.TokenSpan(t), out var vendor) && document.TokenSpan(t).SequenceEqual(vendor)
                && Math.Abs(t - index) < bestDistance)
            {
                best = vendor;
                bestDistance = Math.Abs(t - index);
            }
        }
        if (best != null) return new ChipInfo(best, null);
        // 'el chip X100 de la startup Etched': the maker named right after the chip.
        int k = index + 1;
        if (!document.TokenIs(k, "de")) return null;
        k++;
        if (document.TokenIs(k, "la")) k++;
        if (document.TokenIs(k, "startup") || document.TokenIs(k, "empresa") || document.TokenIs(k, "compañía") || document.TokenIs(k, "firma")) k++;
        while (k < sentence.EndToken && document.Tokens[k].Kind == TokenKind.Word && char.IsLower(document.TokenSpan(k)[0]) && k - index < 6) k++;
        return k < sentence.EndToken && document.Tokens[k].Kind == TokenKind.Word && char.IsUpper(document.TokenSpan(k)[0])
            ? new ChipInfo(document.TokenText(k), null)
            : null;
    }

    private static void Add(Document document, List<Entity> mentions, int first, int end, ChipInfo info)
    {
        int start = document.Tokens[first].Start, stop = document.Tokens[end - 1].End;
        mentions.Add(new Entity(EntityType.CHIP, start, stop, document.Text[start..stop])
        {
            Vendor = info.Vendor.Length > 0 ? info.Vendor : null,
            Family = info.Family,
        });
    }
}
