namespace Platform.Extraction.Entities;

/// <summary>The entity types this extractor reports, with their contract names.</summary>
public enum EntityKind
{
    Person,
    Organization,
    Location,
    Nationality,
}

public static class EntityKindNames
{
    public static string ToContractName(this EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Location => "location",
        _ => "nationality",
    };

    /// <summary>Short tags used by the annotated corpus and the scorer: PER, ORG, LOC, NAT.</summary>
    public static string ToShortTag(this EntityKind kind) => kind switch
    {
        EntityKind.Person => "PER",
        EntityKind.Organization => "ORG",
        EntityKind.Location => "LOC",
        _ => "NAT",
    };

    public static bool TryParseShortTag(string tag, out EntityKind kind)
    {
        switch (tag)
        {
            case "PER": kind = EntityKind.Person; return true;
            case "ORG": kind = EntityKind.Organization; return true;
            case "LOC": kind = EntityKind.Location; return true;
            case "NAT": kind = EntityKind.Nationality; return true;
            default: kind = EntityKind.Person; return false;
        }
    }
}
