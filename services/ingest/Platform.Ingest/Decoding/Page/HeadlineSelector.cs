using System.Text.RegularExpressions;
using Platform.Ingest.Decoding.Outlets;
using Platform.Ingest.Decoding.Text;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Page;

/// <summary>
/// Chooses the headline among the lines above the article's body (and, failing that, just below it) by a weighted sum of
/// line features. The weights are documented in <c>Decoding/README.md</c> ("Page text"); each is a feature a person uses
/// to spot a headline on a page dump: a title-shaped line, printed twice, followed by the byline or date, close to the
/// body; not a menu, caption, site name, numbered list item, date or sign-in prompt.
/// </summary>
public static partial class HeadlineSelector
{
    /// <summary>How far above the body a headline is looked for, in lines.</summary>
    public const int Window = 14;
    /// <summary>A candidate must score at least this much.</summary>
    public const double MinimumScore = 1.5;

    // Documented weights (see Decoding/README.md).
    private const double TitleShape = 1.0;         // 4-25 words, starts with a capital or digit
    private const double ShortTitle = 0.2;         // 2-3 words
    private const double TooLong = -2.0;           // more than 25 words
    private const double DeckLength = -1.0;        // 19-25 words: the length of a standfirst more than of a headline
    private const double FullStop = -0.8;          // ends with a full stop (a sentence, not a title)
    private const double Repeated = 2.0;           // the same text printed again nearby (headline and title bar, or og:title)
    private const double MetaFollows = 1.0;        // a byline or a date within the next three lines
    private const double NearBody = 1.0;           // next to the body; less with each line of distance
    private const double DistancePenalty = 0.25;   // per line between the candidate and the body (meta lines not counted)
    private const double InsideBody = -1.5;        // a prose line of the body itself
    private const double SubheadInBody = -1.5;    // a heading under two or more of the body's paragraphs ("How the repairs went")
    private const double Caption = -3.0;
    private const double Chrome = -3.0;            // boilerplate, menu rows, sign-in and subscription prompts
    private const double SiteName = -2.0;          // a known outlet, the copyright owner, the page's first line in capitals
    private const double ListItem = -2.5;
    private const double AllCaps = -1.5;
    private const double HasDate = -2.0;
    private const double LowerStart = -1.0;
    private const double EndsWithColon = -2.0;     // "Reblogged from X:", "Name from Outlet:"
    private const double Teaser = -1.5;
    private const double AfterBody = -0.5;         // a headline block placed below the body
    private const double Dateline = -3.0;          // "SEOUL, Oct. 5 (Yonhap) --": a wire dateline alone on its line
    private const double FirstTitle = 0.6;         // the first of two title-shaped lines: the headline above its deck
    private const double OtherScript = -2.0;       // written in another script than the body (an original-language title)
    private const double Sentence = -2.0;          // a sentence of more than 14 words ending with a full stop
    private const double HeadlinePrefix = 1.0;     // a headline kicker: "Translation:", "INSIGHT:", "[EXPLAINER]"
    private const double BylineShape = -3.0;       // "By ...", "Written by ...", "Authors: ..." that the byline reader could not read
    private const double Bracketed = -2.0;         // wrapped in brackets or parentheses: a note, not a title
    private const double FirstLineShort = -1.5;    // the page's first line with four words or fewer: the site's name
    private const double LiveHeadline = 1.5;       // under a "LIVE" label, or "... live:" in the title: a live page's headline
    private const double TimedEntry = -1.5;        // "09.41 Civil protection raises ...": a live entry's title, led by its time
    private const double SectionPath = -2.5;       // "Cabo Delgado / Economy", "Provinces › Mashonaland East": where the story is filed
    private const double NameUnderTitle = -2.0;    // "Anneline du Plessis" under a longer title line: the writer's name
    private const double Topic = 1.5;              // times (share of the line's content words found in the body - 0.5):
                                                   // a headline names what the body is about; menus and site titles do not

