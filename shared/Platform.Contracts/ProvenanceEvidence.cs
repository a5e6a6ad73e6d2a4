namespace Platform.Contracts;

/// <summary>A piece of text a provenance decision rests on, with where it stands.</summary>
public sealed record ProvenanceEvidence
{
    /// <summary>What this evidence shows, e.g. <c>disclosure</c>, <c>foreign-script</c>, <c>mixed-romanization</c>, <c>human-editing</c>.</summary>
    public required string Kind { get; init; }
    public required string Text { get; init; }
    /// <summary><c>body</c>, <c>note</c>, <c>headline</c>.</summary>
    public required string Location { get; init; }
    /// <summary>Index into <see cref="ArticleDocument.Notes"/> when <see cref="Location"/> is <c>note</c>.</summary>
    public int? NoteIndex { get; init; }
    /// <summary>Start offset (inclusive) in the body, or in the note when Location is <c>note</c>.</summary>
    public required int Start { get; init; }
    /// <summary>End offset (exclusive).</summary>
    public required int End { get; init; }
}
