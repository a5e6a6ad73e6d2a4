namespace Platform.Provenance.Detection;

/// <summary>
/// A sentence of a note or of the body, with where it stands.
/// <see cref="Start"/>/<see cref="End"/> are offsets into the note (Location "note") or into <c>Body</c> (Location "body").
/// <see cref="Container"/> numbers the note or paragraph, so sentences of one container can be told from the next.
/// </summary>
public sealed record TextSentence(string Text, string Location, int? NoteIndex, int Container, int Start, int End,
    bool FirstInContainer, bool LastInContainer);
