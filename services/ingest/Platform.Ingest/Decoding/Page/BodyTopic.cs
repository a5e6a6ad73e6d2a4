using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Page;

/// <summary>
/// The words a body is about, as five-letter stems ("clinic" and "clinics" alike), and the share of a line's content
/// words found among them: a headline shares its words with its body; a menu row, a site title or a share bar does not.
/// </summary>
public static partial class BodyTopic
{
    private const int StemLength = 5;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "from", "that", "this", "are", "was", "were", "has", "have", "had", "into", "over",
        "after", "its", "their", "his", "her", "our", "your", "but", "not", "who", "what", "why", "how", "when", "will",
        "can", "may", "says", "said", "than", "then", "out", "off", "all", "new", "more", "most", "about", "just", "one",
    };

    public static HashSet<string> Stems(IEnumerable<string> bodyLines)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in bodyLines)
            foreach (var word in ContentWords(line)) stems.Add(word);
        return stems;
    }

    /// <summary>The share of the text's content words found in the body, or null when it has fewer than two.</summary>
    public static double? Share(string text, HashSet<string> bodyStems)
    {
        if (bodyStems.Count == 0) return null;
        var words = ContentWords(text).Distinct().ToList();
        if (words.Count < 2) return null;
        return Math.Round(words.Count(bodyStems.Contains) / (double)words.Count, 2);
    }

    private static IEnumerable<string> ContentWords(string text)
    {
        foreach (Match m in Word().Matches(text))
        {
            var w = m.Value.ToLowerInvariant();
            if (FunctionWords.Contains(w)) continue;
            yield return w.Length > StemLength ? w[..StemLength] : w;
        }
    }

    [GeneratedRegex(@"\p{L}{3,}", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Word();
}
