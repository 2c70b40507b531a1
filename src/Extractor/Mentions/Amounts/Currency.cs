namespace Extractor.Mentions.Amounts;

/// <summary>A way of naming a currency: its ISO code (null where the article's country decides, as for 'pesos'),
/// whether it can stand before the number, after it or both, and any scale it carries ('M€' = millions of euros).</summary>
public sealed record Currency(string? Code, bool Before, bool After, decimal Scale);
