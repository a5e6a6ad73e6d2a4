using Platform.Extraction.Entities.Tagging;

namespace Platform.Extraction.Entities.Rules;

/// <summary>The body with its tokens and per-token facts, shared by the tagger output, rules and coreference.</summary>
public sealed class DocumentTokens
{
    public required string Text { get; init; }
    public required List<TextToken> Tokens { get; init; }
    public required TokenInfo[] Infos { get; init; }
    public required List<Lexicons.LexiconMatch> LexiconMatches { get; init; }
    /// <summary>The tagger's type per token (0 PER, 1 ORG, 2 LOC, 3 MISC), -1 for O or when the tagger is off.</summary>
    public required int[] TaggedTypes { get; init; }

    public bool IsLexiconLocation(int token) =>
        token >= 0 && token < Tokens.Count && Infos[token].LexiconCategory is (byte)Lexicons.LexiconCategory.Country or (byte)Lexicons.LexiconCategory.City or (byte)Lexicons.LexiconCategory.Region;

    public int Count => Tokens.Count;

    public ReadOnlySpan<char> Span(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);

    public string TextOf(int first, int end) => Text[Tokens[first].Start..Tokens[end - 1].End];

    public bool Is(int token, TokenFlags flag) => token >= 0 && token < Tokens.Count && (Infos[token].Flags & flag) != 0;

    public bool IsCapitalized(int token) => Is(token, TokenFlags.Capitalized);

    public bool IsWord(int token, string word) =>
        token >= 0 && token < Tokens.Count && Span(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when no whitespace separates token i from token i + 1.</summary>
    public bool Touches(int token) => token + 1 < Tokens.Count && Tokens[token].End == Tokens[token + 1].Start;

    public bool SentenceStartsAt(int token) => token < Tokens.Count && Tokens[token].SentenceStart;
}
