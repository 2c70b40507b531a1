namespace Extractor.Mentions.Names;

/// <summary>
/// IOB2 labels ('O', 'B-ORG', 'I-ORG', …) and which may follow which: an I- label only continues its own type,
/// so every decoded span is well formed.
/// </summary>
internal sealed class BioLabels
{
    public BioLabels(IReadOnlyList<string> labels)
    {
        if (labels.Count == 0 || labels[0] != "O") throw new ArgumentException("Label 0 must be 'O'.");
        Names = labels.ToArray();
        Allowed = new bool[(Count + 1) * Count];
        for (int from = 0; from <= Count; from++)
            for (int to = 0; to < Count; to++)
                Allowed[from * Count + to] = IsAllowed(from == Count ? "O" : Names[from], Names[to]);
    }

    public static BioLabels ForTypes(IEnumerable<string> types) =>
        new(new[] { "O" }.Concat(types.SelectMany(t => new[] { "B-" + t, "I-" + t })).ToArray());

    public string[] Names { get; }
    public int Count => Names.Length;

    /// <summary>Row <c>from</c> (or <see cref="Count"/> for the sentence start), column <c>to</c>.</summary>
    public bool[] Allowed { get; }

    public int IndexOf(string label) => Array.IndexOf(Names, label);

    public static string TypeOf(string label) => label.Length > 2 ? label[2..] : "";

    private static bool IsAllowed(string from, string to) =>
        !to.StartsWith("I-", StringComparison.Ordinal) || (from.Length > 2 && from[2..] == to[2..]);
}
