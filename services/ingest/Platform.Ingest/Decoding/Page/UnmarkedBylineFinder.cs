using System.Text.RegularExpressions;
using Platform.Contracts;
using Platform.Ingest.Decoding.Text;

namespace Platform.Ingest.Decoding.Page;

/// <summary>
/// Finds the writers of a page that has no byline line: a person's name standing alone just below the headline or
/// just after the body (often glued to the deck or the last paragraph in the dump), or a credit inside a note
/// ("Original text by A", "based on reporting in Japanese by A", "Episode notes written by A"). Used only when no byline
/// was found, so a name here never competes with a marked byline.
/// </summary>
public static partial class UnmarkedBylineFinder
{
    /// <summary>How many lines after the body a closing name may stand (a bio line or a contact may follow it).</summary>
    public const int TailReach = 3;

    /// <summary>A line that is only a person's name: below the headline, at the first or last lines of the body block
    /// (where a dump glues the byline to the deck or the closing paragraph), or just after the block.</summary>
    public static (int Index, IReadOnlyList<ArticleAuthor> Authors, string Rule, IReadOnlyList<int> Also)? FindNameLine(
        IReadOnlyList<PageLine> lines, ArticleBlock block, int headerStart, bool headlineAbove)
    {
        var end = Math.Min(lines.Count, block.End + 1 + TailReach);
        // Below a headline, the whole header zone; without one, only the lines just above the body (higher up, and on
        // the page's first line, a short name is the site's name far more often than a byline).
        var from = Math.Max(1, headlineAbove ? headerStart : Math.Max(headerStart, block.Start - 3));
        for (var i = from; i < end; i++)
        {
            var nearTop = i < block.Start + 2;
            var nearBottom = i > block.End - 3;
            if (!nearTop && !nearBottom) continue;
            if (AsName(lines[i]) is { } found)
            {
                // "Jolene Tan" / "Transport Correspondent" / "Farhan Rahim": a stack of writers, each perhaps with a title line.
                var authors = found.ToList();
                var also = new List<int>();
                for (var j = i + 1; j < Math.Min(end, i + 5) && authors.Count < 4; j++)
                {
                    if (TitleLine().IsMatch(lines[j].Text) && lines[j].Kind == LineKind.Content) { also.Add(j); continue; }
                    if (AsName(lines[j]) is not { } more) break;
                    authors.AddRange(more);
                    also.Add(j);
                }
                // a title line not followed by another name stays where it is
                while (also.Count > 0 && TitleLine().IsMatch(lines[also[^1]].Text)) also.RemoveAt(also.Count - 1);
                return (i, authors, nearTop ? "name-below-headline" : "name-after-body", also);
            }
        }
        return null;
    }

    /// <summary>A credit for the writing inside a note or a line around the body ("Original text by A").</summary>
    public static (IReadOnlyList<ArticleAuthor> Authors, string Line)? FindCredit(
        IReadOnlyList<PageLine> lines, ArticleBlock block, int headerStart, IEnumerable<string> notes)
    {
        // The header zone and the first two lines of the block; the last three lines of the block and what follows it
        // up to the line that opens the next item (a listing's credit line often closes the item it belongs to).
        var top = Math.Min(lines.Count, block.Start + 2);
        var bottom = Math.Max(block.Start, block.End - 2);
        var tail = Math.Min(lines.Count, Math.Min(block.NextStart + 1, block.End + 1 + 2 * TailReach));
        var around = Enumerable.Range(Math.Max(0, headerStart), Math.Max(0, top - headerStart))
            .Concat(Enumerable.Range(bottom, Math.Max(0, tail - bottom)))
            .Select(i => lines[i].Text);
        foreach (var text in notes.Concat(around))
        {
            // "(Reporting by A in Skopje and B in Ohrid; Editing by C)": a wire credit line is read whole, in its roles.
            var credit = text.Trim().TrimStart('(').TrimEnd(')', '.').Trim();
            if (BylineParser.IsCreditLine(credit))
            {
                var writers = BylineParser.TryParse(credit)?.Authors.Where(a => a.Role == "reporter").ToList();
                if (writers is { Count: > 0 }) return (writers, text);
            }
            // "Galician text: A (Outlet, date) · In English: B": of two or more language credits, the first names the
            // original's writer (the last, the translator of the version on the page).
            if (NoteRecognizer.LanguageCredits(text) is [{ Credit: var first }, _, ..]
                && BylineParser.TryParse("By " + CreditRemark().Replace(first, "")) is { Authors: [_, ..] } original
                && original.Authors.All(a => a.Role == "reporter"))
                return (original.Authors, text);
            var m = WriterCredit().Match(text);
            if (!m.Success) m = ReportedFrom().Match(text.Trim());
            if (!m.Success) continue;
            var parsed = BylineParser.TryParse("By " + m.Groups["names"].Value.TrimEnd('.'));
            if (parsed is not null && parsed.Authors.All(a => a.Role == "reporter"))
                return (parsed.Authors, text);
        }
        return null;
    }

