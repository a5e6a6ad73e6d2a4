namespace Platform.Ingest.Decoding.Outlets;

/// <summary>A publication we know: its canonical name, other spellings, web domains, home time zone (IANA) and whether it is a wire agency.</summary>
public sealed record KnownOutlet(string Name, string TimeZone, bool IsAgency, string[] Aliases, string[] Domains);
