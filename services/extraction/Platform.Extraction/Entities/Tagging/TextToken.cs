namespace Platform.Extraction.Entities.Tagging;

/// <summary>A token of the body: .NET string offsets, end exclusive.</summary>
public readonly record struct TextToken(int Start, int End, bool SentenceStart)
{
    public int Length => End - Start;
}
