namespace Platform.Extraction.Entities.Lexicons;

/// <summary>What a gazetteer phrase names. Values 1..n feed tagger features, so keep the order stable.</summary>
public enum LexiconCategory : byte
{
    None = 0,
    Country = 1,
    City = 2,
    Region = 3,
    Organization = 4,
    Nationality = 5,
}
