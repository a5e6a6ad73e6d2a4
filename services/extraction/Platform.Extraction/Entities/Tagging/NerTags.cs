namespace Platform.Extraction.Entities.Tagging;

/// <summary>The BIO tag set of the tagger: O, then B/I for PER, ORG, LOC, MISC.</summary>
public static class NerTags
{
    public const int Count = 9;
    public const int O = 0;
    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    public static int Parse(string tag)
    {
        var index = Array.IndexOf(Names, tag);
        return index < 0 ? O : index;
    }

    public static bool IsBegin(int tag) => tag != O && tag % 2 == 1;

    public static bool IsInside(int tag) => tag != O && tag % 2 == 0;

    /// <summary>0 PER, 1 ORG, 2 LOC, 3 MISC; -1 for O.</summary>
    public static int TypeOf(int tag) => tag == O ? -1 : (tag - 1) / 2;

    public static int Begin(int type) => type * 2 + 1;

    public static int Inside(int type) => type * 2 + 2;

    /// <summary>BIO validity: an inside tag must continue an entity of the same type.</summary>
    public static bool IsAllowed(int previous, int tag) => !IsInside(tag) || (previous != O && TypeOf(previous) == TypeOf(tag));
}
