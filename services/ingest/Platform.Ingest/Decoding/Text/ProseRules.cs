using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Text;

/// <summary>What counts as running prose (a real body paragraph) rather than a label, title or menu item.</summary>
public static partial class ProseRules
{
    public static bool IsProse(string line)
    {
        if (!line.Any(char.IsLetter)) return false;
        var cjk = CjkCount(line);
        if (cjk > line.Length / 3) return line.Length >= 25 && CjkSentenceEnd().IsMatch(line);
        var words = HeadlineRules.WordCount(line);
        if (words < 8) return false;
        return words >= 15 || SentenceEnd().IsMatch(line);
    }

    /// <summary>Approximate word count; CJK text counts two characters as a word.</summary>
    public static int Words(string text)
    {
        var cjk = CjkCount(text);
        return HeadlineRules.WordCount(text) + cjk / 2;
    }

    private static int CjkCount(string s)
    {
        var n = 0;
        foreach (var c in s)
            if (c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7A3') n++;
        return n;
    }

    [GeneratedRegex(@"[.!?。！？][""”'’)\]]*\s*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CjkSentenceEnd();

    [GeneratedRegex(@"[.!?。！？…:;""”'’)\]]\s*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SentenceEnd();
}
