namespace Platform.Extraction.Entities.Rules;

/// <summary>A proposed name mention over tokens [First, End) of the document, before overlaps are resolved.</summary>
public sealed class NameCandidate
{
    public required int First { get; set; }
    public required int End { get; set; }
    public required EntityKind Kind { get; set; }
    public required string Evidence { get; set; }
    public float Confidence { get; set; }
    /// <summary>Higher wins an overlap: rules 5, nationality lexicon 4, tagger 3, country lexicon 2.5, other lexicon 2, title rule 1.</summary>
    public float Priority { get; set; }
    /// <summary>Canonical spelling from a lexicon ("US" -> "United States"), if any.</summary>
    public string? LexiconCanonical { get; set; }
    public string? Role { get; set; }
    public bool FromTagger { get; init; }

    public int Count => End - First;

    public bool Overlaps(NameCandidate other) => First < other.End && other.First < End;
}
