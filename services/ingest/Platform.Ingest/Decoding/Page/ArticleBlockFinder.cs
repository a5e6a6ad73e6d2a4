namespace Platform.Ingest.Decoding.Page;

/// <summary>
/// Finds the article's body in a page dump: groups prose lines into blocks (a block breaks at a gap of more than
/// <see cref="MaxGap"/> lines, or where a new item starts: a title and a date or relative time between two prose lines,
/// a "Related"/"Most popular" heading, a numbered list), and takes the block with the most prose words. Menus, teasers cut
/// with "...", captions and repeated lines are not prose. On a listing or aggregator page this is the one item the page
/// is about (the full one, not the teasers); items are never merged.
/// </summary>
public static partial class ArticleBlockFinder
{
    /// <summary>Non-prose lines allowed between two prose lines of one block (subheads, pull quotes, captions, notes).</summary>
    public const int MaxGap = 4;

    public static ArticleBlock? Find(IReadOnlyList<PageLine> lines)
    {
        var blocks = new List<ArticleBlock>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var liveBlog = IsLiveBlog(lines);
        int start = -1, last = -1, words = 0, count = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!line.IsProse || line.IsCaption || !seen.Add(line.Normalized) || RepeatedNearby(lines, i)) continue;
            if (start >= 0 && !IsTableBetween(lines, last + 1, i) && !IsIntroducedList(lines, last, i) && (Gap(lines, last + 1, i) > MaxGap || StartsNewItem(lines, last + 1, i, liveBlog)))
            {
                blocks.Add(new ArticleBlock(start, last, words, count));
                start = -1;
            }
            if (start < 0)
            {
                start = i;
                words = 0;
                count = 0;
            }
            last = i;
            words += line.Words;
            count++;
        }
        if (start >= 0) blocks.Add(new ArticleBlock(start, last, words, count));
        if (blocks.Count == 0) return null;

        var best = 0;
        for (var b = 1; b < blocks.Count; b++)
            if (blocks[b].ProseWords > blocks[best].ProseWords) best = b;
        return TrimLeadingStrays(lines, WithTrailingTable(lines, blocks[best], best + 1 < blocks.Count ? blocks[best + 1].Start : lines.Count)) with
        {
            PreviousEnd = best > 0 ? blocks[best - 1].End : -1,
            PreviousProseWords = best > 0 ? blocks[best - 1].ProseWords : 0,
            NextStart = best + 1 < blocks.Count ? blocks[best + 1].Start : lines.Count,
        };
    }

    /// <summary>Lines of non-prose after a short leading prose line that make it a stray rather than the body's start.</summary>
    public const int StrayGap = 3;

    /// <summary>
    /// A short prose line at the top of the block, cut off from the next prose line by <see cref="StrayGap"/> or more
    /// lines (a cookie notice, a paywall counter, a standfirst above the byline, date and photo), or from it by a byline
    /// or date line, is not where the body starts: the block starts at the next prose line. The headline is then looked for above it.
    /// </summary>
    private static ArticleBlock TrimLeadingStrays(IReadOnlyList<PageLine> lines, ArticleBlock block)
    {
        var start = block.Start;
        var words = block.ProseWords;
        var count = block.ClusterCount;
        // A note at the top (an editor's note, a translation disclosure above the headline) is not where the body starts.
        while (count > 2 && lines[start].Kind == Text.LineKind.Note)
        {
            var next = start + 1;
            while (next <= block.End && !(lines[next].IsProse && !lines[next].IsCaption)) next++;
            if (next > block.End) break;
            words -= lines[start].Words;
            count--;
            start = next;
        }
        while (count > 2 && lines[start].Words <= 25)
        {
            var next = start + 1;
            while (next <= block.End && !(lines[next].IsProse && !lines[next].IsCaption)) next++;
            // (fewer lines apart, but one of them a byline or a date: a title or standfirst over its meta lines)
            var metaBetween = Enumerable.Range(start + 1, Math.Max(0, next - start - 1))
                .Any(k => lines[k].Kind is Text.LineKind.Byline or Text.LineKind.DateMeta);
            if (next > block.End || (next - start - 1 < StrayGap && !metaBetween)) break;
            words -= lines[start].Words;
            count--;
            start = next;
        }
        return block with { Start = start, ProseWords = words, ClusterCount = count };
    }

    /// <summary>
    /// Lines between two prose lines that separate them: the byline, date, caption and a short share bar that sit between
    /// a standfirst and the first paragraph belong to the same article and do not count.
    /// </summary>
    private static int Gap(IReadOnlyList<PageLine> lines, int from, int to)
    {
        var gap = 0;
        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            if (line.Kind is Text.LineKind.Byline or Text.LineKind.DateMeta || line.IsCaption || (line.IsChrome && line.Words <= 6)) continue;
            gap++;
        }
        return gap;
    }

    /// <summary>
    /// A results table or standings between two paragraphs ("ROUND 9 RESULTS", "Sat 5 Apr  Tasman Tides  57-52  Kapiti
    /// Kingfishers", "1. Tasman Tides  14 pts"): at least two rows, each short with a figure in it and no sentence, with
    /// at most short capitalised headings among them. It is part of the article, not a gap or the start of another item.
    /// </summary>
    private static bool IsTableBetween(IReadOnlyList<PageLine> lines, int from, int to)
    {
        var rows = 0;
        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            if (IsTableRow(line)) rows++;
            // (a page copied with the paragraph before the table printed again above it: the repeat is no separator)
            else if (!IsTableHeading(line) && !IsTitleOverRows(lines, i) && !(from > 0 && line.Normalized == lines[from - 1].Normalized)) return false;
        }
        return rows >= 2;
    }

    private static bool IsTableRow(PageLine line) =>
        (!line.IsProse && line.Words is >= 2 and <= 14 && line.Text.Any(char.IsDigit) && !line.IsTeaser && !line.IsRelativeTime
         && line.Kind is Text.LineKind.Content or Text.LineKind.Boilerplate or Text.LineKind.DateMeta
         && (line.IsMenu || TableFigure().IsMatch(line.Text) || DayAndMonth().IsMatch(line.Text) || DatedRow().IsMatch(line.Text)))
        || IsTimelineEntry(line);

    /// <summary>
    /// A timeline entry: a date key, then a colon or a dash, then what happened ("September 14-16, 2025: 180 mm of rain falls
    /// on Tecuci in 48 hours; the Siret peaks at 7.4 metres", "Winter 2025-26: 640 families housed ..."). Such a row may run
    /// to a sentence's length; its key, not its length, makes it a row.
    /// </summary>
    private static bool IsTimelineEntry(PageLine line) =>
        line.Words is >= 3 and <= 32 && !line.IsTeaser && !line.IsRelativeTime
        && line.Kind is Text.LineKind.Content or Text.LineKind.Boilerplate or Text.LineKind.DateMeta && TimelineKey().IsMatch(line.Text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?i:early|mid|late)[- ]?)?(?:(?i:spring|summer|autumn|fall|winter)\s+|" + Months + @"\.?(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?(?:\s*[-–]\s*" + Months + @"\.?(?:\s+\d{1,2})?)?,?\s+|\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+" + Months + @"\.?\s+)?(?:1[89]|20)\d{2}(?:\s*[-–/]\s*(?:(?:1[89]|20)?\d{2}))?\s*[:–—]\s+\S", System.Text.RegularExpressions.RegexOptions.None, Platform.Contracts.RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex TimelineKey();

    private const string Months = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    // a row keyed by a year or a month and year, then a capitalised entry or a dash (wide spacing is gone once the line is
    // normalised): "2016         Ejido assembly votes",
    // "Mar 2017     Federal agency suspends permits", "2019-2021 – Three rulings"
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:1[89]|20)\d{2}(?:\s*[-–/]\s*(?:(?:1[89]|20)\d{2}|\d{2}))?(?:\s{2,}|\t|\s*[-–—:|]\s|\s+(?=\p{Lu}))\S", System.Text.RegularExpressions.RegexOptions.None, Platform.Contracts.RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex DatedRow();

    // a row that dates something: "Sat 21 Sep", "October 24 to November 21", "Jan. 28"
    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b", System.Text.RegularExpressions.RegexOptions.None, Platform.Contracts.RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex DayAndMonth();

    /// <summary>
    /// A list the article introduces: the prose line before it ends with a colon ("The schedule announced by the union
    /// is:") or is itself an entry of the list, and every line between it and the next prose line is a list item or a
    /// table row. The list is the article's.
    /// </summary>
    private static bool IsIntroducedList(IReadOnlyList<PageLine> lines, int introduction, int next)
    {
        // (a list whose entry was read as prose goes on after it: "- March 27: polling from 7 a.m. to 5 p.m.")
        var introduced = lines[introduction].Text.TrimEnd().EndsWith(':') || IsListEntry(lines[introduction]);
        var entries = 0;
        for (var i = introduction + 1; i < next; i++)
        {
            if (IsListEntry(lines[i]) || IsTableRow(lines[i])) entries++;
            // (the introducing line may be a short one of its own: "The schedule announced by the union is:")
            else if (entries == 0 && lines[i].Words <= 30 && lines[i].Kind == Text.LineKind.Content && lines[i].Text.TrimEnd().EndsWith(':')) introduced = true;
            else return false;
        }
        return introduced && entries > 0;
    }

    private static bool IsListEntry(PageLine line) =>
        !line.IsTeaser && !line.IsRelativeTime && line.Words <= 40 && ListMark().IsMatch(line.Text)
        && line.Kind is not (Text.LineKind.Copyright or Text.LineKind.EndMarker);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[-–•*·]\s+|\d{1,2}[.)]\s+|\(?[a-z][.)]\s+)", System.Text.RegularExpressions.RegexOptions.None, Platform.Contracts.RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex ListMark();

    /// <summary>
    /// A table right after the last paragraph ("Round 9 fixtures:" and its dated rows, a results table): headings and at
    /// least two rows, up to trailing chrome or the next item, belong to the article.
    /// </summary>
    private static ArticleBlock WithTrailingTable(IReadOnlyList<PageLine> lines, ArticleBlock block, int nextStart)
    {
        int rows = 0, end = block.End;
        for (var i = block.End + 1; i < nextStart && i < lines.Count; i++)
        {
            var line = lines[i];
            if (Text.BoilerplateRecognizer.StartsTrailingChrome(line.Text) || line.IsListItem && !IsTableRow(line)) break;
            if (IsTableRow(line)) { rows++; end = i; }
            else if (!IsTableHeading(line)) break;
        }
        return rows >= 2 ? block with { End = end } : block;
    }

    // (a capitalised heading may carry a lower-case aside: "STANDINGS (top five after 26 rounds)")
    private static bool IsTableHeading(PageLine line) =>
        line.Words <= 6 && ((line.Text.Any(char.IsLetter) && !line.Text.Any(char.IsLower)) || line.Text.TrimEnd().EndsWith(':'))
        || line.Words <= 8 && CapitalHeading().IsMatch(line.Text)
        || line.Words <= 12 && ColumnHeads(line.Text) >= 3;

    /// <summary>Column heads of a table: short capitalised abbreviations ("Pos Team P W D L Pts", "Team P W L GF GA Pts").</summary>
    private static int ColumnHeads(string text)
    {
        var heads = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (word.Length <= 3 && char.IsUpper(word[0]) && word.All(char.IsLetter)) heads++;
        return heads;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\p{Lu}{3,}(?:\s+\p{Lu}{2,})*\s*[(,:–—-]", System.Text.RegularExpressions.RegexOptions.None, Platform.Contracts.RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex CapitalHeading();

    /// <summary>A short title right over content rows ("Key dates", "How the recovery unfolded"), not a byline or a date line.</summary>
    private static bool IsTitleOverRows(IReadOnlyList<PageLine> lines, int i) =>
        lines[i] is { Words: <= 5, Kind: Text.LineKind.Content } line && line.Text.TrimStart() is [var first, ..] && char.IsUpper(first)
        && !line.Text.TrimEnd().EndsWith('.') && !line.Text.Any(char.IsDigit)
        && i + 1 < lines.Count && lines[i + 1].Kind == Text.LineKind.Content && IsTableRow(lines[i + 1]);

    // a score, a tally or a points figure: "57-52", "3–1", "14 pts", "10 points" (not a clock time or a chapter mark: "02:40")
    // (or a row of three or more separate figures: "Cairns Cassowaries 3 3 0 162 145 12")
    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d{1,3}\s*[-–]\s*\d{1,3}\b|\b\d+\s*(?:pts|points|goals|runs|wins|W|L|D)\b|(?:(?<![\d.,:])\b\d{1,4}\b(?![.,:]\d)[^\d]{1,30}?){2}(?<![\d.,:])\b\d{1,4}\b(?![.,:]?\d)", System.Text.RegularExpressions.RegexOptions.None, Platform.Contracts.RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex TableFigure();

    private static bool IsRule(string text)
    {
        var t = text.Replace(" ", "");
        return t.Length >= 3 && t.All(c => c is '_' or '-' or '=' or '*' or '─' or '━' or '—' or '~' or '#' or '•' or '·');
    }

    /// <summary>A line printed again within three lines (a headline or teaser shown twice) is not body prose.</summary>
    private static bool RepeatedNearby(IReadOnlyList<PageLine> lines, int i)
    {
        for (var k = Math.Max(0, i - 3); k <= Math.Min(lines.Count - 1, i + 3); k++)
            if (k != i && lines[k].Normalized == lines[i].Normalized && lines[i].Words <= 30) return true;
        return false;
    }

    /// <summary>True when the lines between two prose lines open a new item rather than continue the same article.</summary>
    // "15:48", "9.05 am", "14:20 CEST", "3:45pm GMT": a time of day and nothing else
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\d{1,2}[:.h]\d{2}(?:\s*(?i:am|pm|a\.m\.|p\.m\.))?(?:\s+\p{Lu}{2,5})?\s*$", System.Text.RegularExpressions.RegexOptions.None, Platform.Contracts.RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex ClockTimeOnly();

    /// <summary>Entries stamped with a bare time of day, each followed by prose, that make a page a live blog.</summary>
    public const int MinLiveEntries = 3;

    /// <summary>
    /// A live blog: at least <see cref="MinLiveEntries"/> lines that are only a time of day ("15:48", "9.05 am"), each with
    /// prose within the next two lines. Its entries (stamp, entry title, text, share button) are one article.
    /// </summary>
    private static bool IsLiveBlog(IReadOnlyList<PageLine> lines)
    {
        var entries = 0;
        for (var i = 0; i < lines.Count && entries < MinLiveEntries; i++)
            if (ClockTimeOnly().IsMatch(lines[i].Text) && Enumerable.Range(i + 1, 2).Any(k => k < lines.Count && lines[k].IsProse)) entries++;
        return entries >= MinLiveEntries;
    }

    private static bool StartsNewItem(IReadOnlyList<PageLine> lines, int from, int to, bool liveBlog)
    {
        bool title = false, stamp = false;
        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            // (a live blog's entry closes with its own share button)
            if (liveBlog && line.Words <= 3 && line.IsChrome) continue;
            // A rule ("________", "-----", "* * *") separates the sections of a newsletter or a text dump.
            if (line.IsListItem || Text.BoilerplateRecognizer.StartsTrailingChrome(line.Text) || IsRule(line.Text)) return true;
            // (a bare clock time, "15:48", stamps a live blog's entry within the day: only a date or a relative time
            // stamps another item)
            if (line.IsRelativeTime || line.Kind == Text.LineKind.DateMeta || (line.Words <= 20 && line.HoldsDate && !ClockTimeOnly().IsMatch(line.Text))) stamp = true;
            else if (line.Kind == Text.LineKind.Content && !line.IsCaption && !line.IsChrome && Text.HeadlineRules.IsTitleLike(line.Text) && line.Words >= 4) title = true;
        }
        return title && stamp;
    }
}
