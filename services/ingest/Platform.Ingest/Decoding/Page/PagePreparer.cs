using System.Text.RegularExpressions;
using Platform.Ingest.Decoding.Text;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Page;

/// <summary>
/// Repairs what a page dump does to lines before they are read: entities left as text, a store's " date YYYY-MM-DD"
/// prefix glued to the first line, sentences joined without a space after the full stop ("on foot.The"), and dates fused
/// with their neighbours ("20254 min read", "Info24Tuesday", "2025#labor", "Feb 162022").
/// </summary>
public static partial class PagePreparer
{
    public const string StoreDateReason = "store-date";

    /// <summary>The longest line the glue repairs read (a paragraph of a real page stays well under it).</summary>
    public const int MaxRepairedLineChars = 10_000;

    public static List<PageLine> Prepare(IReadOnlyList<string> rawLines, ArticleDraft draft)
    {
        var lines = new List<PageLine>();
        var blank = false;
        foreach (var raw in rawLines)
        {
            var text = raw.Contains('&') && raw.Contains(';') ? System.Net.WebUtility.HtmlDecode(raw) : raw;
            text = Spaces().Replace(text, " ").Trim();
            if (text.Length == 0)
            {
                blank = true;
                continue;
            }
            // The repairs below are for titles, bylines and dates glued by a page dump; a line this long is body text (or a
            // hostile run-on line) and is taken as it is, so no repair pattern scans megabytes.
            if (text.Length > MaxRepairedLineChars)
            {
                lines.Add(new PageLine(lines.Count, text, text, blank, LineKind.Content));
                blank = false;
                continue;
            }
            if (lines.Count == 0 && StorePrefix().Match(text) is { Success: true } prefix)
            {
                draft.Remove(prefix.Value, StoreDateReason);
                text = text[prefix.Length..].Trim();
                if (text.Length == 0) continue;
            }
            var gluedName = GluedName().Match(text);
            string? trailingName = null;
            if (gluedName.Success && gluedName.Index >= 30)
            {
                trailingName = gluedName.Value;
                text = text[..gluedName.Index];
            }
            text = SplitFusedTokens(text);
            // "Anneline du Plessis*": a footnote mark after a short line (a name, a headline) points to a note below.
            if (ProseRules.Words(text) <= 8) text = TrailingFootnoteMark().Replace(text, "");
            var parts = SplitGluedTitle(text).SelectMany(SplitGluedByline).SelectMany(SplitCredits).SelectMany(SplitNoteFromLabel).ToList();
            if (trailingName is not null) parts.Add(trailingName);
            foreach (var part in parts)
            {
                // "By NUR AISYAH RAHMAN" / "and JOSEPH LO": a byline the layout broke before its last name is one line.
                // ("By Aline Uwase and" / "Patrick Nshimiyimana": the same break after the "and")
                if (lines.Count > 0 && lines[^1].Kind == LineKind.Byline && !blank
                    && (BylineContinuation().IsMatch(part) || (DanglingAnd().IsMatch(lines[^1].Text) && NameOnly().IsMatch(part))))
                {
                    var joined = lines[^1].Text + " " + part;
                    lines[^1] = new PageLine(lines[^1].Index, joined, joined, lines[^1].BlankBefore);
                    continue;
                }
                // "ABOUT THIS TEXT" / "A note on the translation" alone on a line: the content line under it is a note
                var underNoteHeading = lines.Count > 0 && TextArticleParser.IsNoteHeadingAlone(lines[^1].Text)
                                       && TextArticleParser.ClassifyLine(part).Kind == LineKind.Content && part.Length <= 700;
                lines.Add(new PageLine(lines.Count, parts.Count == 1 ? raw : part, part, blank, underNoteHeading ? LineKind.Note : null));
                blank = false;
            }
        }
        // A reviewed book's details block ("by A / translated from the Albanian by B / Publisher, 312 pp.") is set aside.
        foreach (var j in ReviewedWorkDetails.Find(lines.Select(l => (l.Text, l.Kind)).ToList()))
            lines[j] = new PageLine(lines[j].Index, lines[j].Text, lines[j].Text, lines[j].BlankBefore, LineKind.Boilerplate, ReviewedWorkDetails.Reason);
        return lines;
    }

