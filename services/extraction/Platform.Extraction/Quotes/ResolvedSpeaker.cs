namespace Platform.Extraction.Quotes;

/// <summary>A speaker as reported on a quote: the name or description, the entity id when there is one, how it was found.</summary>
internal sealed record ResolvedSpeaker(string? Name, string? EntityId, string Evidence, double Confidence);