    private static IReadOnlyList<ArticleAuthor>? AsName(PageLine line)
    {
        if (line.Kind != LineKind.Content || line.IsCaption || line.Words is < 2 or > 24) return null;
        // "Bimala Shrestha | Lalitpur", "Hamza Iftikhar | Staff Reporter", "Farhana Akter, Sirajganj | English from her
        // Bangla original": what follows a bar is the writer's place, title or a note; the name stands before it (a short
        // line with a bar reads as a menu otherwise).
        var barred = NameBeforeBar().Match(line.Text);
        if (line.IsMenu && !barred.Success) return null;
        var text = barred.Success ? barred.Groups["name"].Value : line.Text;
        // "Andes Weekly Staff and Paulina Guamán Lema": the outlet's staff credited beside a person is no person.
        if (WithStaffCredit().Match(text) is { Success: true } staffed) text = staffed.Groups["names"].Value;
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 12) return null;
        if (!BareNames().IsMatch(text) || NotAName().IsMatch(text)) return null;
        var parsed = BylineParser.TryParse("By " + text);
        return parsed is { Authors.Count: >= 1 and <= 4 } && parsed.Authors.All(a => a.Role == "reporter") && parsed.Affiliation is null ? parsed.Authors : null;
    }

    [GeneratedRegex(@"^(?:(?:\p{Lu}[\p{L}'’.&-]*\s+){1,4}(?:Staff|Desk|Newsroom)\s+(?:and|&)\s+(?<names>.+)|(?<names>.+?)\s+(?:and|&)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+){1,4}(?:Staff|staff|Desk|desk|Newsroom))$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex WithStaffCredit();

    // A name, a bar and one or two short parts ("| Lalitpur", "| Staff Reporter | 5 min read" is not: no digits).
    [GeneratedRegex(@"^(?<name>[^|]+?)\s+\|\s+[^|\d]{2,60}(?:\s+\|\s+[^|\d]{2,60})?$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NameBeforeBar();

    // What follows a credited name: the original's outlet and date in brackets, a remark after a comma.
    [GeneratedRegex(@"\s*\(.*$|\s*,.*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CreditRemark();

    // A writer's title on its own line: "Transport Correspondent", "Senior Reporter", "Staff Writer".
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Correspondent|Reporter|Writer|Editor|Journalist|Columnist|Contributor|Photographer)$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex TitleLine();

    // Two to four capitalised name tokens and nothing else ("Warunee Sakulchai", "ĐỖ MINH TRÍ", "Nam Ji-hoon").
    // An article opening an outlet's name ("Le Matin Lagunaire", "The Daily ..."), or a word of the site's interface
    // ("About the Authors", "Read More", "Contact Us") is not a person's name.
    [GeneratedRegex(@"^(?:The|Le|La|Les|El|Los|Las|Der|Die|Das|Il|Lo|De|Het)\s|\b(?:About|Authors?|Contact|Follow|More|Read|Related|Share|Subscribe|Comments?|Newsletter|Sign|Login|Menu|Home|News|Daily|Times|Post|Media|Correspondents?|Reporters?|Staff|Desk|Bureau|Editors?|Writers?|Team|Issue|Inside|Also|Contents|Edition)\b", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NotAName();

    // One to four names of two to four capitalised tokens, joined by commas or "and" ("Ondřej Kratochvíl, Vítězslav Hájek").
    private const string OneName = @"\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]+|van|von|de|der|den|da|do|dos|das|del|della|di|du|le|la|ter|ten|bin|binti|ibn|al)){1,3}";

    // (or one name and the correspondent's place: "Mahmudul Karim, Kurigram")
    [GeneratedRegex(@"^" + OneName + @"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)" + OneName + @"){0,3}$|^" + OneName + @"\s*,\s*\p{Lu}[\p{L}\p{M}'’-]+$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex BareNames();

    // A credit for the writing inside a sentence; translation, editing, photo, sound and narration credits do not match.
    [GeneratedRegex(@"(?<![Tt]ranslated\s|[Ee]dited\s)\b(?i:(?:original\s+)?(?:text|report|reporting|story|article|piece|column|notes)\s+(?:(?:is|was)\s+)?(?:(?:written|reported)\s+)?(?:in\s+\p{L}+\s+)?by|(?:written|reported)\s+(?:in\s+\p{L}+\s+)?by|(?-i:\p{Lu}\p{Ll}+)\s+original\s+by)\s+(?<names>\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3}(?:(?:,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3})*)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex WriterCredit();

    // "Hanan Osman Babiker reported from Aswan.", "A and B reported from Kyiv.": a closing line that credits the writers.
    [GeneratedRegex(@"^(?<names>\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3}(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3})*)\s+(?:reported|contributed reporting)\s+from\s+\p{Lu}[\p{L}\p{M}'’ ,-]{1,60}\.?$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex ReportedFrom();
}