    /// <summary>Puts back the spaces a page dump lost between sentences and around dates.</summary>
    public static string SplitFusedTokens(string text)
    {
        var s = GluedSentence().Replace(text, "$1 ");
        s = YearThenReadTime().Replace(s, "$1 $2");
        s = WordThenCalendarWord().Replace(s, "$1 ");
        s = YearThenHash().Replace(s, "$1 ");
        s = MonthDayYearFused().Replace(s, "$1 $2, $3");
        s = LetterThenNumericDate().Replace(s, "$1 ");
        s = LetterThenDayMonth().Replace(s, "$1 ");
        return s;
    }

    /// <summary>"... a temporary shelter.By Marta Levytska and Roman Hnatyshyn": a byline glued to the end of a paragraph is its own line.</summary>
    public static IEnumerable<string> SplitGluedByline(string text)
    {
        var m = GluedByline().Match(text);
        if (!m.Success || m.Index < 20) return [text];
        return [text[..m.Index].Trim(), text[m.Index..].Trim()];
    }

    // "...every five.Aizada Temirova", "...graduate togetherKaori Nishida": a name glued, without a space, to the end of
    // a deck or paragraph is a byline the page dump joined to its neighbour.
    [GeneratedRegex(@"(?<=\p{Ll}{2}[.!?]?|[.!?][”""’])(?:\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}'’]+(?:-\p{Ll}+)?){1,2}|\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){1,2})$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex GluedName();

    [GeneratedRegex(@"(?<=[.!?”""])\s?(?=(?:By|BY|Written by|Words by)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})?\s*$)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex GluedByline();

    /// <summary>
    /// "By A · Translated by B", "Written by A   Translated by B", "Authors: A, B Photo: ...": a line of several credits
    /// becomes one line per credit, so each is read in its role (and a photo credit is not read as a name).
    /// </summary>
    public static IEnumerable<string> SplitCredits(string text)
    {
        if (text.Length > 300 || !CreditStart().IsMatch(text)) return [text];
        var cuts = CreditBoundary().Matches(text).Select(m => m.Index).Where(i => i > 0).ToList();
        if (cuts.Count == 0) return [text];
        var parts = new List<string>();
        var from = 0;
        foreach (var cut in cuts.Append(text.Length))
        {
            var part = text[from..cut].Trim().Trim('·', '|', '/', ' ', '-', '–', '—').Trim();
            if (part.Length > 0) parts.Add(part);
            from = cut;
        }
        return parts;
    }

    /// <summary>
    /// "Partner content | Translated from Sông Hàn Daily", "A, B | translated by C": a label or names and a note or
    /// credit on one line, separated by a bar, are separate lines, so each is read in its role and none is lost as a menu row.
    /// </summary>
    public static IEnumerable<string> SplitNoteFromLabel(string text)
    {
        if (text.Length > 300) return [text];
        var separator = new[] { " | ", " · ", " • " }.FirstOrDefault(s => text.Contains(s, StringComparison.Ordinal));
        if (separator is null) return [text];
        var parts = text.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 2 or > 4) return [text];
        // "Ingrid Haugland (tekst) · Even Brattli (foto) · rendered into English by Tor Eirik Lund": a credit line whose
        // every part is a credit stays whole (its first credit names the writer)
        if (NoteRecognizer.IsLanguageCredit(text)) return [text];
        // "English by Grace Uwase | 3 June 2024, 16:10 CAT": a language credit first and the date line after it are two
        // lines (the date line kept whole).
        if (NoteRecognizer.IsLanguageCredit(parts[0]) && string.Join(separator, parts.Skip(1)) is var dated && DateLineRecognizer.TryRead(dated) is not null)
            return [parts[0], dated];
        if (!parts.Skip(1).Any(p => NoteRecognizer.IsNote(p) || IsCreditLine(p))) return [text];
        // "Jana HORÁKOVÁ · Machine-translated from Czech": a short name or label before the note is split off even when
        // the whole line reads as a note.
        var shortLead = !NoteRecognizer.IsNote(parts[0]) && (ProseRules.Words(parts[0]) <= 6 || BylineParser.TryParse(parts[0]) is not null);
        if (!shortLead && !(separator == " | " && !NoteRecognizer.IsNote(text))) return [text];
        // "A · Outlet · Automatic translation, not reviewed": the note goes to a line of its own, the credits before it
        // stay together on theirs.
        var lines = new List<string>();
        foreach (var part in parts)
        {
            var isNote = NoteRecognizer.IsNote(part) || IsCreditLine(part);
            if (lines.Count > 0 && !isNote && !(NoteRecognizer.IsNote(lines[^1]) || IsCreditLine(lines[^1])) && separator != " | ")
                lines[^1] = lines[^1] + separator + part;
            else lines.Add(part);
        }
        return lines;
    }

    [GeneratedRegex(@"(?<=\p{L}\p{L})[*†‡¹²³⁴⁵⁶⁷⁸⁹]{1,3}$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex TrailingFootnoteMark();

    [GeneratedRegex(@"\s(?:and|&)$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex DanglingAnd();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NameOnly();

    [GeneratedRegex(@"^(?:and|&)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex BylineContinuation();

    /// <summary>A line that opens with a credit label ("By", "Translated by", "Source:", "Photo:", "Authors:").</summary>
    public static bool IsCreditLine(string text) => CreditStart().IsMatch(text);

    private const string CreditLabel = @"(?:(?:Written|Reported|Translated|Edited|Story|Text|Words|Photos?|Phot[oо]s?|Illustrations?|Original reporting|Reporting|Additional reporting|English version|Translation)\s+by\b|(?:Authors?|Translators?|Translation|Editors?|Phot[oо]s?|Photography|Illustration|Original reporting|Reporting|English version|English translation|English text|Source|Reporter)\s*:|English by\b|From the \p{Lu}\p{L}+(?:-language)? original\b|By\b)";

    [GeneratedRegex(@"^\s*(?:" + CreditLabel + @")", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CreditStart();

    [GeneratedRegex(@"(?:\s+[·|•/—–-]\s+|\s{2,}|(?<=\p{L})\s+)(?=" + CreditLabel + @")", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CreditBoundary();

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*date\s+\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s+", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex StorePrefix();

    // "foot.The", "said.“Now", "night,” Luo said.“Now": a sentence end followed at once by a capitalised word or an opening quote.
    [GeneratedRegex(@"(\p{Ll}{2}[.!?][”""’]?|[.!?][”""’])(?=[\p{Lu}“""][\p{Ll}\p{Lu}])", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex GluedSentence();

    [GeneratedRegex(@"\b((?:19|20)\d\d)(\d{1,2}\s*(?:min(?:ute)?s?|m)\s+read\b)", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex YearThenReadTime();

    [GeneratedRegex(@"([\p{Ll}\d])(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)\s*\d)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex WordThenCalendarWord();

    [GeneratedRegex(@"((?:19|20)\d\d)(?=#\p{L})", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex YearThenHash();

    [GeneratedRegex(@"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(\d{1,2})((?:19|20)\d\d)\b", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex MonthDayYearFused();

    [GeneratedRegex(@"(\p{Ll})(?=\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d\b)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex LetterThenNumericDate();

    // "Business11 Feb 2025": a section name fused with a day-month date.
    [GeneratedRegex(@"(\p{Ll}{2})(?=\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex LetterThenDayMonth();

    /// <summary>
    /// "Dans le Lot, un fournil ambulant pour les villages sans boulangerieDepuis mars, un artisan ...": a title glued to
    /// its standfirst without a space (a long lower-case run straight into a capitalised word) becomes two lines. The
    /// title part must read as a title (four words or more, no sentence end) and the rest must be text.
    /// </summary>
    public static IEnumerable<string> SplitGluedTitle(string text)
    {
        if (text.Length > 600) return [text];
        var m = TitleJunction().Match(text);
        if (!m.Success) return [text];
        var head = text[..m.Index].Trim();
        var rest = text[m.Index..].Trim();
        if (HeadlineRules.WordCount(head) < 4 || HeadlineRules.WordCount(head) > 25 || HeadlineRules.WordCount(rest) < 4
            || !char.IsUpper(head[0]) || head.IndexOfAny(['.', '!', '?']) >= 0) return [text];
        return [head, rest];
    }

    [GeneratedRegex(@"(?<=\p{Ll}{5})(?=\p{Lu}\p{Ll}{2,}\b|[AI]\s+\p{Ll})", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex TitleJunction();
}
