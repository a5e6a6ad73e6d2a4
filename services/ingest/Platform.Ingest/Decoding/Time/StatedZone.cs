namespace Platform.Ingest.Decoding.Time;

/// <summary>A zone written next to a date: a fixed offset, or an IANA zone whose rules give the offset.</summary>
public sealed record StatedZone(string Text, int? OffsetMinutes, string? TimeZone);