    public static HeadlineChoice? Select(IReadOnlyList<PageLine> lines, ArticleBlock block)
    {
        var siteNames = SiteNames(lines);
        var bodyScript = BodyScript(lines, block);
        var bodyStems = BodyTopic.Stems(lines.Skip(block.Start).Take(block.End - block.Start + 1).Select(l => l.Text));
        var from = Math.Max(block.PreviousLimit + 1, block.Start - Window);
        var to = Math.Min(block.End, block.Start + 2);
        HeadlineChoice? best = null;
        for (var i = from; i <= to; i++)
            Consider(lines, block, i, siteNames, bodyScript, bodyStems, false, ref best);
        // A newsletter's or digest's opening paragraphs ("Good morning. Today: ...") can open the prose block above the
        // story: a title line further in, with its byline or date right under it, is considered too.
        for (var i = to + 1; i <= Math.Min(block.End - 1, block.Start + 10); i++)
            if (!lines[i].IsProse && lines[i].Kind == LineKind.Content && lines[i + 1].Kind is LineKind.Byline or LineKind.DateMeta)
                Consider(lines, block, i, siteNames, bodyScript, bodyStems, false, ref best);
        if (best is null || best.Score < MinimumScore)
        {
            var afterTo = Math.Min(Math.Min(lines.Count - 1, block.End + 8), block.NextStart - 1);
            for (var i = block.End + 1; i <= afterTo; i++)
                Consider(lines, block, i, siteNames, bodyScript, bodyStems, true, ref best);
        }
        return best is { Score: >= MinimumScore } ? WithKicker(lines, best) : null;
    }

    /// <summary>
    /// "Scissors across the border: the Venezuelan hairdressers ..." above "Scissors across the border" / "The Venezuelan
    /// hairdressers ...": when the page also prints the chosen title joined to the short line above it (a newsletter's
    /// subject, a print title), the joined line is the headline as published and the kicker belongs to it.
    /// </summary>
    private static HeadlineChoice WithKicker(IReadOnlyList<PageLine> lines, HeadlineChoice best)
    {
        var i = best.Index;
        if (i < 2 || lines[i - 1].Kind != LineKind.Content || lines[i - 1].Words > 8 || lines[i - 1].IsProse) return best;
        var joined = lines[i - 1].Normalized + " " + lines[i].Normalized;
        for (var j = i - 2; j >= Math.Max(0, i - 4); j--)
        {
            if (lines[j].Normalized != joined || lines[j].Kind != LineKind.Content) continue;
            return best with { Index = j, Headline = HeadlineRules.StripVersionTags(lines[j].Text), Rule = best.Rule + "+kicker-joined" };
        }
        return best;
    }

    /// <summary>The longest line read as a headline candidate (real titles stay under 300 characters).</summary>
    internal const int MaxHeadlineCandidateChars = 600;

