using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Provenance.Detection;

/// <summary>
/// Splits a note or a paragraph into sentences with offsets. Knows common abbreviations and initials,
/// keeps "S.Paulo"-like tokens whole, and also splits at line breaks and at a spaced "|" separator.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "gen", "gov",
        "sen", "rep", "lt", "col", "capt", "sgt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "approx", "dept", "est", "fig", "vol", "pp", "p",
    };

    private static readonly Regex Boundary = new(
        @"(?<end>[.!?…]+[""”’')\]]*)(?=\s+[\p{Lu}\p{Lo}\p{N}""“‘'(\[*†]|\s*$)|(?<end>[。！？]+[」』”）)]*)|(?<sep>\s+\|\s+)|(?<nl>\s*\n+\s*)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    /// <summary>Sentences of <paramref name="text"/> as (start, end) spans, trimmed of surrounding whitespace.</summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text)
    {
        var spans = new List<(int, int)>();
        var start = 0;
        foreach (Match m in Boundary.Matches(text))
        {
            int cut, next;
            if (m.Groups["end"].Success)
            {
                if (IsAbbreviation(text, m.Index)) continue;
                cut = m.Index + m.Length;
                next = cut;
            }
            else
            {
                cut = m.Index;
                next = m.Index + m.Length;
            }
            Add(text, start, cut, spans);
            start = next;
        }
        Add(text, start, text.Length, spans);
        return spans;
    }

    private static bool IsAbbreviation(string text, int dotIndex)
    {
        if (text[dotIndex] != '.') return false;
        if (dotIndex > 0 && ScriptProfile.Of(text[dotIndex - 1]) is not (Script.Latin or Script.Other)) return false;
        var i = dotIndex - 1;
        while (i >= 0 && (char.IsLetter(text[i]) || text[i] == '.')) i--;
        var word = text.Substring(i + 1, dotIndex - i - 1);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "J. Kim"
        return Abbreviations.Contains(word);
    }

    private static void Add(string text, int start, int end, List<(int, int)> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add((start, end));
    }
}
