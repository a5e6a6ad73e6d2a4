using Platform.Extraction.Entities.Lexicons;

namespace Platform.Extraction.Entities.Tagging;

/// <summary>Fills <see cref="TokenInfo"/> for the tokens of a sentence: hashes, flags and gazetteer positions.</summary>
public sealed class TokenInfoBuilder(EntityLexicons lexicons)
{
    public EntityLexicons Lexicons { get; } = lexicons;

    public void Build(string text, ReadOnlySpan<TextToken> tokens, Span<TokenInfo> infos, List<LexiconMatch> matchesBuffer, Span<ulong> exactBuffer)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var span = text.AsSpan(tokens[i].Start, tokens[i].Length);
            ref var info = ref infos[i];
            info = default;
            var counts = Scan(span, ref info);
            exactBuffer[i] = info.Exact;
            info.Flags = Flags(span, tokens[i].SentenceStart, counts);
            // Affixes matter for capitalised tokens only (lower-case ones are rarely scored); skipping them saves time
            // and is the same at training and at run time.
            if ((info.Flags & TokenFlags.Capitalized) == 0) continue;
            info.Prefix2 = StableHash.OfLower(span[..Math.Min(2, span.Length)]);
            info.Prefix3 = StableHash.OfLower(span[..Math.Min(3, span.Length)]);
            info.Suffix2 = StableHash.OfLower(span[Math.Max(0, span.Length - 2)..]);
            info.Suffix3 = StableHash.OfLower(span[Math.Max(0, span.Length - 3)..]);
            info.Suffix4 = StableHash.OfLower(span[Math.Max(0, span.Length - 4)..]);
        }

        matchesBuffer.Clear();
        Lexicons.Gazetteer.FindMatches(exactBuffer[..tokens.Length], matchesBuffer);
        foreach (var match in matchesBuffer)
        {
            for (var k = 0; k < match.Count; k++)
            {
                infos[match.First + k].LexiconCategory = (byte)match.Entry.Category;
                infos[match.First + k].LexiconPosition = (byte)(k == 0 ? 1 : 2);
            }
        }
    }

    private readonly record struct CharCounts(int Letters, int Upper, int Lower, int Digits);

    /// <summary>One pass over the characters: exact and lower-case hashes (as <see cref="StableHash"/>), word shapes and counts.</summary>
    private static CharCounts Scan(ReadOnlySpan<char> span, ref TokenInfo info)
    {
        const ulong offset = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        ulong exact = offset, lowerHash = offset, shape = offset, shortShape = offset;
        int letters = 0, upper = 0, lower = 0, digits = 0, run = 0;
        var previous = '\0';
        foreach (var raw in span)
        {
            var c = StableHash.Normalize(raw);
            exact = (exact ^ c) * prime;
            lowerHash = (lowerHash ^ char.ToLowerInvariant(c)) * prime;
            char shapeChar;
            if (char.IsLetter(raw))
            {
                letters++;
                if (char.IsUpper(raw)) { upper++; shapeChar = 'X'; }
                else { lower++; shapeChar = 'x'; }
            }
            else if (char.IsDigit(raw)) { digits++; shapeChar = 'd'; }
            else shapeChar = c;
            if (shapeChar == previous) run++;
            else run = 0;
            if (run < 4) shape = (shape ^ shapeChar) * prime;
            if (shapeChar != previous) shortShape = (shortShape ^ shapeChar) * prime;
            previous = shapeChar;
        }
        info.Exact = exact;
        info.Lower = lowerHash;
        info.Shape = shape;
        info.ShortShape = shortShape;
        return new CharCounts(letters, upper, lower, digits);
    }

    private TokenFlags Flags(ReadOnlySpan<char> span, bool sentenceStart, CharCounts counts)
    {
        var flags = sentenceStart ? TokenFlags.SentenceStart : TokenFlags.None;
        if (counts.Letters == 0 && counts.Digits == 0)
        {
            flags |= TokenFlags.Punctuation;
            if (span.Length == 1 && StableHash.Normalize(span[0]) == '-') flags |= TokenFlags.Hyphen;
            return flags;
        }
        if (counts.Digits > 0) flags |= TokenFlags.HasDigit;
        if (char.IsUpper(span[0])) flags |= TokenFlags.Capitalized;
        if (counts.Upper > 1 && counts.Lower == 0) flags |= TokenFlags.AllCaps;
        if (counts.Letters > 0 && counts.Upper == 0) flags |= TokenFlags.Lowercase;
        if (counts.Letters == 0) return flags;

        var words = Lexicons.WordFlags(span);
        if ((flags & TokenFlags.Capitalized) == 0) words &= ~TokenFlags.CapitalizedNonName;
        return flags | words;
    }
}
