namespace Platform.Contracts;

/// <summary>A number with its unit and what it counts.</summary>
public sealed record ExtractedQuantity
{
    public required string Text { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    /// <summary>The normalized value, e.g. 6000, 1.2e9, 3.</summary>
    public double? Value { get; init; }
    /// <summary>The unit or counted thing, e.g. "personnel", "USD", "percent".</summary>
    public string? Unit { get; init; }
    /// <summary>True when the value is approximate ("tens of thousands").</summary>
    public bool Approximate { get; init; }
    public required string Evidence { get; init; }
}
