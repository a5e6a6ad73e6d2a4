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
    /// <summary>The pieces' text; a piece that ends without punctuation (a line of its own) is closed with a full stop, so
    /// "Machine-translated from Czech" and "Read the original in Czech" do not read as one clause.</summary>
    public string Text => string.Join(" ", Pieces.Select((p, i) =>
        i < Pieces.Count - 1 && p.Text.TrimEnd() is { Length: > 0 } t && char.IsLetterOrDigit(t[^1]) ? t + "." : p.Text));

    public string Location => Pieces.All(p => p.Location == "note") ? "note" : Pieces.All(p => p.Location == "chrome") ? "chrome" : "body";

    public bool Has(SentenceKind kind) => Kinds.Contains(kind);
}
