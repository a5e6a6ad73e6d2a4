using Platform.Contracts;
using System.Text.RegularExpressions;

namespace Platform.Extraction.Dates;

/// <summary>
/// The regular expressions behind <see cref="DateExpressionExtractor"/>, compiled once. Each starts with a required
/// token (a digit, a month or weekday name, a keyword) so the engine can skip ahead; context words before the token
/// ("last", "in") are checked in code.
/// </summary>
internal static partial class DatePatterns
{
    private const string Month =
        @"(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Sept\.?|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?!\w)";
    private const string WeekdayNames = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private const string Year = @"(?:1[89]|20)\d{2}(?!\d|,\d|\.\d)";

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\d-])", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex IsoDate();

    /// <summary>A month name, then a day (and year), or a year, or nothing: "March 4, 2024", "Mar. 4", "March 2024", "March".</summary>
    [GeneratedRegex(@"\b" + Month + @"(?:\s*(?<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)(?:,?\s+(?<y>" + Year + @"))?|,?\s+(?<y2>" + Year + @"))?", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex MonthFirst();

    /// <summary>"4 March 2024", "4 Mar.", "4th of March".</summary>
    [GeneratedRegex(@"\b(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"(?:,?\s+(?<y>" + Year + "))?", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex DayFirst();

    [GeneratedRegex(@"\b(?<y>" + Year + @")(?!-\d|s\b)(?!\s*(?:%|percent|per\s+cent))", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex YearNumber();

    [GeneratedRegex(@"\b(?<wd>" + WeekdayNames + @")(?![\w-])", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex Weekday();

    /// <summary>A weekday written before a date: "Tuesday, " in "Tuesday, March 5".</summary>
    [GeneratedRegex(@"\b(?:" + WeekdayNames + @"),?\s+$", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex WeekdayBefore();

    /// <summary>The key word of a relative expression; the words before it are read by the *Before patterns.</summary>
    [GeneratedRegex(@"\b(?:(?<day>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)|(?<recently>[Rr]ecently)|(?<part>night|morning|afternoon|evening)|(?<unit>week|weekend|month|year|season)(?!-)|(?<oneday>day)|(?<units>days|weeks|months|years)|(?<decade>decades?)|(?<future>future))\b", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex RelativeKey();

    [GeneratedRegex(@"\b(?:the\s+day\s+(?:before|after)|earlier|later)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex DayBefore();

    /// <summary>"last" or "this" before a part of the day; which goes with which ("last night", "this morning") is checked in code: a bounded match cannot look past its end.</summary>
    [GeneratedRegex(@"\b(?<w>last|this)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex PartBefore();

    /// <summary>"last year" right after a month: "February last year", "March 3 of next year".</summary>
    [GeneratedRegex(@"\G,?\s+(?:of\s+)?(?<rel>last|this|next|the\s+previous)\s+year\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex RelativeYearAfter();

    [GeneratedRegex(@"\b(?:(?<pre>earlier|later)\s+)?(?<mod>last|this|next|that|the\s+previous|the\s+following|the\s+past|the\s+same|the)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex PeriodBefore();

    [GeneratedRegex(@"\b(?:the\s+(?:previous|next|following|same)|that)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex OneDayBefore();

    [GeneratedRegex(@"\b(?:in\s+recent|in\s+the\s+coming|these)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex UnitsBefore();

    [GeneratedRegex(@"\bin\s+the\s+near\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex FutureBefore();

    /// <summary>"the day" followed by "before"/"after" and a stop: "the day before." (not "the day before the vote").</summary>
    [GeneratedRegex(@"\G\s+(?:before|after)(?=[.,;])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex BeforeAfterStop();

    [GeneratedRegex(@"\bthe\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex TheBefore();

    /// <summary>The direction after a unit ("days ago", "years earlier"); the count before is read by <see cref="CountBefore"/>.</summary>
    [GeneratedRegex(@"\G\s+(?<dir>ago|earlier|later|from\s+now|prior|before(?=[.,;])|after(?=[.,;]))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex OffsetDirection();

    [GeneratedRegex(@"\b(?<n>\d{1,3}|an?|a\s+few|several|" + Quantities.NumberWords.Pattern + @")\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex CountBefore();
}