    private static void Consider(IReadOnlyList<PageLine> lines, ArticleBlock block, int i, HashSet<string> siteNames, char? bodyScript, HashSet<string> bodyStems, bool afterBody, ref HeadlineChoice? best)
    {
        var line = lines[i];
        // No title runs to paragraphs: a longer line is never cleaned or scored (bounds the work on a hostile one-line file).
        if (line.Text.Length > MaxHeadlineCandidateChars) return;
        // A note line is a headline only behind a kicker ("Translation: ...", "Translated | ...") or when it is a note only
        // for naming AI or a tool with translation, as a headline about them does.
        if (line.Kind is not (LineKind.Content or LineKind.Note)
            || line.Kind == LineKind.Note && !HeadlineCleaner.HasPrefix(line.Text) && !Text.NoteRecognizer.IsToolMentionOnly(line.Text)) return;
        var text = HeadlineCleaner.Clean(line.Text, siteNames);
        if (text.Length < 4) return;
        var words = ProseRules.Words(text);
        if (words < 2) return;
        // "0:00 / 5:12", "12 | 34": a line needs two words of letters to be a title.
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Count(char.IsLetter) >= 2) < 2 && ScriptOf(text) is 'L' or null) return;
        // A copy of a paragraph of the block above (a description printed twice) is not this item's title.
        // (the lines above this one: a candidate inside the block above is not a copy of itself)
        if (line.IsProse && lines.Take(Math.Max(0, Math.Min(i, block.PreviousEnd + 1))).Any(l => l.Normalized == line.Normalized)) return;
        var rules = new List<string>();
        double score = 0;

        void Add(double weight, string rule)
        {
            score += weight;
            rules.Add(rule);
        }

        if (words is >= 4 and <= 25 && (char.IsUpper(text[0]) || char.IsDigit(text[0]) || !char.IsLower(text[0]))) Add(TitleShape, "title-shape");
        else if (words is 2 or 3) Add(ShortTitle, "short-title");
        if (words > 25) Add(TooLong, "too-long");
        else if (words > 18) Add(DeckLength, "deck-length");
        if (char.IsLower(text[0])) Add(LowerStart, "lower-case-start");
        if (text.EndsWith('.') && !text.EndsWith("...", StringComparison.Ordinal)) Add(FullStop, "full-stop");
        if (line.Text.TrimEnd().EndsWith(':')) Add(EndsWithColon, "ends-with-colon");
        if (text.Length < line.Text.Length && HeadlineCleaner.HasPrefix(line.Text)) Add(HeadlinePrefix, "headline-prefix");
        if (IsRepeated(lines, i, text) && !line.IsTeaser) Add(Repeated, "repeated");
        if (HasMetaBelow(lines, i)) Add(MetaFollows, "meta-follows");
        else if (i > 0 && (lines[i - 1].IsRelativeTime || lines[i - 1].Kind == LineKind.DateMeta)) Add(MetaFollows, "stamp-above");
        if (text.EndsWith('.') && words > 14) Add(Sentence, "sentence");
        if (!afterBody)
        {
            var distance = Distance(lines, i, block.Start);
            if (i >= block.Start && line.IsProse) Add(InsideBody, "inside-body");
            // (a title with its byline or date right under it opens a story there: a newsletter's item below its greeting)
            else if (i > block.Start && Enumerable.Range(block.Start, i - block.Start).Count(k => lines[k].IsProse) >= 2
                     && !(i + 1 < lines.Count && lines[i + 1].Kind is LineKind.Byline or LineKind.DateMeta)) Add(SubheadInBody, "subhead-in-body");
            else Add(NearBody - DistancePenalty * distance, $"distance-{distance}");
        }
        else Add(AfterBody, "after-body");
        if (line.IsCaption) Add(Caption, "caption");
        var kicker = text.Length < line.Text.Length && HeadlineCleaner.HasPrefix(line.Text) && words >= 5;
        if (BylineStart().IsMatch(line.Text) || (PagePreparer.IsCreditLine(line.Text) && !kicker)) Add(BylineShape, "byline-shape");
        if (line.Text.Length > 2 && line.Text[0] is '(' or '[' && line.Text.TrimEnd()[^1] is ')' or ']') Add(Bracketed, "bracketed");
        if (i == 0 && words <= 4) Add(FirstLineShort, "first-line-short");
        if (line.IsChrome || ChromeWords().IsMatch(text) || PrintViewLabel().IsMatch(line.Text) || line.IsRelativeTime) Add(Chrome, "chrome");
        if (IsSiteName(text, siteNames, i)) Add(SiteName, "site-name");
        if (line.IsListItem) Add(ListItem, "list-item");
        if (PersonNameCase.IsAllCaps(text) && words <= 8) Add(AllCaps, "all-caps");
        if (Time.DateTextParser.Parse(text) is not null) Add(HasDate, "has-date");
        if (line.IsTeaser) Add(Teaser, "teaser");
        if (WireDateline.TryParse(line.Text) is not null || DatelineOnly().IsMatch(line.Text)) Add(Dateline, "dateline");
        if (SectionPathLine().Match(line.Text) is { Success: true } path
            && path.Groups["a"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3
            && path.Groups["b"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3) Add(SectionPath, "section-path");
        if (FirstOfTwoTitles(lines, i, afterBody)) Add(FirstTitle, "title-above-deck");
        if (words is >= 2 and <= 4 && i > 0 && !lines[i - 1].IsChrome && ProseRules.Words(lines[i - 1].Text) >= 5
            && Text.BylineParser.LooksLikePersonName(text)) Add(NameUnderTitle, "name-under-title");
        // A live page: its headline sits under a "LIVE" label or says "live:"; an entry's title opens with its time.
        if (i > 0 && LiveLabel().IsMatch(lines[i - 1].Text) || LiveTitle().IsMatch(text)) Add(LiveHeadline, "live-headline");
        if (EntryTime().IsMatch(line.Text)) Add(TimedEntry, "timed-entry");
        if (ScriptOf(text) is { } script && script != bodyScript) Add(OtherScript, "other-script");
        else if (BodyTopic.Share(text, bodyStems) is { } share) Add(Math.Round(Topic * (share - 0.5), 2), $"topic-{share:0.00}");

        // Ties go to the later line: the one closer to the body.
        if (best is null || score >= best.Score - 1e-9)
        {
            var confidence = Math.Round(1 / (1 + Math.Exp(-(score - 1.5))), 2);
            best = new HeadlineChoice(i, text, string.Join("+", rules), score, confidence);
        }
    }

    /// <summary>The dominant script of a text: 'L' Latin, 'C' Cyrillic, 'H' Han/kana, 'K' Hangul, 'A' Arabic, 'G' Greek, 'O' other; null when no letters.</summary>
    internal static char? ScriptOf(string text)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            var s = c switch
            {
                < '\u0250' => 'L',
                >= '\u0370' and < '\u0400' => 'G',
                >= '\u0400' and < '\u0530' => 'C',
                >= '\u0600' and < '\u0700' => 'A',
                >= '\u3040' and < '\u30FF' or >= '\u4E00' and < '\uA000' => 'H',
                >= '\uAC00' and < '\uD7A4' => 'K',
                _ => 'O',
            };
            counts[s] = counts.GetValueOrDefault(s) + 1;
        }
        return counts.Count == 0 ? null : counts.MaxBy(kv => kv.Value).Key;
    }

    private static char? BodyScript(IReadOnlyList<PageLine> lines, ArticleBlock block) =>
        ScriptOf(string.Join(' ', lines.Skip(block.Start).Take(Math.Min(3, block.End - block.Start + 1)).Select(l => l.Text)));

    /// <summary>Lines between a candidate and the body start that are not meta (byline, date) or captions.</summary>
    private static int Distance(IReadOnlyList<PageLine> lines, int i, int bodyStart)
    {
        var d = 0;
        // The standfirst right under a headline is part of the headline block, not distance from the body.
        var deck = FirstOfTwoTitles(lines, i, false) ? i + 1 : -1;
        for (var k = i + 1; k < bodyStart; k++)
        {
            if (k == deck) continue;
            var l = lines[k];
            if (l.Kind is not LineKind.Content || l.IsCaption || l.IsRelativeTime || l.IsChrome || l.IsTeaser || l.Words < 3 || ChromeWords().IsMatch(l.Text)
                || (l.Words <= 12 && l.HoldsDate)) continue;
            if (l.Normalized == lines[i].Normalized) continue;
            d++;
        }
        return d;
    }

    private static bool IsRepeated(IReadOnlyList<PageLine> lines, int i, string cleaned)
    {
        var key = PageLine.Normalize(cleaned);
        if (key.Length < 8) return false;
        for (var k = Math.Max(0, i - 4); k <= Math.Min(lines.Count - 1, i + 4); k++)
        {
            if (k == i) continue;
            var other = lines[k].Normalized;
            if (other == key) return true;
            // A kicker or a site suffix around the same title ("MEDIA: <title>", "<title> - Site"), not a word inside a sentence.
            if (ProseRules.Words(cleaned) >= 3 && other.Length > key.Length && other.Length <= key.Length + 40
                && (other.EndsWith(key, StringComparison.Ordinal) || other.StartsWith(key, StringComparison.Ordinal)))
                return true;
            if (key.Length > other.Length && other.Length >= 8 && key.Replace(" ", "") == other.Replace(" ", "")) return true;
        }
        return false;
    }

    private static bool FirstOfTwoTitles(IReadOnlyList<PageLine> lines, int i, bool afterBody)
    {
        if (afterBody || i + 1 >= lines.Count) return false;
        var next = lines[i + 1];
        return next.Kind == LineKind.Content && !next.IsProse && !next.IsCaption && !next.IsChrome && !next.HoldsDate && next.Words is >= 6 and <= 25
               && HeadlineRules.IsTitleLike(next.Text) && next.Normalized != lines[i].Normalized && lines[i].Words >= 4
               && !IsNamesOnly(next.Text);
    }

    /// <summary>"Abdulla Al Marzooqi and Priya Menon-Rao": writers' names standing alone, not a deck.</summary>
    private static bool IsNamesOnly(string text) =>
        Text.BylineParser.TryParse("By " + text) is { Affiliation: null, Authors: [_, ..] authors }
        && authors.All(a => a.Role == "reporter" && text.Contains(a.Name, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^\s*(?:LIVE|Live|LIVE UPDATES|Live updates|Live blog|LIVE BLOG|● LIVE|• LIVE)\s*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex LiveLabel();

    [GeneratedRegex(@"\b(?:live|LIVE)(?:\s+updates)?\s*[:|–—-]\s|\s[–—-]\s(?:live|LIVE)(?:\s+updates)?$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex LiveTitle();

    [GeneratedRegex(@"^\s*\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s+\p{Lu}", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex EntryTime();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .'-]+,\s+[\p{L}.]+\s+\d{1,2}\s*(?:\([^)]+\))?\s*(?:--|—|–|-)?\s*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex DatelineOnly();

    private static bool HasMetaBelow(IReadOnlyList<PageLine> lines, int i)
    {
        for (var k = i + 1; k <= Math.Min(lines.Count - 1, i + 3); k++)
            if (lines[k].Kind is LineKind.Byline or LineKind.DateMeta || lines[k].IsRelativeTime) return true;
        return false;
    }

    /// <summary>Names the page gives itself: the copyright owner and a first line repeated in the footer.</summary>
    private static HashSet<string> SiteNames(IReadOnlyList<PageLine> lines)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            // "From Papur y Glannau: <title>" where the page names Papur y Glannau again: a republished story's source kicker.
            if (HeadlineCleaner.FromKicker(line.Text) is { } kicker
                && lines.Any(other => other.Index != line.Index && other.Text.Contains(kicker, StringComparison.OrdinalIgnoreCase)))
                names.Add(PageLine.Normalize(kicker));
            if (line.Kind != LineKind.Copyright) continue;
            var m = CopyrightOwner().Match(line.Text);
            if (m.Success) names.Add(PageLine.Normalize(m.Groups["owner"].Value));
        }
        return names;
    }

    private static bool IsSiteName(string text, HashSet<string> siteNames, int index)
    {
        var key = PageLine.Normalize(text);
        if (siteNames.Contains(key) || (key.StartsWith("the ", StringComparison.Ordinal) && siteNames.Contains(key[4..]))) return true;
        if (OutletDirectory.FindByName(text) is not null) return true;
        return index <= 2 && ProseRules.Words(text) <= 6 && SiteWords().IsMatch(text);
    }

    [GeneratedRegex(@"(?:©|ⓒ|\(c\)|Copyright)\s*(?:(?:19|20)\d\d\s*)?(?<owner>[\p{L}][\p{L}' .&-]{1,60}?)(?:\s*[-–|.,]|\s+All rights|\s+무단|\s*$)", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CopyrightOwner();

    [GeneratedRegex(@"\b(?:news|daily|times|herald|post|journal|gazette|tribune|review|digest|weekly|brief|notes|voices|report|ledger|wire|press|media|online|edition|international|english)\b", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SiteWords();

    [GeneratedRegex(@"^\s*(?:By|BY|Written by|Reported by|Story by|Text by|Words by|Authors?\s*:|Reporter\s*:|Posted by)\s+\p{Lu}", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex BylineStart();

    [GeneratedRegex(@"\b\d+\s*(?:min(?:ute)?s?)\b(?:\s*read)?|\bsubscribers only\b|\breading time\b|\bprinter[- ]friendly\b|\bprint (?:version|view|edition of this page)\b|^(?:powered by|skip to|sign in|log ?in|subscribe|support (?:us|the)|donate|get our|get unlimited|already a subscriber|you have read|cancel anytime|free trial|latest news with|search\b|close$|menu$|advertisement|cookie|we use cookies|follow us|listen to|share\b|read (?:this|more|in)|download|newsletter)|»\s*$|#\w" +
        // interface controls: a drop-down mark, a globe icon, "Select language"
        @"|[▾▼⌄]|🌐|^\W*(?:select|choose|change|switch)\s+(?:your\s+)?(?:language|edition|region|country)\b", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex ChromeWords();

    [GeneratedRegex(@"^\s*(?<a>[^/›»>|]{2,40}?)\s+[/›»>]\s+(?<b>[^/›»>|]{2,40}?)\s*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SectionPathLine();

    // "NEWSROOM COMPASS — printer-friendly version": the label a print view puts over the page
    [GeneratedRegex(@"\bprinter[- ]friendly\b|\bprint (?:version|view|preview)\b", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex PrintViewLabel();
}
