namespace Platform.Contracts;

/// <summary>A byline entry.</summary>
public sealed record ArticleAuthor
{
    /// <summary>The name normalized from capitals, e.g. "Kim Eun-bin".</summary>
    public required string Name { get; init; }
    /// <summary>The email as written, or null (also null when obfuscated).</summary>
    public string? Email { get; init; }
    /// <summary>True when the byline had an email that the page obfuscated (e.g. "[email protected]").</summary>
    public bool EmailObfuscated { get; init; }
    /// <summary><c>reporter</c>, <c>translator</c>, <c>editor</c>, <c>agency</c>, <c>contributor</c>.</summary>
    public required string Role { get; init; }
    /// <summary>An affiliation line such as "Korea JoongAng Daily", when given.</summary>
    public string? Affiliation { get; init; }
}
