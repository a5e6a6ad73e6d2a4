namespace Platform.Contracts;

/// <summary>The schema version carried by every message. Bump only for a breaking change (which is a new type).</summary>
public static class MessageSchema
{
    public const int Version = 1;
}
