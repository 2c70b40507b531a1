using CsCheck;
using Extractor.Lexicons;

namespace Extractor.Tests.Lexicons;

/// <summary>The filter in front of the word tables may let a stranger through, but never turns away a word the table holds.</summary>
public class WordFilterTests
{
    private static readonly string[] Keys = ["dólares", "Euros", "US$", "€", "millones", "Ñandú", "ÉXITO", "ǅungla", "straße", "Kelvin"];

    [Theory]
    [InlineData("DÓLARES")]
    [InlineData("Dólares")]
    [InlineData("euros")]
    [InlineData("us$")]
    [InlineData("€")]
    [InlineData("ñANDÚ")]
    [InlineData("éxito")]
    [InlineData("ǆungla")]
    [InlineData("STRASSE")]
    public void A_word_the_table_holds_in_any_capitalisation_is_found(string word)
    {
        var table = new WordTable<bool>(Keys.Select(k => (k, true)));
        Assert.Equal(Keys.Contains(word, StringComparer.OrdinalIgnoreCase), table.Contains(word));
    }

    [Fact]
    public void Words_in_no_table_are_mostly_turned_away_by_the_filter()
    {
        // (A key with a letter outside Latin-1, as 'ǅungla', would switch the filter off: none here.)
        var filter = new WordFilter(["dólares", "Euros", "US$", "€", "millones", "Ñandú", "ÉXITO"], ignoreCase: true);
        var strangers = new[] { "la", "empresa", "2025", "de", "Repsol", "ganó", "acciones", "el", "y", "que" };
        Assert.True(strangers.Count(w => !filter.MayContain(w)) >= 8, "a filter that lets everything through saves nothing");
    }

    [Fact]
    public void The_filter_never_refuses_a_key_written_any_way()
    {
        var letters = Gen.Char["aábcdeéiíınñoóuúüAÁBCDEÉIÍİNÑOÓUÚÜßẞſSµΜÿŸ€$%ǅǆǄKk"];
        Gen.Select(letters.Array[1, 6].Select(c => new string(c)).Array[1, 20], Gen.Int, (keys, seed) => (keys, seed))
            .Sample(t =>
            {
                var (keys, seed) = t;
                var ignoring = new WordFilter(keys, ignoreCase: true);
                var exact = new WordFilter(keys, ignoreCase: false);
                var random = new Random(seed);
                foreach (var key in keys)
                {
                    Assert.True(exact.MayContain(key));
                    var variant = new string(key.Select(c => random.Next(3) switch { 0 => char.ToUpperInvariant(c), 1 => char.ToLowerInvariant(c), _ => c }).ToArray());
                    if (string.Equals(variant, key, StringComparison.OrdinalIgnoreCase)) Assert.True(ignoring.MayContain(variant), variant);
                }
            }, iter: 2000);
    }
}
