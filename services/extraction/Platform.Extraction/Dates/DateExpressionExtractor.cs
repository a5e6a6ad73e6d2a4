using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Contracts;
using Platform.Extraction.Quantities;

namespace Platform.Extraction.Dates;

/// <summary>
/// Finds date expressions in an article body and resolves them to ISO 8601 where the text allows.
/// <list type="bullet">
/// <item>Absolute dates with a year resolve to "yyyy-MM-dd"; a month with a year to "yyyy-MM"; a year to "yyyy".
/// A day and month without a year ("Mar. 4") take the year that puts them nearest the publication date, on the side
/// the sentence's tense points to ("will vote on March 12").</item>
/// <item>Relative expressions resolve against the publication date in the publication's local time. A bare weekday
/// (or "on Tuesday") is the most recent such day on or before the publication date, unless the sentence is
/// future-tense ("will", "is scheduled to"), when it is the coming one on or after it. "last"/"next" exclude the
/// publication day itself; "this Tuesday" is the Tuesday of the publication's ISO week.</item>
/// <item>A month name alone ("in April") is in the publication year (news style names the year otherwise), moved a
/// year back when the sentence is past-tense and the month lies after the publication month, or a year ahead when it is
/// future-tense and the month lies before it; without a tense, the occurrence nearest the publication month.</item>
/// <item>Weeks resolve to ISO 8601 week dates, "yyyy-'W'ww" ("last week" in an article published 2025-06-19 is
/// "2025-W24"): a week is a span, not a day, and ISO 8601 names it exactly. Months resolve to "yyyy-MM", years to
/// "yyyy", weekends to the interval of their two days ("2025-02-15/2025-02-16"); "the weekend" is the last one, or in a
/// future-tense clause the coming one. "that year" / "that month" are the narrative's, like "the same year". A month
/// (or a month and day) followed by "last year", "this year" or "next year" takes that year ("February last year").</item>
/// <item>"two days earlier", "the next day" count from the nearest preceding expression resolved to a day (the
/// narrative's reference time), or from the publication date when no date precedes them; when the preceding date is
/// coarser than a day ("in September 2022") they stay unresolved.</item>
/// <item>Vague expressions ("recently", "in recent weeks") and anything relative without a publication date keep
/// Resolved null. Durations ("for three years", "a decade-long") are not dates and are not reported.</item>
/// </list>
/// Thread-safe: the instance holds no state.
/// </summary>
public sealed class DateExpressionExtractor
{
    public const string Version = "dates-1.0";

    private enum Rule { Iso, MonthDay, DayMonth, MonthYear, Year, MonthAlone, Weekday, RelativeDay, RelativePeriod, Offset, NarrativeDay, Vague }

    private readonly record struct Candidate(int Start, int End, Rule Rule, Match Match, string Mod = "");

