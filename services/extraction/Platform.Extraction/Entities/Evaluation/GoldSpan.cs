namespace Platform.Extraction.Entities.Evaluation;

/// <summary>An annotated name: body offsets (end exclusive) and its type.</summary>
public readonly record struct GoldSpan(int Start, int End, EntityKind Kind);
