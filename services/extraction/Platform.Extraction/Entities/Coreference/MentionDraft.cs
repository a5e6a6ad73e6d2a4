namespace Platform.Extraction.Entities.Coreference;

/// <summary>A resolved mention before it becomes a contract record.</summary>
public sealed record MentionDraft(int Start, int End, string Text, string MentionKind, string? Role, string Evidence, double Confidence);
