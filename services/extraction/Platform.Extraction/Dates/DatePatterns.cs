using System.Text.RegularExpressions;

namespace Platform.Extraction.Dates;

/// <summary>The regular expressions behind <see cref="DateExpressionExtractor"/>, compiled once.</summary>
internal static partial class DatePatterns
{
    private const string Month =
        @"(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Sept\.?|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?!\w)";
    private const string FullMonth =
        @"(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)(?![\w-])";
    private const string Weekday = @"(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string Year = @"(?<y>(?:1[89]|20)\d{2})(?!\d|,\d|\.\d)";
    private const string Count = @"(?<n>\d{1,3}|an?|a\s+few|several|" + Quantities.NumberWords.Pattern + ")";

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\d-])", RegexOptions.CultureInvariant)]
    public static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?:" + Weekday + @",?\s+)?" + Month + @"\s*(?<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])(?:,?\s+" + Year + ")?", RegexOptions.CultureInvariant)]
    public static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:" + Weekday + @",?\s+)?(?:the\s+)?(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"(?:,?\s+" + Year + ")?", RegexOptions.CultureInvariant)]
    public static partial Regex DayMonth();

    [GeneratedRegex(@"\b" + Month + @",?\s+" + Year, RegexOptions.CultureInvariant)]
    public static partial Regex MonthYear();

    [GeneratedRegex(@"(?<=\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|till|through|throughout|[Dd]uring|[Bb]efore|[Aa]fter|[Ff]rom|to|[Bb]etween|and|early|mid|late|fiscal|year|around|circa|the|[Ss]ummer\s+of|[Ss]pring\s+of|[Aa]utumn\s+of|[Ff]all\s+of|[Ww]inter\s+of|end\s+of|start\s+of|beginning\s+of|middle\s+of|half\s+of|quarter\s+of)[\s-])" + Year + @"(?!\s*(?:%|percent|per\s+cent))(?!-\d)", RegexOptions.CultureInvariant)]
    public static partial Regex YearAfterPreposition();

    [GeneratedRegex(@"(?:\b(?<mod>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+|(?<=\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|till|through|[Dd]uring|[Bb]efore|[Aa]fter|[Ff]rom|to|[Bb]etween|and|early|mid|late|[Ee]arly|[Ll]ate|end\s+of|start\s+of|beginning\s+of|middle\s+of)[\s-]))" + FullMonth + @"(?!\s*\d)(?!,?\s+(?:1[89]|20)\d{2})", RegexOptions.CultureInvariant)]
    public static partial Regex MonthAlone();

    [GeneratedRegex(@"\b(?:(?<mod>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+)?" + Weekday + @"(?![\w-])(?!s\b)", RegexOptions.CultureInvariant)]
    public static partial Regex WeekdayName();

    [GeneratedRegex(@"\b(?<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|last\s+night|this\s+morning|this\s+afternoon|this\s+evening|earlier\s+today|later\s+today)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex RelativeDay();

    [GeneratedRegex(@"\b(?:(?<pre>earlier|later)\s+)?(?<mod>last|this|next|the\s+previous|the\s+following)\s+(?<unit>week|weekend|month|year)\b(?!-)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex RelativePeriod();

    [GeneratedRegex(@"\b" + Count + @"\s+(?<unit>days?|weeks?|months?|years?|decades?)\s+(?<dir>ago|earlier|later|from\s+now|prior|before(?=[.,;])|after(?=[.,;]))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Offset();

    [GeneratedRegex(@"\b(?<w>the\s+(?:previous|next|following|same)\s+day|the\s+day\s+(?:before|after)(?=[.,;])|that\s+day|the\s+night\s+before(?=[.,;]))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex NarrativeDay();

    [GeneratedRegex(@"\b(?:recently|in\s+recent\s+(?:days|weeks|months|years)|in\s+the\s+coming\s+(?:days|weeks|months|years)|in\s+the\s+near\s+future|these\s+days)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Vague();
}
