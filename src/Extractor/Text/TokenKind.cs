namespace Extractor.Text;

/// <summary>What a token is made of, decided once by the tokenizer so later stages need not re-read characters.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters only, possibly joined by hyphens or apostrophes: <c>Amazon</c>, <c>dárselo</c>, <c>Castilla-La</c>.</summary>
    Word,
    /// <summary>Digits with optional grouping or decimal separators: <c>38.000</c>, <c>4,00</c>, <c>1,234.56</c>, <c>2026</c>.</summary>
    Number,
    /// <summary>Letters and digits mixed: model names and codes such as <c>GB200</c>, <c>MI300X</c>, <c>i9-13900K</c>, <c>5G</c>.</summary>
    AlphaNumeric,
    /// <summary>A word that keeps its dots: <c>EE.UU.</c>, <c>S.A.</c>, <c>Sr.</c>, <c>etc.</c>.</summary>
    Abbreviation,
    /// <summary>Sentence and clause punctuation, quotes and brackets.</summary>
    Punctuation,
    /// <summary>Currency signs and other symbols: <c>%</c>, <c>€</c>, <c>US$</c>, <c>&amp;</c>.</summary>
    Symbol,
    /// <summary>A web address: <c>https://…</c>, <c>www.…</c>.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary><c>#etiqueta</c>.</summary>
    Hashtag,
    /// <summary><c>@usuario</c>.</summary>
    Handle,
}
