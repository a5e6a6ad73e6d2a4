namespace Platform.Extraction.Entities.Tagging;

/// <summary>
/// Hashed feature templates of the tagger. Static features depend only on the tokens; history features
/// add the two previous tags. Each feature is a bucket index into the weight table.
/// </summary>
public static class FeatureTemplates
{
    public const int MaxStaticFeatures = 72;
    public const int HistoryFeatures = 5;
    private static readonly ulong Boundary = StableHash.Of("<S>");

    public static int Static(ReadOnlySpan<TokenInfo> s, int i, Span<int> output, int mask)
    {
        var n = 0;
        ref readonly var w = ref s[i];
        var prev = i > 0 ? s[i - 1] : default;
        var prev2 = i > 1 ? s[i - 2] : default;
        var next = i + 1 < s.Length ? s[i + 1] : default;
        var next2 = i + 2 < s.Length ? s[i + 2] : default;
        var prevLower = i > 0 ? prev.Lower : Boundary;
        var prev2Lower = i > 1 ? prev2.Lower : Boundary;
        var nextLower = i + 1 < s.Length ? next.Lower : Boundary;
        var next2Lower = i + 2 < s.Length ? next2.Lower : Boundary;

        output[n++] = Bucket(1, 0, mask);
        output[n++] = Bucket(2, w.Lower, mask);
        output[n++] = Bucket(3, prevLower, mask);
        output[n++] = Bucket(4, nextLower, mask);
        output[n++] = Bucket(5, prev2Lower, mask);
        output[n++] = Bucket(6, next2Lower, mask);
        output[n++] = Bucket(7, w.Suffix2, mask);
        output[n++] = Bucket(8, w.Suffix3, mask);
        output[n++] = Bucket(9, w.Suffix4, mask);
        output[n++] = Bucket(10, w.Prefix2, mask);
        output[n++] = Bucket(11, w.Prefix3, mask);
        output[n++] = Bucket(12, w.Shape, mask);
        output[n++] = Bucket(13, StableHash.Combine(w.ShortShape, i > 0 ? prev.ShortShape : Boundary), mask);
        output[n++] = Bucket(14, StableHash.Combine(w.ShortShape, i + 1 < s.Length ? next.ShortShape : Boundary), mask);
        output[n++] = Bucket(15, StableHash.Combine(w.Lower, prevLower), mask);
        output[n++] = Bucket(16, StableHash.Combine(w.Lower, nextLower), mask);
        output[n++] = Bucket(17, StableHash.Combine(prevLower, w.ShortShape), mask);
        output[n++] = Bucket(18, StableHash.Combine(nextLower, w.ShortShape), mask);
        output[n++] = Bucket(19, StableHash.Combine((ulong)(w.Flags & TokenFlags.SentenceStart), w.Lower), mask);
        output[n++] = Bucket(20, StableHash.Combine(w.LexiconCategory, w.LexiconPosition), mask);
        output[n++] = Bucket(21, StableHash.Combine(prev.LexiconCategory, prev.LexiconPosition, w.ShortShape), mask);
        output[n++] = Bucket(22, StableHash.Combine(next.LexiconCategory, next.LexiconPosition, w.ShortShape), mask);
        output[n++] = Bucket(23, StableHash.Combine(w.LexiconCategory, w.LexiconPosition, (ulong)(w.Flags & TokenFlags.SentenceStart)), mask);
        n = AddFlags(24, w.Flags, output, n, mask);
        n = AddFlags(25, prev.Flags, output, n, mask);
        n = AddFlags(26, next.Flags, output, n, mask);
        output[n++] = Bucket(27, StableHash.Combine((ulong)(w.Flags & Identity), (ulong)(prev.Flags & Identity)), mask);
        output[n++] = Bucket(28, StableHash.Combine((ulong)(w.Flags & Identity), (ulong)(next.Flags & Identity)), mask);
        output[n++] = Bucket(29, StableHash.Combine((ulong)(w.Flags & Identity), (ulong)(next2.Flags & Identity), (ulong)(next.Flags & Identity)), mask);
        return n;
    }

    private const TokenFlags Identity = TokenFlags.Capitalized | TokenFlags.GivenName | TokenFlags.Title | TokenFlags.OrganizationHead
        | TokenFlags.LocationHead | TokenFlags.EastAsianFamilyName | TokenFlags.Hyphen | TokenFlags.Lowercase | TokenFlags.Honorific;

    /// <summary>Flags added after the model was trained: rules read them, the tagger does not see them.</summary>
    private const TokenFlags RuleOnly = TokenFlags.FamilyNamePrefix | TokenFlags.NameSuffix;

    private static int AddFlags(int template, TokenFlags flags, Span<int> output, int n, int mask)
    {
        var bits = (uint)(flags & ~RuleOnly);
        while (bits != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            output[n++] = Bucket(template, (ulong)bit + 1, mask);
            bits &= bits - 1;
        }
        return n;
    }

    public static int History(ReadOnlySpan<TokenInfo> s, int i, int previousTag, int previousTag2, Span<int> output, int n, int mask)
    {
        ref readonly var w = ref s[i];
        output[n++] = Bucket(40, (ulong)previousTag, mask);
        output[n++] = Bucket(41, (ulong)(previousTag * 16 + previousTag2), mask);
        output[n++] = Bucket(42, StableHash.Combine((ulong)previousTag, w.Lower), mask);
        output[n++] = Bucket(43, StableHash.Combine((ulong)previousTag, w.ShortShape), mask);
        output[n++] = Bucket(44, StableHash.Combine((ulong)previousTag, (ulong)(w.Flags & Identity)), mask);
        return n;
    }

    private static int Bucket(int template, ulong value, int mask)
    {
        var h = StableHash.Combine((ulong)template * 0x9E3779B97F4A7C15UL, value);
        return (int)((h ^ (h >> 29)) & (uint)mask);
    }
}
