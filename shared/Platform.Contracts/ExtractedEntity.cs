namespace Platform.Contracts;

/// <summary>An entity resolved within the article, with every mention of it.</summary>
public sealed record ExtractedEntity
{
    /// <summary>A stable index within the article, e.g. "e1".</summary>
    public required string Id { get; init; }
    /// <summary><c>person</c>, <c>organization</c>, <c>location</c>, <c>nationality</c>.</summary>
    public required string Type { get; init; }
    /// <summary>The canonical (fullest) name, e.g. "Kim Jong-un", "Ministry of Unification".</summary>
    public required string Canonical { get; init; }
    /// <summary>A role or title split from the name, e.g. "North Korean leader".</summary>
    public string? Role { get; init; }
    public required IReadOnlyList<EntityMention> Mentions { get; init; }
}
