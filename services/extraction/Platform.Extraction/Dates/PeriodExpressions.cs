using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Extraction.Dates;

/// <summary>
/// Periods longer than a month, resolved to ISO 8601-2 (EDTF) values: centuries ("the 19th century" gives "18XX"), decades ("the 1990s", "the early 1980s", "the
/// nineties" give "199X"), seasons ("last summer", "the winter of 2014" give "2024-22", "2014-24": 21 spring, 22 summer,
/// 23 autumn, 24 winter, named as written), month spans ("January-March" gives "2025-01/2025-03", "the July-September
/// quarter" gives "2024-35"), quarters and halves of a year ("the third quarter", "Q1 2025", "the first
/// half of 2024" give "2025-35", "2025-33", "2024-40": 33-36 quarters, 40-41 halves).
/// <list type="bullet">
/// <item>A season or a quarter without a year is placed by the publication date: "last"/"past" the latest one over
/// before the current one, "next"/"coming" the first one after it, "this" the publication year's; otherwise the sentence's
/// tense decides (past: the latest one begun by the publication date; future: the first one not yet over).</item>
/// <item>A quarter or half without a year counts as a calendar period only in a sentence about money, output or the economy
/// ("revenue", "profit", "sales", "growth", "%"...): "the fourth quarter" of a basketball game or "the second half" of a
/// match is play time, not a date.</item>
/// <item>A season word counts only after a modifier ("last", "this"), with a year ("summer 2023", "the winter of 2014"), or
/// after "in", "during", "over", "since", "until", "by" or "the": "summer crops" is not a date.</item>
/// </list>
/// </summary>
internal static partial class PeriodExpressions
{
    public static IEnumerable<ExtractedDate> Find(string body, PublicationAnchor? anchor)
    {
        foreach (Match m in Decade().Matches(body))
        {
            var decade = m.Groups["dec"].Success ? m.Groups["dec"].Value[..3]
                : m.Groups["short"].Success ? (m.Groups["short"].Value[0] == '0' || m.Groups["short"].Value[0] == '1' ? "20" : "19") + m.Groups["short"].Value[0]
                : "19" + DecadeWords[m.Groups["word"].Value.ToLowerInvariant()];
            yield return MatchedDate.From(m, decade + "X", "absolute", null, "rule:decade");
        }

        // "the 19th century", "19th-century": EDTF's unspecified digits, "18XX"
        // (and spelled out: "the nineteenth century", "the twenty-first century")
        foreach (Match m in Century().Matches(body))
        {
            var n = m.Groups["n"].Success ? int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture)
                : Array.IndexOf(CenturyOrdinals, m.Groups["word"].Value.ToLowerInvariant().Replace(' ', '-')) + 1;
            if (n is >= 1 and <= 21) yield return MatchedDate.From(m, $"{n - 1:00}XX", "absolute", null, "rule:century");
        }

        // "the first week of May", "the last week of March": seven days of a month, placed like the month
        foreach (Match m in WeekOfMonth().Matches(body))
        {
            var month = Array.IndexOf(MonthNames, m.Groups["mon"].Value[..3]) + 1;
            int year;
            if (m.Groups["y"].Success) year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            else if (anchor is null) { yield return MatchedDate.From(m, null, "relative", null, "rule:week-of-month"); continue; }
            else year = Place(anchor.Date, month, 1, "", TenseDetector.Of(body, m.Index, m.Index + m.Length));
            var days = DateTime.DaysInMonth(year, month);
            var first = m.Groups["ord"].Value.ToLowerInvariant() switch { "second" => 8, "third" => 15, "fourth" => 22, "last" or "final" => days - 6, _ => 1 };
            yield return MatchedDate.From(m, $"{year:0000}-{month:00}-{first:00}/{year:0000}-{month:00}-{first + 6:00}",
                m.Groups["y"].Success ? "absolute" : "relative", m.Groups["y"].Success ? null : anchor?.Description, "rule:week-of-month");
        }

        // "2015-2021", "2019–22": a span of years written with a dash
        foreach (Match m in YearSpan().Matches(body))
        {
            var a = m.Groups["a"].Value;
            var b = m.Groups["b"].Value.Length == 2 ? a[..2] + m.Groups["b"].Value : m.Groups["b"].Value;
            if (string.CompareOrdinal(a, b) < 0) yield return MatchedDate.From(m, a + "/" + b, "absolute", null, "rule:range");
        }

