using System.Text.RegularExpressions;

namespace Platform.Extraction.Dates;

/// <summary>
/// Decides whether a bare weekday or month refers forward: the tense marker (future "will", "is scheduled to"...
/// or past "said", "was", "-ed" verbs) nearest to the expression within its sentence wins; no marker means past.
/// </summary>
internal static partial class TenseDetector
{
    [GeneratedRegex(@"\b(?:(?<f>[Ww]ill|shall|won't|would|(?:is|are|was|were)\s+(?:scheduled|set|slated|due|expected|planning|going|likely)\s+to|expected\s+to|(?:scheduled|slated|planned|plans?|intends?|hopes?|aims?)\s+to|upcoming|to\s+be\s+held)|(?<n>(?:is|are|be|being|been)\s+(?:\w+ed|held|made|given|taken|seen|sent|built|done|known|shown|set|cut|put|run))|(?<p>said|says|told|was|were|had|did|met|held|made|took|gave|came|went|left|began|sent|spoke|wrote|saw|became|\w{3,}ed))\b|(?<f>'ll)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    private const int Reach = 90;

    public static bool IsFuture(string body, int start, int end) => Of(body, start, end) == Tense.Future;

    /// <summary>The tense of the marker nearest the expression in its sentence; <see cref="Tense.Unknown"/> without one.</summary>
    public static Tense Of(string body, int start, int end)
    {
        var (sentenceStart, sentenceEnd) = TextSpans.Sentence(body, start, end);
        // The nearest marker decides: a window around the expression is enough.
        sentenceStart = Math.Max(sentenceStart, start - Reach);
        sentenceEnd = Math.Min(sentenceEnd, end + Reach);
        var best = int.MaxValue;
        var tense = Tense.Unknown;
        for (var m = Marker().Match(body, sentenceStart, sentenceEnd - sentenceStart); m.Success; m = m.NextMatch())
        {
            var ms = m.Index;
            var me = ms + m.Length;
            if (me > start && ms < end || m.Groups["n"].Success) continue;
            var distance = me <= start ? start - me : ms - end;
            if (distance < best)
            {
                best = distance;
                tense = m.Groups["f"].Success ? Tense.Future : Tense.Past;
            }
        }
        return tense;
    }
}

internal enum Tense { Unknown, Past, Future }
