namespace Extractor.Mentions.Amounts;

/// <summary>A way of naming a currency: its ISO code, or the shared name whose code the article's country decides
/// ('peso', 'corona'); whether it can stand before the number, after it or both; and any scale it carries
/// ('M€' = millions of euros, 'céntimos' = hundredths).</summary>
internal sealed record Currency(string? Code, string? SharedName, bool Before, bool After, decimal Scale);
