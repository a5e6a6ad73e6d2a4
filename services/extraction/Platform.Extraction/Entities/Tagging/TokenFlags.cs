namespace Platform.Extraction.Entities.Tagging;

/// <summary>Orthographic and lexicon facts about one token, computed once per token.</summary>
[Flags]
public enum TokenFlags : uint
{
    None = 0,
    Capitalized = 1 << 0,
    AllCaps = 1 << 1,
    HasDigit = 1 << 2,
    Punctuation = 1 << 3,
    SentenceStart = 1 << 4,
    GivenName = 1 << 5,
    EastAsianFamilyName = 1 << 6,
    Title = 1 << 7,
    TitleModifier = 1 << 8,
    Honorific = 1 << 9,
    OrganizationHead = 1 << 10,
    OrganizationSuffix = 1 << 11,
    LocationHead = 1 << 12,
    NameParticle = 1 << 13,
    CapitalizedNonName = 1 << 14,
    Hyphen = 1 << 15,
    Lowercase = 1 << 16,
    /// <summary>Opens a Gaelic family name ("Ní", "Mac", "Ó"); read by rules only, not a tagger feature.</summary>
    FamilyNamePrefix = 1 << 17,
    /// <summary>Closes a Turkic patronymic ("uulu", "qizi"); read by rules only, not a tagger feature.</summary>
    NameSuffix = 1 << 18,
}

/// <summary>Precomputed hashes and flags of one token.</summary>
public struct TokenInfo
{
    public ulong Exact;
    public ulong Lower;
    public ulong Shape;
    public ulong ShortShape;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;
    public TokenFlags Flags;
    public byte LexiconCategory;
    public byte LexiconPosition; // 0 none, 1 begin, 2 inside
}
