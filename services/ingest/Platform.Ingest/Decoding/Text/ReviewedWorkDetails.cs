using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Text;

/// <summary>
/// The details block of a work under review: "The Salt Road / by A / translated from the Albanian by B / Lantern &amp; Quay
/// Press, 312 pp., £16.99". Its "by" line credits the book's writer and its "translated by" line the book's translator,
/// not the page's: the block is set aside (reason <see cref="Reason"/>) so neither reads as this page's byline or
/// translation note. The block is recognised by its publication-details line (a page count, an ISBN, or a price next
/// to a publisher, running time or label) and reaches up over the credit lines above it to the work's title.
/// </summary>
public static partial class ReviewedWorkDetails
{
    public const string Reason = "reviewed-work";

    /// <summary>How many credit lines (by, translated by, illustrated by, edited by) may stand between title and details.</summary>
    public const int MaxCreditLines = 4;

    /// <summary>A details line is short: a sentence that mentions a page count is body text.</summary>
    public const int MaxDetailsWords = 24;

    /// <summary>The indexes of the lines that belong to a reviewed work's details block.</summary>
    public static IReadOnlySet<int> Find(IReadOnlyList<(string Text, LineKind Kind)> lines)
    {
        var found = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsDetailsLine(lines[i].Text)) continue;
            var first = i;
            // "The Salt Road by A, translated by B (Lantern & Quay, £16.99)": details and credits on one line.
            var credits = CreditInLine().IsMatch(lines[i].Text) ? 1 : 0;
            while (first - 1 >= 0 && i - (first - 1) <= MaxCreditLines && IsCreditLine(lines[first - 1]))
            {
                first--;
                credits++;
            }
            if (credits == 0) continue;
            // The work's title stands just above its credits.
            if (first - 1 >= 0 && IsTitleLine(lines[first - 1])) first--;
            for (var j = first; j <= i; j++) found.Add(j);
        }
        return found;
    }

    /// <summary>"Lantern &amp; Quay Press, 312 pp., £16.99", "ISBN 978-...", "Harvill, 2024, 288 pages, $28".</summary>
    public static bool IsDetailsLine(string text) =>
        ProseRules.Words(text) <= MaxDetailsWords && !IsSentence(text) && !SentenceClose().IsMatch(text)
        && (PageCount().IsMatch(text) || Isbn().IsMatch(text) || (Price().IsMatch(text) && text.Contains(',')));

    private static bool IsCreditLine((string Text, LineKind Kind) line) =>
        ProseRules.Words(line.Text) <= 16 && !IsSentence(line.Text) && !HoldsDate(line.Text)
        && (CreditStart().IsMatch(line.Text) || line.Kind == LineKind.Byline);

    private static bool IsTitleLine((string Text, LineKind Kind) line) =>
        ProseRules.Words(line.Text) is >= 1 and <= 12 && line.Kind is LineKind.Content && !IsSentence(line.Text)
        && !HoldsDate(line.Text) && !line.Text.EndsWith('.');

    private static bool IsSentence(string text) => ProseRules.IsProse(text) && ProseRules.Words(text) > 16;

    private static bool HoldsDate(string text) => Time.DateTextParser.Parse(text) is not null;

    // "... the report said.": a sentence's close (a details line ends on a figure, a price or "pp.")
    [GeneratedRegex(@"\p{Ll}{3,}[.!?][""”’)]?$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SentenceClose();

    // "312 pp.", "312pp", "288 pages", "240 S." is not taken (too short a cue)
    [GeneratedRegex(@"\b\d{2,4}\s?pp\b|\b\d{2,4}\s+pages\b", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex PageCount();

    [GeneratedRegex(@"\bISBN(?:-1[03])?\b", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Isbn();

    [GeneratedRegex(@"[£$€¥]\s?\d{1,4}(?:[.,]\d{2})?\b|\b\d{1,4}[.,]\d{2}\s?(?:€|EUR|zł|kr|lei|CHF)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Price();

    // "by A", "translated from the Albanian by B", "illustrated by C", "edited and introduced by D", "trans. E"
    [GeneratedRegex(@"^(?:(?:written|translated|illustrated|edited|introduced|selected|adapted|rendered)\b[^.!?]{0,60}?\bby\b|by\s+\p{Lu}|trans(?:\.|lated)\s+\p{Lu}|tr\.\s+\p{Lu})", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CreditStart();

    [GeneratedRegex(@"\bby\s+\p{Lu}[\p{L}'’.-]+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CreditInLine();
}
