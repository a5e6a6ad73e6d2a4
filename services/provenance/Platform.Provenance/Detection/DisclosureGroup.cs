namespace Platform.Provenance.Detection;

/// <summary>A run of text inside one note or inside the body: offsets point into that note or into Body.</summary>
public sealed record TextPiece(string Text, string Location, int? NoteIndex, int Start, int End);

/// <summary>
/// Adjacent sentences that together make one note (a disclosure can be spread over two sentences, or a note and
/// the note after it). <see cref="Pieces"/> hold one span per note or paragraph the group touches.
/// </summary>
public sealed record DisclosureGroup(IReadOnlyList<TextSentence> Sentences, IReadOnlyList<SentenceKind> Kinds, IReadOnlyList<TextPiece> Pieces)
{
    /// <summary>The text of the group as written; pieces from different notes or paragraphs are joined by a space.</summary>
    public string Text => string.Join(" ", Pieces.Select(p => p.Text));

    public string Location => Pieces.All(p => p.Location == "note") ? "note" : "body";

    public bool Has(SentenceKind kind) => Kinds.Contains(kind);
}
