using Newtonsoft.Json;

namespace Extractor.Batch;

/// <summary>
/// What decides a run's records besides the inputs' contents: the paths as given (made absolute), the shard, and
/// the options that change records. <c>--resume</c> appends to a partial output only when it was written with the
/// same settings, kept beside it in <c>.FILE.partial.settings</c>; thread count and progress do not count.
/// </summary>
/// <param name="Paths">The input paths as given on the command line.</param>
/// <param name="Shard">The shard, as <c>K/N</c>.</param>
/// <param name="IncludeText">Whether records carry their text.</param>
/// <param name="TextField">The JSON Lines field holding an article's text.</param>
/// <param name="IdField">The JSON Lines field holding an article's id.</param>
public sealed record RunSettings(IReadOnlyList<string> Paths, string Shard, bool IncludeText, string TextField, string IdField)
{
    /// <summary>The settings of a plain run over <paramref name="paths"/>: all of it, no text, default field names.</summary>
    public static RunSettings Default(IEnumerable<string> paths) =>
        new(paths.ToList(), "0/1", false, "text", "id");

    /// <summary>One line of JSON, compared byte for byte on resume.</summary>
    public string ToLine() => JsonConvert.SerializeObject(new
    {
        paths = Paths.Select(p => p == "-" ? p : Path.GetFullPath(p)).ToArray(),
        shard = Shard,
        include_text = IncludeText,
        text_field = TextField,
        id_field = IdField,
    });
}
