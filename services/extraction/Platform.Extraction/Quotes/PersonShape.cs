using Platform.Contracts;
using Platform.Extraction.Dates;

namespace Platform.Extraction.Quotes;

/// <summary>
/// Whether a "person" entity has the shape of a place, organisation or thing the tagger mistyped, so it should not
/// stand for a "he said". Judged from the article alone, with no list of names:
/// <list type="bullet">
/// <item>a name with a token that is not a word ("Laguna — In") or a capitalised function word ("In", "The", "At");</item>
/// <item>a single word never written with a given name or title, that only opens sentences ("Money remains ...");</item>
/// <item>a name most of whose mentions follow a place preposition or an article ("at Meskel Blooms", "the Cerro ...").</item>
/// </list>
/// </summary>
internal static class PersonShape
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "In", "At", "On", "The", "A", "An", "Of", "For", "And", "But", "To", "From", "By", "With",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "from", "near", "to", "into", "outside", "inside", "of", "the", "across", "around", "on", "via",
    };

    public static bool LooksLikePlaceOrThing(string body, ExtractedEntity e)
    {
        var words = e.Canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => !char.IsLetter(w[0]) || FunctionWords.Contains(w))) return true;
        var names = e.Mentions.Where(m => m.MentionKind == "name").ToList();
        if (names.Count == 0) return false;
        var afterPreposition = names.Count(m => IsIn(PlacePrepositions, DateExpressionExtractor.PreviousWord(body, m.Start, out _))
                                                || CoordinatedWithPlace(body, m.Start));
        if (afterPreposition * 2 > names.Count) return true;
        if (words.Length == 1 && names.All(m => m.Text.IndexOf(' ') < 0 && OpensSentence(body, m.Start))) return true;
        return false;
    }

    /// <summary>"plants in Rapla and Jõgeva": the second of two names joined after a place preposition.</summary>
    private static bool CoordinatedWithPlace(string body, int start)
    {
        var before = DateExpressionExtractor.PreviousWord(body, start, out var at);
        if (before is not ("and" or "or") || at <= 0) return false;
        var name = DateExpressionExtractor.PreviousWord(body, at, out var nameAt);
        if (name.Length == 0 || !char.IsUpper(name[0]) || nameAt <= 0) return false;
        return IsIn(PlacePrepositions, DateExpressionExtractor.PreviousWord(body, nameAt, out _));
    }

    private static bool IsIn(HashSet<string> set, string word) => word.Length > 0 && set.Contains(word);

    private static bool OpensSentence(string body, int position)
    {
        var i = position - 1;
        while (i >= 0 && body[i] is ' ' or '\t') i--;
        return i < 0 || body[i] is '.' or '!' or '?' or '\n';
    }
}
