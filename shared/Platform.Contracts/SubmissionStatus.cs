namespace Platform.Contracts;

/// <summary>The outcomes the submission ledger records.</summary>
public static class SubmissionStatus
{
    /// <summary>The submission brought a new article.</summary>
    public const string Stored = "stored";
    /// <summary>The article was already stored by another submission.</summary>
    public const string Duplicate = "duplicate";
    /// <summary>A stage rejected the submission.</summary>
    public const string Rejected = "rejected";
}
