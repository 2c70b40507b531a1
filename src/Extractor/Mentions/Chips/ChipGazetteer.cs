using Extractor.Lexicons;
using Extractor.Models;

namespace Extractor.Mentions.Chips;

/// <summary>A chip's designer and family.</summary>
internal sealed record ChipInfo(string Vendor, string? Family);

/// <summary>Known chips and families with their aliases (models/gazetteers/chips.tsv).</summary>
internal sealed class ChipGazetteer
{
    public ChipGazetteer(IEnumerable<(string Name, ChipInfo Info)> chips)
    {
        var list = chips.ToList();
        Names = new PhraseTable<ChipInfo>(list);
        foreach (var (name, info) in list) _byName.TryAdd(name, info);
        Vendors = list.Select(c => c.Info.Vendor).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        VendorNames = new WordTable<string>(Vendors.Select(v => (v, v)));
        ByPrefix = list
            .GroupBy(c => LetterPrefix(c.Name.Replace("-", "")))
            .Where(g => g.Key.Length >= 1)
            .ToDictionary(g => g.Key, g => g.GroupBy(c => c.Info.Vendor).Count() == 1 ? g.First().Info : null, StringComparer.Ordinal);
    }

    public static IReadOnlyList<string[]> DefaultRows() => ModelFile.ReadTable("gazetteers/chips.tsv");

    public static ChipGazetteer LoadDefault() => FromRows(DefaultRows());

    /// <summary>From rows of chips.tsv (name, aliases, vendor, family, kind).</summary>
    public static ChipGazetteer FromRows(IEnumerable<string[]> rows)
    {
        var chips = new List<(string, ChipInfo)>();
        foreach (var row in rows)
        {
            var info = new ChipInfo(row[2], row.Length > 3 && row[3].Length > 0 ? row[3] : null);
            chips.Add((row[0], info));
            // 'Nvidia H200', 'Apple M4': the designer's name before a chip is its own COMPANY, so such aliases are dropped.
            if (row[1].Length > 0)
                foreach (var alias in row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    if (!alias.StartsWith(info.Vendor + " ", StringComparison.OrdinalIgnoreCase))
                        chips.Add((alias, info));
        }
        return new ChipGazetteer(chips);
    }

    public PhraseTable<ChipInfo> Names { get; }

    private readonly Dictionary<string, ChipInfo> _byName = new(StringComparer.Ordinal);

    /// <summary>A chip or family by its exact name, for reading 'Trainium3' through 'Trainium'.</summary>
    public bool TryGet(string name, out ChipInfo info) => _byName.TryGetValue(name, out info!);

    /// <summary>Every vendor the gazetteer knows, for reading the vendor of an unseen chip from its context.</summary>
    public IReadOnlyList<string> Vendors { get; }

    /// <summary>The same vendors, looked up by a token's text in any capitalisation.</summary>
    public WordTable<string> VendorNames { get; }

    /// <summary>Letter prefix of model names ('MI' of MI300X) to the one vendor and family using it, or null when shared.</summary>
    public IReadOnlyDictionary<string, ChipInfo?> ByPrefix { get; }

    internal static string LetterPrefix(string name)
    {
        int n = 0;
        while (n < name.Length && char.IsAsciiLetterUpper(name[n])) n++;
        return n < name.Length && char.IsAsciiDigit(name[n]) ? name[..n] : "";
    }
}
