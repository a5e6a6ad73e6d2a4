namespace Platform.Ingest.Intake;

/// <summary>
/// What the intake did with one submitted file: sent it to be decoded, or recorded its rejection (too large, unreadable,
/// refused by the way in). When the way in waited for decoding, <see cref="ArticleId"/> or the decoder's rejection is filled.
/// </summary>
public sealed record IntakeReceipt(string SubmissionId, Guid CorrelationId)
{
    /// <summary>The reason code when the file was rejected (at intake or by the decoder); null when it was accepted or is pending.</summary>
    public string? RejectionReason { get; init; }
    public string? Detail { get; init; }
    /// <summary>The article's id when the way in waited for decoding and the file was an article.</summary>
    public Guid? ArticleId { get; init; }
    /// <summary>True when the file was refused before decoding (its bytes never went to the decoder).</summary>
    public bool RejectedAtIntake { get; init; }

    public bool IsRejected => RejectionReason is not null;
}
