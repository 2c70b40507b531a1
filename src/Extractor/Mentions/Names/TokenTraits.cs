namespace Extractor.Mentions.Names;

/// <summary>
/// What the name features of a token's neighbours read of it: hashes of its lower-case form, shape and last three
/// letters, the lexicon's class of it, its company-form kind and a few flags. It depends only on the token's text and
/// kind, so the runtime computes it once per word type of an article.
/// </summary>
internal readonly record struct TokenTraits(uint Lower, uint Shape, uint Suffix, byte Lexicon, byte Looked, byte Form, byte Flags)
{
    public const byte Capital = 1, JoinsList = 2, Quote = 4;

    /// <summary>Flags of what the gazetteers may find at the token (<see cref="NameFeatures.GazetteerMarks(Text.Document, ReadOnlySpan{byte})"/>
    /// asks the tables only there): a company or place name may start with it, it is a given name, a legal form may start with it.</summary>
    public const byte MayStartName = 8, GivenName = 16, MayStartLegalForm = 32;

    /// <summary>A sentinel beyond the sentence's edge.</summary>
    public static TokenTraits Edge(uint hash, byte lexicon) => new(hash, hash, hash, lexicon, 0, 0, 0);

    public bool IsCapital => (Flags & Capital) != 0;

    /// <summary>',', 'y', 'e' or 'o': joins the items of a list.</summary>
    public bool Joins => (Flags & JoinsList) != 0;

    public bool IsQuote => (Flags & Quote) != 0;

    /// <summary>The gazetteer flags alone.</summary>
    public byte GazetteerFlags => (byte)(Flags & (MayStartName | GivenName | MayStartLegalForm));
}
