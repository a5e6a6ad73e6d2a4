namespace Platform.Ingest.Decoding.Time;

/// <summary>A date (and maybe time) read from text, before any zone is applied.</summary>
public sealed record ParsedDate(DateTime Local, bool DateOnly, StatedZone? Zone);
