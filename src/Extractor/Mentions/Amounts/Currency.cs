namespace Extractor.Mentions.Amounts;

/// <summary>A way of naming a currency: its ISO code, or the shared name whose code the article's country decides
/// ('peso', 'corona'); whether it can stand before the number, after it or both; and any scale it carries
/// ('M€' = millions of euros, 'céntimos' = hundredths). <paramref name="Fallback"/> is the code of a shared name
/// when the article's context settles nothing ('$' → USD).</summary>
internal sealed record Currency(string? Code, string? SharedName, bool Before, bool After, decimal Scale, string? Fallback = null);
