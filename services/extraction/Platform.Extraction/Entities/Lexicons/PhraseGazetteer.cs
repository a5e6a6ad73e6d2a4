using Platform.Extraction.Entities.Tagging;

namespace Platform.Extraction.Entities.Lexicons;

/// <summary>
/// Multi-token phrase lookup keyed by a rolling hash of the (case-sensitive) token hashes,
/// so matching a sentence needs no substring allocation. Longest match wins.
/// </summary>
public sealed class PhraseGazetteer
{
    private readonly Dictionary<ulong, LexiconEntry> _phrases = new();
    private readonly HashSet<ulong> _firstTokens = new();
    private int _maxTokens = 1;

    public int Count => _phrases.Count;

    public void Add(string phrase, LexiconEntry entryTemplate)
    {
        var tokens = NewsTokenizer.Tokenize(phrase);
        if (tokens.Count == 0) return;
        var key = 0UL;
        for (var i = 0; i < tokens.Count; i++)
            key = StableHash.Combine(key, StableHash.Of(phrase.AsSpan(tokens[i].Start, tokens[i].Length)));
        _firstTokens.Add(StableHash.Of(phrase.AsSpan(tokens[0].Start, tokens[0].Length)));
        _maxTokens = Math.Max(_maxTokens, tokens.Count);
        // The first file to claim a phrase keeps it (countries are loaded before cities, etc.).
        _phrases.TryAdd(key, entryTemplate with { TokenCount = tokens.Count });
    }

    /// <summary>Longest non-overlapping matches, left to right. tokenHashes are StableHash.Of per token.</summary>
    public void FindMatches(ReadOnlySpan<ulong> tokenHashes, List<LexiconMatch> matches, int offset = 0)
    {
        var i = 0;
        while (i < tokenHashes.Length)
        {
            if (!_firstTokens.Contains(tokenHashes[i])) { i++; continue; }
            var key = 0UL;
            LexiconEntry? best = null;
            var bestCount = 0;
            var limit = Math.Min(_maxTokens, tokenHashes.Length - i);
            for (var n = 1; n <= limit; n++)
            {
                key = StableHash.Combine(key, tokenHashes[i + n - 1]);
                if (_phrases.TryGetValue(key, out var entry)) { best = entry; bestCount = n; }
            }
            if (best is null) { i++; continue; }
            matches.Add(new LexiconMatch(offset + i, bestCount, best));
            i += bestCount;
        }
    }

    public bool TryGet(string phrase, out LexiconEntry? entry)
    {
        var tokens = NewsTokenizer.Tokenize(phrase);
        var key = 0UL;
        foreach (var t in tokens) key = StableHash.Combine(key, StableHash.Of(phrase.AsSpan(t.Start, t.Length)));
        return _phrases.TryGetValue(key, out entry);
    }
}
