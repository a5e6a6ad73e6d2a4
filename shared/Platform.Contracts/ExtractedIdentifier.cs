namespace Platform.Contracts;

/// <summary>An identifier such as an email in the body or byline.</summary>
public sealed record ExtractedIdentifier
{
    /// <summary><c>email</c>, <c>url</c>, <c>phone</c>, <c>handle</c>.</summary>
    public required string Kind { get; init; }
    /// <summary>The value as written, or null when obfuscated.</summary>
    public string? Value { get; init; }
    public bool Obfuscated { get; init; }
    /// <summary>Where it stands: <c>body</c> or <c>byline</c>.</summary>
    public required string Location { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
}
