namespace Platform.Contracts;

/// <summary>One mention of an entity in the body.</summary>
public sealed record EntityMention
{
    public required string Text { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    /// <summary><c>name</c>, <c>nominal</c> ("the ministry"), <c>pronoun</c>.</summary>
    public required string MentionKind { get; init; }
    /// <summary>A role written with this mention, e.g. "Russian Security Council Secretary".</summary>
    public string? Role { get; init; }
    /// <summary>What the mention rests on, e.g. <c>model</c>, <c>lexicon:countries</c>, <c>rule:title</c>, <c>coref:surname</c>.</summary>
    public required string Evidence { get; init; }
    public double Confidence { get; init; }
}
