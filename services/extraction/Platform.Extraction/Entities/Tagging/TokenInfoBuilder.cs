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
            info.Exact = StableHash.Of(span);
            exactBuffer[i] = info.Exact;
            info.Lower = StableHash.OfLower(span);
            ShapeHashes(span, out info.Shape, out info.ShortShape);
            info.Flags = Flags(span, tokens[i].SentenceStart);
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

    private TokenFlags Flags(ReadOnlySpan<char> span, bool sentenceStart)
    {
        var flags = sentenceStart ? TokenFlags.SentenceStart : TokenFlags.None;
        var letters = 0;
        var upper = 0;
        var lower = 0;
        var digits = 0;
        foreach (var c in span)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c)) upper++;
                else lower++;
            }
            else if (char.IsDigit(c)) digits++;
        }
        if (letters == 0 && digits == 0)
        {
            flags |= TokenFlags.Punctuation;
            if (span.Length == 1 && StableHash.Normalize(span[0]) == '-') flags |= TokenFlags.Hyphen;
            return flags;
        }
        if (digits > 0) flags |= TokenFlags.HasDigit;
        if (char.IsUpper(span[0])) flags |= TokenFlags.Capitalized;
        if (upper > 1 && lower == 0) flags |= TokenFlags.AllCaps;
        if (letters > 0 && upper == 0) flags |= TokenFlags.Lowercase;
        if (letters == 0) return flags;

        var words = Lexicons.WordFlags(span);
        if ((flags & TokenFlags.Capitalized) == 0) words &= ~TokenFlags.CapitalizedNonName;
        return flags | words;
    }

    private static void ShapeHashes(ReadOnlySpan<char> span, out ulong shape, out ulong shortShape)
    {
        const ulong offset = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        ulong h = offset, s = offset;
        var previous = '\0';
        var run = 0;
        foreach (var raw in span)
        {
            var c = char.IsUpper(raw) ? 'X' : char.IsLetter(raw) ? 'x' : char.IsDigit(raw) ? 'd' : StableHash.Normalize(raw);
            if (c == previous) run++;
            else run = 0;
            if (run < 4) h = (h ^ c) * prime;
            if (c != previous) s = (s ^ c) * prime;
            previous = c;
        }
        shape = h;
        shortShape = s;
    }
}