    private static readonly HashSet<string> YearPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "by", "until", "till", "through", "throughout", "during", "before", "after", "from", "to", "between",
        "and", "early", "mid", "late", "fiscal", "year", "around", "circa", "the",
    };

    private static readonly HashSet<string> MonthPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "by", "until", "till", "through", "during", "before", "after", "from", "to", "between", "and", "early",
        "mid", "late", "for",
    };

    private static readonly HashSet<string> PeriodNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "summer", "spring", "autumn", "fall", "winter", "end", "start", "beginning", "middle", "half", "quarter",
    };

    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase) { "last", "next", "this", "coming", "past" };

    /// <param name="body">The article body.</param>
    /// <param name="published">The publication time; may be null, a date only, or without an offset.</param>
    /// <param name="anchorName">What <paramref name="published"/> is, as anchors name it ("update time" when a page gives no publication time).</param>
    public IReadOnlyList<ExtractedDate> Extract(string body, PublishedTime? published, string anchorName = "publication date")
    {
        ArgumentNullException.ThrowIfNull(body);
        var anchor = PublicationAnchor.From(published, anchorName);
        var candidates = new List<Candidate>();
        Collect(body, candidates, anchor?.Date.Year);
        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (b.End - b.Start).CompareTo(a.End - a.Start));

        // Decades, seasons, quarters and halves first: "the winter of 2014" is one expression, not a season and a year.
        // Reporting periods first ("the first half of fiscal 2024", "the three months to March 31"): they hold calendar
        // periods and days that would otherwise be read alone.
        var results = FiscalPeriods.Find(body, anchor).ToList();
        var reporting = results.Count;
        foreach (var period in PeriodExpressions.Find(body, anchor).Concat(PeriodEdges.Find(body, anchor)).Concat(Holidays.Find(body, anchor)))
            if (!results.Take(reporting).Any(r => period.Start < r.End && r.Start < period.End)) results.Add(period);
        RemoveOverlaps(results);
        bool InPeriod(Candidate c) => results.Any(p => c.Start < p.End && p.Start < c.End);
        var periods = results.Count;
        var lastEnd = -1;
        // The narrative's reference time: the last expression resolved to a day; reset by a coarser or unresolved one.
        (DateOnly Date, string Text)? narrative = null;
        // A coarser date ("in 2014", "March 2019") still dates the narrative's year: "the following year" counts from it.
        (int Year, string Text)? narrativeYear = null;
        var sawDate = false;
        foreach (var c in candidates)
        {
            if (c.Start < lastEnd || (periods > 0 && InPeriod(c))) continue;
            var date = Resolve(body, c, anchor, narrative, sawDate && narrative is null, narrativeYear);
            if (date is null) continue;
            lastEnd = c.End;
            results.Add(date.Value.Date);
            if (date.Value.Date.Evidence == "rule:vague") continue;
            narrative = date.Value.Day is DateOnly day ? (day, date.Value.Date.Text) : null;
            narrativeYear = NarrativeYear.Of(date.Value.Date) is int year ? (year, date.Value.Date.Text) : null;
            sawDate = true;
        }
        results.Sort((a, b) => a.Start.CompareTo(b.Start));
        ReferencedPeriods.Add(body, results);
        return DayRanges.Extend(body, DateRanges.Join(body, results));
    }

    /// <summary>Of overlapping period expressions the earlier-starting, then longer, is kept.</summary>
    private static void RemoveOverlaps(List<ExtractedDate> dates)
    {
        dates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (b.End - b.Start).CompareTo(a.End - a.Start));
        var end = -1;
        dates.RemoveAll(d =>
        {
            if (d.Start < end) return true;
            end = d.End;
            return false;
        });
    }

    private static void Collect(string body, List<Candidate> candidates, int? anchorYear)
    {
        for (var m = DatePatterns.IsoDate().Match(body); m.Success; m = m.NextMatch())
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, Rule.Iso, m));

        for (var m = DatePatterns.MonthFirst().Match(body); m.Success; m = m.NextMatch())
        {
            var end = m.Index + m.Length;
            if (!m.Groups["y"].Success && !m.Groups["y2"].Success && DatePatterns.RelativeYearAfter().Match(body, end) is { Success: true } relativeYear)
            {
                // "February last year", "March 3 this year": the month in the year named after it
                var step = relativeYear.Groups["rel"].Value.ToLowerInvariant() switch { "last" or "previous" => "-1", "next" => "1", _ => "0" };
                var start = m.Groups["d"].Success ? WithWeekday(body, m.Index) : m.Index;
                candidates.Add(new Candidate(start, relativeYear.Index + relativeYear.Length, m.Groups["d"].Success ? Rule.MonthDay : Rule.MonthAlone, m, "year:" + step));
                continue;
            }
            if (m.Groups["d"].Success) candidates.Add(new Candidate(WithWeekday(body, m.Index), end, Rule.MonthDay, m));
            else if (m.Groups["y2"].Success) candidates.Add(new Candidate(m.Index, end, Rule.MonthYear, m));
            else if (m.Groups["mon"].Length >= 5 || m.Groups["mon"].Value is "May" or "June" or "July")
            {
                if (m.Groups["mon"].Value.EndsWith('.')) continue;
                var previous = PreviousWord(body, m.Index, out var previousStart);
                if (Modifiers.Contains(previous))
                    candidates.Add(new Candidate(previousStart, end, Rule.MonthAlone, m, previous.ToLowerInvariant()));
                else if (MonthPrepositions.Contains(previous) || previous == "of" && PeriodNouns.Contains(PreviousWord(body, previousStart, out _)))
                    candidates.Add(new Candidate(m.Index, end, Rule.MonthAlone, m));
            }
        }

        for (var m = DatePatterns.DayFirst().Match(body); m.Success; m = m.NextMatch())
            candidates.Add(new Candidate(WithWeekday(body, m.Index), m.Index + m.Length, Rule.DayMonth, m));

        for (var m = DatePatterns.YearNumber().Match(body); m.Success; m = m.NextMatch())
        {
            var previous = PreviousWord(body, m.Index, out var previousStart);
            if (YearPrepositions.Contains(previous) || previous == "of" && PeriodNouns.Contains(PreviousWord(body, previousStart, out _))
                || !IsCount(body, m.Index, m.Index + m.Length, previous, previousStart, anchorYear))
                candidates.Add(new Candidate(m.Index, m.Index + m.Length, Rule.Year, m));
        }

        for (var m = DatePatterns.Weekday().Match(body); m.Success; m = m.NextMatch())
        {
            var end = m.Index + m.Length;
            if (end < body.Length && body[end] == 's') continue;
            var previous = PreviousWord(body, m.Index, out var previousStart);
            candidates.Add(Modifiers.Contains(previous)
                ? new Candidate(previousStart, end, Rule.Weekday, m, previous.ToLowerInvariant())
                : new Candidate(m.Index, end, Rule.Weekday, m));
        }

        for (var m = DatePatterns.RelativeKey().Match(body); m.Success; m = m.NextMatch())
        {
            var end = m.Index + m.Length;
            var from = Math.Max(0, m.Index - 32);
            var length = m.Index - from;
            Match before;
            if (!m.Groups["day"].Success && !m.Groups["recently"].Success && !m.Groups["part"].Success && !m.Groups["future"].Success
                && DatePatterns.OffsetDirection().Match(body, end) is { Success: true } direction)
            {
                // "two days ago", "a year earlier": a count, the unit and a direction.
                var countFrom = Math.Max(0, m.Index - 48);
                var count = DatePatterns.CountBefore().Match(body, countFrom, m.Index - countFrom);
                if (count.Success)
                {
                    var n = count.Groups["n"];
                    var unitWord = m.Value.ToLowerInvariant();
                    candidates.Add(new Candidate(n.Index, direction.Index + direction.Length, Rule.Offset, direction, n.Value + "|" + unitWord));
                    continue;
                }
            }
            if (m.Groups["decade"].Success) continue;
            if (m.Groups["day"].Success)
            {
                before = DatePatterns.DayBefore().Match(body, from, length);
                candidates.Add(new Candidate(before.Success ? before.Index : m.Index, end, Rule.RelativeDay, m, Words(body, before.Success ? before.Index : m.Index, end)));
            }
            else if (m.Groups["recently"].Success)
                candidates.Add(new Candidate(m.Index, end, Rule.Vague, m));
            else if (m.Groups["part"].Success)
            {
                before = DatePatterns.PartBefore().Match(body, from, length);
                var night = m.Value.Equals("night", StringComparison.OrdinalIgnoreCase);
                if (before.Success && before.Groups["w"].Value.Equals("last", StringComparison.OrdinalIgnoreCase) == night) candidates.Add(new Candidate(before.Index, end, Rule.RelativeDay, m, Words(body, before.Index, end)));
            }
            else if (m.Groups["unit"].Success)
            {
                before = DatePatterns.PeriodBefore().Match(body, from, length);
                if (!before.Success) continue;
                var mod = Words(body, before.Groups["mod"].Index, before.Groups["mod"].Index + before.Groups["mod"].Length);
                // "the past year" is a span reaching back from now, not a calendar period: a date without a value.
                candidates.Add(mod == "the past"
                    ? new Candidate(before.Index, end, Rule.Vague, m)
                    : new Candidate(before.Index, end, Rule.RelativePeriod, before, mod));
            }
            else if (m.Groups["oneday"].Success)
            {
                before = DatePatterns.OneDayBefore().Match(body, from, length);
                if (before.Success)
                {
                    candidates.Add(new Candidate(before.Index, end, Rule.NarrativeDay, m, Words(body, before.Index, end)));
                    continue;
                }
                var stop = DatePatterns.BeforeAfterStop().Match(body, end);
                if (stop.Success && DatePatterns.TheBefore().Match(body, from, length) is { Success: true } the)
                    candidates.Add(new Candidate(the.Index, stop.Index + stop.Length, Rule.NarrativeDay, m, Words(body, the.Index, stop.Index + stop.Length)));
            }
            else if (m.Groups["units"].Success)
            {
                before = DatePatterns.UnitsBefore().Match(body, from, length);
                if (before.Success) candidates.Add(new Candidate(before.Index, end, Rule.Vague, m));
            }
            else if (DatePatterns.FutureBefore().Match(body, from, length) is { Success: true } near)
                candidates.Add(new Candidate(near.Index, end, Rule.Vague, m));
        }
    }

    /// <summary>The lower-case words of a span with single spaces ("Last  night" gives "last night").</summary>
    private static string Words(string body, int start, int end) =>
        string.Join(' ', body[start..end].ToLowerInvariant().Split([' ', '\t', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Extends a date's start over a weekday written before it ("Tuesday, March 5").</summary>
    private static int WithWeekday(string body, int start)
    {
        var from = Math.Max(0, start - 12);
        var m = DatePatterns.WeekdayBefore().Match(body, from, start - from);
        return m.Success ? m.Index : start;
    }

    /// <summary>The word before a position (letters only, across spaces and a hyphen as in "mid-March"), or "".</summary>
    /// <summary>Words before a number that make it a count ("about 2000", "more than 1500"), not a year.</summary>
    private static readonly HashSet<string> CountWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "some", "nearly", "almost", "over", "under", "roughly", "approximately", "least", "than", "only", "just", "up",
        "another", "extra", "additional", "total", "all", "those", "these", "with", "were", "are", "had", "has", "have",
    };

    /// <summary>Nouns a number labels rather than dates ("the code 1969", "flight 2011", "page 1998").</summary>
    private static readonly HashSet<string> LabelNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "code", "number", "no", "nos", "flight", "route", "model", "page", "pages", "room", "lot", "case", "ticker", "serial", "platform", "bus",
    };

    /// <summary>Determiners and prepositions before which a year modifies a noun phrase ("the 2024 elections", "above 2022 levels").</summary>
    private static readonly HashSet<string> ModifierLeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "its", "their", "his", "her", "our", "your", "this", "that", "of", "above", "below", "to", "on", "at", "pre", "post", "beyond",
    };

    private static bool IsSentenceStart(string body, int position)
    {
        var i = position;
        while (i >= 0 && body[i] is ' ' or '\u00A0' or '"' or '“' or '\'' or '‘' or '(') i--;
        return i < 0 || body[i] is '.' or '!' or '?' or '\n' or ':';
    }

    /// <summary>
    /// A year-shaped number that is a count: after a counting word or a currency sign, or before a plural noun ("2000
    /// people", "1850 tonnes") unless it is a recent year that is not a round number ("2022 levels"). Any other year-shaped number in the text names a year ("a 2022 study", "the drought of 2023",
    /// "the busiest year was 2022").
    /// </summary>
    private static bool IsCount(string body, int start, int end, string previous, int previousStart, int? anchorYear)
    {
        if (CountWords.Contains(previous) || LabelNouns.Contains(previous)) return true;
        // a number after a name is part of it or its label: "Ndolo 2000", "the Tyne-class ON 1989"
        if (previous.Length > 0 && char.IsUpper(previous[0]) && !IsSentenceStart(body, previousStart - 1)) return true;
        if (start > 0 && body[start - 1] is '$' or '€' or '£' or '¥' or '#' or '+' or '×' or '/' or '.' or ':') return true;
        var next = end;
        while (next < body.Length && body[next] == ' ') next++;
        var wordEnd = next;
        while (wordEnd < body.Length && char.IsLetter(body[wordEnd])) wordEnd++;
        if (!(wordEnd - next >= 3 && char.IsLower(body[next]) && body[wordEnd - 1] == 's' && next > end)) return false;
        // before a plural noun: a count ("2000 households", "gained 2019 points"), unless a determiner or preposition makes a
        // recent, unrounded year the noun's modifier ("above 2022 levels", "its 2023 accounts")
        var value = int.Parse(body.AsSpan(start, 4), System.Globalization.CultureInfo.InvariantCulture);
        return !ModifierLeads.Contains(previous) || anchorYear is not int year || value % 50 == 0 || value < year - 40 || value > year + 10;
    }

    internal static string PreviousWord(string body, int position, out int start)
    {
        var e = position;
        while (e > 0 && body[e - 1] is ' ' or '\u00A0' or '-' or '\t') e--;
        var s = e;
        while (s > 0 && char.IsLetter(body[s - 1])) s--;
        start = s;
        return body[s..e];
    }

    private static (ExtractedDate Date, DateOnly? Day)? Resolve(string body, Candidate c, PublicationAnchor? anchor, (DateOnly Date, string Text)? narrative, bool narrativeLost, (int Year, string Text)? narrativeYear)
    {
        var m = c.Match;
        var text = body.Substring(c.Start, c.End - c.Start);
        ExtractedDate Make(string? resolved, string kind, string? anchorText, string evidence) => new()
        {
            Text = text,
            Start = c.Start,
            End = c.End,
            Resolved = resolved,
            Kind = kind,
            Anchor = anchorText,
            Evidence = evidence,
        };

        switch (c.Rule)
        {
            case Rule.Iso:
                {
                    if (!TryDate(Int(m, "y"), Int(m, "m"), Int(m, "d"), out var d)) return null;
                    return (Make(Iso(d), "absolute", null, "rule:iso-date"), d);
                }
            case Rule.MonthDay:
            case Rule.DayMonth:
                {
                    var month = MonthNumber(m.Groups["mon"].Value);
                    var day = Int(m, "d");
                    if (day is < 1 or > 31) return null;
                    var evidence = c.Rule == Rule.MonthDay ? "rule:month-day" : "rule:day-month";
                    if (m.Groups["y"].Success)
                    {
                        if (!TryDate(Int(m, "y"), month, day, out var full)) return null;
                        return (Make(Iso(full), "absolute", null, evidence + "-year"), full);
                    }
                    if (anchor is null) return (Make(null, "absolute", null, evidence), null);
                    if (c.Mod.StartsWith("year:", StringComparison.Ordinal))
                    {
                        if (!TryDate(anchor.Date.Year + int.Parse(c.Mod.AsSpan(5), CultureInfo.InvariantCulture), month, day, out var named)) return null;
                        return (Make(Iso(named), "relative", anchor.Description, evidence + ":named-year"), named);
                    }
                    DateOnly? best = null;
                    var tense = TenseDetector.Of(body, c.Start, c.End);
                    for (var y = anchor.Date.Year - 1; y <= anchor.Date.Year + 1; y++)
                    {
                        if (!TryDate(y, month, day, out var option)) continue;
                        // A tense says which side of the publication date the day lies on, when it is more than a week off.
                        if (tense == Tense.Future && option.DayNumber < anchor.Date.DayNumber - 7) continue;
                        if (tense == Tense.Past && option.DayNumber > anchor.Date.DayNumber + 7) continue;
                        if (best is null || Math.Abs(option.DayNumber - anchor.Date.DayNumber) < Math.Abs(best.Value.DayNumber - anchor.Date.DayNumber))
                            best = option;
                    }
                    if (best is null) return null;
                    return (Make(Iso(best.Value), "absolute", anchor.Description, evidence + ":year-from-publication"), best);
                }
            case Rule.MonthYear:
                return (Make($"{Int(m, "y2"):0000}-{MonthNumber(m.Groups["mon"].Value):00}", "absolute", null, "rule:month-year"), null);
            case Rule.Year:
                return (Make(m.Groups["y"].Value, "absolute", null, "rule:year"), null);
            case Rule.MonthAlone:
                {
                    var month = MonthNumber(m.Groups["mon"].Value);
                    if (anchor is null) return (Make(null, "relative", null, "rule:month-name"), null);
                    var mod = c.Mod;
                    var pubYear = anchor.Date.Year;
                    var pubMonth = anchor.Date.Month;
                    var year = mod.StartsWith("year:", StringComparison.Ordinal) ? pubYear + int.Parse(mod.AsSpan(5), CultureInfo.InvariantCulture) : mod switch
                    {
                        "last" or "past" => month < pubMonth ? pubYear : pubYear - 1,
                        "next" or "coming" => month > pubMonth ? pubYear : pubYear + 1,
                        "this" => pubYear,
                        _ => TenseDetector.Of(body, c.Start, c.End) switch
                        {
                            Tense.Future => month >= pubMonth ? pubYear : pubYear + 1,
                            Tense.Past => month <= pubMonth ? pubYear : pubYear - 1,
                            // no tense: the occurrence nearest the publication month (news reports the recent past and near future)
                            _ => month - pubMonth > 6 ? pubYear - 1 : pubMonth - month > 6 ? pubYear + 1 : pubYear,
                        },
                    };
                    return (Make($"{year:0000}-{month:00}", "relative", anchor.Description, "rule:month-name"), null);
                }
            case Rule.Weekday:
                {
                    var target = WeekdayOf(m.Groups["wd"].Value);
                    if (anchor is null) return (Make(null, "relative", null, "rule:weekday"), null);
                    var mod = c.Mod;
                    var pub = anchor.Date;
                    var back = ((int)pub.DayOfWeek - (int)target + 7) % 7;
                    var ahead = ((int)target - (int)pub.DayOfWeek + 7) % 7;
                    DateOnly d = mod switch
                    {
                        "last" or "past" => pub.AddDays(back == 0 ? -7 : -back),
                        "next" or "coming" => pub.AddDays(ahead == 0 ? 7 : ahead),
                        "this" => MondayOf(pub).AddDays(((int)target + 6) % 7),
                        _ => TenseDetector.IsFuture(body, c.Start, c.End) ? pub.AddDays(ahead) : pub.AddDays(-back),
                    };
                    return (Make(Iso(d), "relative", anchor.Description, "rule:weekday"), d);
                }
            case Rule.RelativeDay:
                {
                    if (anchor is null) return (Make(null, "relative", null, "rule:relative-day"), null);
                    var w = c.Mod;
                    var offset = w.EndsWith("yesterday", StringComparison.Ordinal) ? -1 : w.EndsWith("tomorrow", StringComparison.Ordinal) ? 1 : w == "last night" ? -1 : 0;
                    if (w.StartsWith("the day before", StringComparison.Ordinal)) offset--;
                    if (w.StartsWith("the day after", StringComparison.Ordinal)) offset++;
                    var d = anchor.Date.AddDays(offset);
                    return (Make(Iso(d), "relative", anchor.Description, "rule:relative-day"), d);
                }
            case Rule.RelativePeriod:
                {
                    var mod = c.Mod;
                    // (a sports "season" is named by the year it is played in: "last season" is last year)
                    var unit = body[(c.End - 4)..c.End].ToLowerInvariant() switch { "week" => "week", "kend" => "weekend", "onth" => "month", _ => "year" };
                    var narrativeBased = mod.StartsWith("the ", StringComparison.Ordinal) || mod == "that";
                    if (unit == "weekend" && mod == "the" && anchor is not null)
                    {
                        // "over the weekend" / "before the weekend": the last one or the coming one, as the clause's tense says
                        var saturday = MondayOf(anchor.Date).AddDays(5);
                        if (TenseDetector.IsFuture(body, c.Start, c.End)) { if (saturday.AddDays(1) < anchor.Date) saturday = saturday.AddDays(7); }
                        else if (saturday > anchor.Date) saturday = saturday.AddDays(-7);
                        return (Make(Weekend(saturday), "relative", anchor.Description, "rule:relative-period"), null);
                    }
                    if (mod == "the") return null;
                    var baseDate = narrativeBased ? narrative?.Date ?? (narrativeLost ? null : anchor?.Date) : anchor?.Date;
                    if (baseDate is null && narrativeBased && unit == "year" && narrative is null && narrativeYear is { } ny)
                    {
                        var step0 = mod is "the previous" ? -1 : mod is "the following" ? 1 : 0;
                        return (Make((ny.Year + step0).ToString("0000", CultureInfo.InvariantCulture), "relative", $"{ny.Year:0000} (preceding date \"{ny.Text}\")", "rule:relative-period"), null);
                    }
                    if (baseDate is null) return (Make(null, "relative", null, "rule:relative-period"), null);
                    var step = mod switch { "last" or "the previous" => -1, "next" or "the following" => 1, _ => 0 };
                    var anchorText = narrativeBased && narrative is not null ? NarrativeAnchor(narrative.Value) : anchor?.Description;
                    var resolved = unit switch
                    {
                        "week" => IsoWeek(baseDate.Value.AddDays(7 * step)),
                        "weekend" => Weekend(MondayOf(baseDate.Value.AddDays(7 * step)).AddDays(5)),
                        "month" => baseDate.Value.AddMonths(step).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                        _ => (baseDate.Value.Year + step).ToString("0000", CultureInfo.InvariantCulture),
                    };
                    return (Make(resolved, "relative", anchorText, "rule:relative-period"), null);
                }
            case Rule.Offset:
                {
                    var parts = c.Mod.Split('|');
                    var n = CountOf(parts[0]);
                    var dir = Regex.Replace(m.Groups["dir"].Value.ToLowerInvariant(), @"\s+", " ", RegexOptions.None, RegexMatchTimeout.PerMatch);
                    var fromPublication = dir is "ago" || dir.StartsWith("from", StringComparison.Ordinal);
                    var baseDate = fromPublication ? anchor?.Date : narrative?.Date ?? (narrativeLost ? null : anchor?.Date);
                    var sign = dir is "ago" or "earlier" or "prior" or "before" ? -1 : 1;
                    if (n is not null && baseDate is null && !fromPublication && narrativeYear is { } years && parts[1].StartsWith("year", StringComparison.Ordinal))
                    {
                        // "in March 1936 ... eighty-three years later": counted from the narrative's year
                        var counted = years.Year + (int)n.Value * sign;
                        return (Make(counted.ToString("0000", CultureInfo.InvariantCulture), "relative", $"{years.Year:0000} (preceding date \"{years.Text}\")", "rule:offset"), null);
                    }
                    if (n is null || baseDate is null) return (Make(null, "relative", null, "rule:offset"), null);
                    var k = (int)n.Value * sign;
                    var unit = parts[1].TrimEnd('s');
                    DateOnly? day = null;
                    string resolved;
                    switch (unit)
                    {
                        case "day": day = baseDate.Value.AddDays(k); resolved = Iso(day.Value); break;
                        case "week": day = baseDate.Value.AddDays(7 * k); resolved = Iso(day.Value); break;
                        case "month": resolved = baseDate.Value.AddMonths(k).ToString("yyyy-MM", CultureInfo.InvariantCulture); break;
                        case "decade": resolved = (baseDate.Value.Year + 10 * k).ToString("0000", CultureInfo.InvariantCulture); break;
                        default: resolved = (baseDate.Value.Year + k).ToString("0000", CultureInfo.InvariantCulture); break;
                    }
                    var anchorText = !fromPublication && narrative is not null ? NarrativeAnchor(narrative.Value) : anchor?.Description;
                    return (Make(resolved, "relative", anchorText, "rule:offset"), day);
                }
            case Rule.NarrativeDay:
                {
                    var w = c.Mod;
                    var baseDate = narrative?.Date ?? (narrativeLost ? null : anchor?.Date);
                    if (baseDate is null) return (Make(null, "relative", null, "rule:narrative-day"), null);
                    var offset = w switch
                    {
                        "the previous day" or "the day before" or "the night before" => -1,
                        "the next day" or "the following day" or "the day after" => 1,
                        _ => 0,
                    };
                    var d = baseDate.Value.AddDays(offset);
                    var anchorText = narrative is not null ? NarrativeAnchor(narrative.Value) : anchor?.Description;
                    return (Make(Iso(d), "relative", anchorText, "rule:narrative-day"), d);
                }
            default:
                return (Make(null, "relative", null, "rule:vague"), null);
        }
    }

    private static string NarrativeAnchor((DateOnly Date, string Text) narrative) =>
        $"{Iso(narrative.Date)} (preceding date \"{narrative.Text}\")";

    private static double? CountOf(string raw)
    {
        var t = Regex.Replace(raw.Trim().ToLowerInvariant(), @"\s+", " ", RegexOptions.None, RegexMatchTimeout.PerMatch);
        if (t is "a few" or "several") return null;
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        return NumberWords.Parse(t);
    }

    private static int Int(Match m, string group) => DecimalDigits.ParseInt(m.Groups[group].ValueSpan);

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static int MonthNumber(string name) => name[..3] switch
    {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        _ => 12,
    };

    private static DayOfWeek WeekdayOf(string name) => Enum.Parse<DayOfWeek>(name);

    private static DateOnly MondayOf(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    /// <summary>A weekend as an ISO 8601 interval of its two days ("2025-02-15/2025-02-16").</summary>
    private static string Weekend(DateOnly saturday) => Iso(saturday) + "/" + Iso(saturday.AddDays(1));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string IsoWeek(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt):0000}-W{ISOWeek.GetWeekOfYear(dt):00}");
    }
}