        // "January-March", "the July-September quarter": two months joined by a dash
        foreach (Match m in MonthSpan().Matches(body))
        {
            var a = Array.IndexOf(MonthNames, m.Groups["a"].Value[..3]) + 1;
            var b = Array.IndexOf(MonthNames, m.Groups["b"].Value[..3]) + 1;
            if (a < 1 || b <= a) continue;
            int year;
            string evidence;
            if (m.Groups["y"].Success) { year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture); evidence = "rule:month-span-year"; }
            else if (anchor is null) { yield return MatchedDate.From(m, null, "relative", null, "rule:month-span"); continue; }
            else { year = Place(anchor.Date, a, b - a + 1, "", TenseDetector.Of(body, m.Index, m.Index + m.Length)); evidence = "rule:month-span"; }
            var isQuarter = m.Groups["q"].Success && b - a == 2 && a % 3 == 1;
            var value = isQuarter ? $"{year:0000}-{32 + (a + 2) / 3}" : $"{year:0000}-{a:00}/{year:0000}-{b:00}";
            yield return MatchedDate.From(m, value, m.Groups["y"].Success ? "absolute" : "relative", m.Groups["y"].Success ? null : anchor?.Description, evidence);
        }

        foreach (Match m in Season().Matches(body))
        {
            var mod = m.Groups["mod"].Value.ToLowerInvariant();
            var hasYear = m.Groups["y"].Success;
            var before = DateExpressionExtractor.PreviousWord(body, m.Index, out _);
            if (!hasYear && mod.Length == 0 && !SeasonPrepositions.Contains(before)) continue;
            var season = SeasonCode(m.Groups["season"].Value);
            if (hasYear)
            {
                yield return MatchedDate.From(m, $"{m.Groups["y"].Value}-{season}", "absolute", null, "rule:season-year");
                continue;
            }
            if (anchor is null) { yield return MatchedDate.From(m, null, "relative", null, "rule:season"); continue; }
            var year = Place(anchor.Date, SeasonStartMonth(season), 3, mod, TenseDetector.Of(body, m.Index, m.Index + m.Length));
            yield return MatchedDate.From(m, $"{year:0000}-{season}", "relative", anchor.Description, "rule:season");
        }

        foreach (Match m in QuarterOrHalf().Matches(body))
        {
            // a quarter with its year ("the first quarter of this year") is a date in any sentence
            if (!m.Groups["y"].Success && !m.Groups["rel"].Success && !AboutMoney(body, m.Index)) continue;
            var half = m.Groups["unit"].Value.StartsWith('h') || m.Groups["unit"].Value.StartsWith('H');
            var ordinal = OrdinalOf(m.Groups["ord"].Value, half ? 2 : 4);
            if (ordinal is null) continue;
            var code = half ? 39 + ordinal.Value : 32 + ordinal.Value;
            var startMonth = half ? 6 * (ordinal.Value - 1) + 1 : 3 * (ordinal.Value - 1) + 1;
            if (m.Groups["y"].Success)
            {
                var y = m.Groups["y"].Value.Length == 2 ? "20" + m.Groups["y"].Value : m.Groups["y"].Value;
                yield return MatchedDate.From(m, $"{y}-{code}", "absolute", null, "rule:quarter-year");
                continue;
            }
            if (anchor is null) { yield return MatchedDate.From(m, null, "relative", null, "rule:quarter"); continue; }
            var rel = m.Groups["rel"].Value.ToLowerInvariant();
            var year = rel switch
            {
                "this" or "the current" => anchor.Date.Year,
                "last" or "the previous" => anchor.Date.Year - 1,
                "next" => anchor.Date.Year + 1,
                _ => Place(anchor.Date, startMonth, half ? 6 : 3, "", TenseDetector.Of(body, m.Index, m.Index + m.Length)),
            };
            yield return MatchedDate.From(m, $"{year:0000}-{code}", "relative", anchor.Description, "rule:quarter");
        }
    }

    /// <summary>The year of a period starting in <paramref name="startMonth"/> and lasting <paramref name="months"/>.</summary>
    private static int Place(DateOnly publication, int startMonth, int months, string mod, Tense tense)
    {
        var begun = new DateOnly(publication.Year, startMonth, 1) <= publication;
        var over = new DateOnly(publication.Year, startMonth, 1).AddMonths(months) <= publication;
        return mod switch
        {
            "last" or "past" => over ? publication.Year : publication.Year - 1,
            "next" or "coming" => begun ? publication.Year + 1 : publication.Year,
            "this" => publication.Year,
            _ => tense switch
            {
                Tense.Future => over ? publication.Year + 1 : publication.Year,
                _ => begun ? publication.Year : publication.Year - 1,
            },
        };
    }

    private static string SeasonCode(string word) => word.ToLowerInvariant() switch
    {
        "spring" => "21",
        "summer" => "22",
        "autumn" or "fall" => "23",
        _ => "24",
    };

    private static int SeasonStartMonth(string code) => code switch { "21" => 3, "22" => 6, "23" => 9, _ => 12 };

    private static int? OrdinalOf(string word, int max)
    {
        var n = word.ToLowerInvariant().TrimEnd('.') switch
        {
            "first" or "1st" or "1" => 1,
            "second" or "2nd" or "2" => 2,
            "third" or "3rd" or "3" => 3,
            "fourth" or "4th" or "4" => 4,
            "final" or "last" => max,
            _ => 0,
        };
        return n >= 1 && n <= max ? n : null;
    }

    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly Dictionary<string, string> DecadeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenties"] = "2", ["thirties"] = "3", ["forties"] = "4", ["fifties"] = "5", ["sixties"] = "6", ["seventies"] = "7",
        ["eighties"] = "8", ["nineties"] = "9",
    };

    private static readonly HashSet<string> SeasonPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "during", "over", "since", "until", "till", "by", "the", "through", "throughout", "early", "late", "mid",
    };

    /// <summary>The sentence around a position speaks of money, output or the economy.</summary>
    private static bool AboutMoney(string body, int index)
    {
        var from = body.LastIndexOfAny(['.', '\n'], Math.Max(0, index - 1)) + 1;
        var to = body.IndexOfAny(['.', '\n'], index);
        if (to < 0) to = body.Length;
        return MoneyWords().IsMatch(body.AsSpan(from, to - from));
    }

    // ("the 1990s", "the early 1980s", "the '90s", "the nineties"; not "in their 50s" or "in her nineties": ages)
    [GeneratedRegex(@"\b(?:the\s+)?(?:(?:early|mid|late)[- ])?(?<dec>(?:1[5-9]|20)\d0)s\b|(?:\bthe\s+(?:(?:early|mid|late)[- ])?)?(?<![\w'’])['’](?<short>[0-9]0)s\b|\bthe\s+(?:(?:early|mid|late)[- ])?(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Decade();

    private const string MonthName = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string MonthAbbreviation = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    [GeneratedRegex(@"\b(?:the\s+)?(?<ord>(?i:first|second|third|fourth|last|final))\s+week\s+of\s+(?<mon>" + MonthName + @")\b(?:,?\s+(?<y>(?:19|20)\d\d)(?!\d))?", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex WeekOfMonth();

    private static readonly string[] CenturyOrdinals =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
    ];

    [GeneratedRegex(@"\b(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:(?<n>1\d|2[01]|[1-9])(?:st|nd|rd|th)|(?<word>(?:thir|four|fif|six|seven|eigh|nine)teenth|eleventh|twelfth|twentieth|twenty[- ]first))[- ]century\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Century();

    // (also abbreviated, as table headings write them: "Apr-Sep 2025"; a quarter may name its year: "the October-December quarter of 2024")
    [GeneratedRegex(@"\b(?:the\s+)?(?<a>" + MonthName + "|" + MonthAbbreviation + @")(?:[-–]|-to-)(?<b>" + MonthName + "|" + MonthAbbreviation + @")\b(?:(?<q>\s+quarter)\b(?:\s+of\s+(?<y>(?:19|20)\d\d)(?!\d))?|,?\s+(?<y>(?:19|20)\d\d)(?!\d))?", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex MonthSpan();

    [GeneratedRegex(@"(?<![\d-])(?<a>(?:19|20)\d\d)\s?[-–]\s?(?<b>(?:19|20)\d\d|\d\d)(?![\d-])", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex YearSpan();

    [GeneratedRegex(@"\b(?:(?<mod>last|next|this|past|coming)\s+)?(?:the\s+)?(?<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?<y>(?:19|20)\d\d)(?!\d))?\b(?!\s+of\s+(?!(?:19|20)\d\d))(?![- ](?:term|session|school|camp|games|olympics|collection|wheat|crops?|harvest|sales?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Season();

    [GeneratedRegex(@"\b(?:(?i:the\s+)?(?<ord>(?i:first|second|third|fourth|final|last)|1st|2nd|3rd|4th)(?:\s+|-)(?<unit>quarter|half)(?:\s+(?:of\s+)?(?:(?<y>(?:19|20)\d\d)(?!\d)|(?<rel>this|last|next|the\s+current|the\s+previous)\s+year))?|(?<unit>Q|H)(?<ord>[1-4])(?:\s*(?:of\s+)?(?<y>(?:19|20)\d\d|'?\d\d)(?!\d))?)\b", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex QuarterOrHalf();

    [GeneratedRegex(@"\b(?:revenue|revenues|profit|profits|loss|losses|sales|earnings|income|turnover|growth|GDP|economy|economic|inflation|output|exports|imports|shipments|results|margin|margins|fiscal|financial|quarterly|dividend|orders|production|demand|prices|spending|budget|deficit|unemployment|shares|investors|analysts|forecast)\b|%|\bper\s?cent\b|\bpercent\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex MoneyWords();
}
