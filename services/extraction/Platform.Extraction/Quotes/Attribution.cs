namespace Platform.Extraction.Quotes;

/// <summary>A reporting clause found next to a quote: who (as written, with offsets) and the verb as written.</summary>
internal sealed record Attribution(string Speaker, int SpeakerStart, int SpeakerEnd, string Verb, string Position);
