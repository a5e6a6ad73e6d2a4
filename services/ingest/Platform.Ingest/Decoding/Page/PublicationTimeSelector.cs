using System.Text.RegularExpressions;
using Platform.Ingest.Decoding.Text;
using Platform.Ingest.Decoding.Time;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Page;

/// <summary>A date the page shows, where it stands and how much it looks like this page's publication time.</summary>
public sealed record DateCandidate(DateMention Mention, PageLine Line, double Score, string Rule);

/// <summary>
/// Chooses the page's own publication time among the dates it shows, by documented weights (see
/// <c>Decoding/README.md</c>, "Page text"): a labelled "Published"/"Posted"/"승인" date beats an unlabelled one; a date
/// between the headline and the body, in a byline line, or just after the body is the article's; a date far above the
/// headline is a render or capture stamp. Capture, archive, print and "Updated" stamps are never the publication time
/// (an "Updated" time is kept as <c>updated</c>); relative times ("7H AGO") have no anchor and give nothing.
/// </summary>
public static partial class PublicationTimeSelector
{
    private const double Labelled = 3.0;
    private const double HeaderZone = 1.5;      // between the headline and the body, or within three lines under the headline
    private const double InBylineLine = 1.0;
    private const double Tail = 0.8;            // within eight lines after the body
    private const double JustAboveHeadline = 0.5; // up to four lines above the headline (CMS meta rows)
    private const double FarAbove = -1.0;       // further above the headline: render and capture stamps
    private const double HasTime = 0.3;
    private const double HasZone = 0.2;
    private const double Embedded = -0.5;       // a date inside a longer meta line rather than a date line
    private const double OriginalsDate = -2.5;  // a line crediting the original ("Source: X, 2 October", "Original reporting by X · 14 Jan")

    public static (DateCandidate? Published, DateCandidate? Updated) Select(IReadOnlyList<PageLine> lines, ArticleBlock block, int? headlineIndex)
    {
        var anchor = headlineIndex ?? block.Start;
        var headerEnd = headlineIndex is { } h && h < block.Start ? block.Start : anchor + 3;
        var from = Math.Max(block.PreviousLimit + 1, Math.Min(anchor, block.Start) - 10);
        var to = Math.Min(Math.Min(lines.Count - 1, block.End + 8), block.NextStart - 1);

        DateCandidate? published = null, updated = null;
        for (var i = from; i <= to; i++)
        {
            var line = lines[i];
            // A note's date is the original's ("Originally published in German: ... 8 Mar 2025"), not this page's.
            // (a relative stamp beside an absolute date — "Publié le 8 avril 2025 à 11h42 | Mis à jour hier à 16h10" — keeps the date)
            if ((line.IsRelativeTime && !line.HoldsDate) || line.IsCaption || line.Kind == LineKind.Note || CaptureCue().IsMatch(line.Text)) continue;
            // Stamps of the copy, not of the story: a layout file's slug ("HCW-0602-P07.indd 7 5/2/25 9:14 PM") and a
            // browser's print header ("8/4/25, 11:52   <title> | <site>").
            if (ProductionStamp().IsMatch(line.Text)) continue;
            if (i > block.Start && i < block.End && line.IsProse) continue;
            if (i > from && CaptureCue().IsMatch(lines[i - 1].Text) && lines[i - 1].Words <= 4) continue;
            foreach (var (mention, labelled, embedded) in Mentions(line))
            {
                var rules = new List<string>();
                double score = 0;
                void Add(double w, string rule) { score += w; rules.Add(rule); }
                if (labelled) Add(Labelled, "labelled");
                if (OriginalCredit().IsMatch(line.Text)) Add(OriginalsDate, "original-credit");
                if (embedded) Add(Embedded, "embedded");
                if (line.Kind == LineKind.Byline) Add(InBylineLine, "byline-line");
                if (i > anchor && i <= Math.Max(headerEnd, anchor + 3) && i <= block.Start + 1) Add(HeaderZone, "under-headline");
                else if (i > block.End) Add(Tail, "after-body");
                else if (i < anchor && anchor - i <= 4) Add(JustAboveHeadline, "above-headline");
                else if (i < anchor) Add(FarAbove, "far-above-headline");
                if (!mention.Date.DateOnly) Add(HasTime, "time");
                if (mention.Date.Zone is not null) Add(HasZone, "zone");
                var candidate = new DateCandidate(mention, line, score, string.Join("+", rules));
                if (mention.Kind == DateLineRecognizer.Modified)
                {
                    if (updated is null || score > updated.Score) updated = candidate;
                }
                else if (published is null || score > published.Score + 1e-9) published = candidate;
            }
        }
        // An e-mail newsletter copied with its header (From:, To:, Subject:, Date: in the first lines): the Date: line is
        // when it was sent, which is when it was published.
        if (EmailHeaderDate(lines) is { } sent) published = sent;

        // A newsletter or e-paper dates its issue in the masthead, above whatever rule opens the story: when the story
        // itself shows no date, the issue's date is the publication date.
        if (published is null)
        {
            for (var i = 0; i < from; i++)
            {
                if (!IssueCue().IsMatch(lines[i].Text) || CaptureCue().IsMatch(lines[i].Text) || lines[i].Words > 16) continue;
                if (Mentions(lines[i]).FirstOrDefault(m => m.Mention.Kind == DateLineRecognizer.Published) is { Mention: { } mention })
                {
                    published = new DateCandidate(mention, lines[i], Embedded, "issue-masthead");
                    break;
                }
            }
        }
        // A wire dateline that carries the date and time itself ("MOGADISHU, 18 Nov 2024 – 14:05 EAT — Before dawn ..."):
        // when nothing else dates the page, the story's opening dates it.
        if (published is null && block.Start < lines.Count && Dateline().Match(lines[block.Start].Text) is { Success: true } dateline
            && DateTextParser.Parse(dateline.Groups["when"].Value) is { } stamped)
            published = new DateCandidate(new DateMention(DateLineRecognizer.Published, dateline.Groups["when"].Value.Trim(), stamped), lines[block.Start], Embedded, "dateline");
        return (published, updated);
    }

    // "PLACE, <date and time> —" at the start of the first paragraph, with an optional "(Agency)" before the dash.
    [GeneratedRegex(@"^(?-i:\p{Lu}[\p{Lu}\p{M}'. -]{1,40})(?:,\s*\p{Lu}[\p{L}.]{1,20})?,\s+(?<when>[^–—()]{6,60}?)\s*(?:\([^()]{1,40}\)\s*)?(?:[–—]|--)\s", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Dateline();

    private static DateCandidate? EmailHeaderDate(IReadOnlyList<PageLine> lines)
    {
        var top = Math.Min(lines.Count, 8);
        var headers = 0;
        DateCandidate? date = null;
        for (var i = 0; i < top; i++)
        {
            var text = lines[i].Text;
            if (MailHeader().IsMatch(text)) headers++;
            if (text.StartsWith("Date:", StringComparison.OrdinalIgnoreCase) && DateTextParser.Parse(text[5..].Trim()) is { } parsed)
                date = new DateCandidate(new DateMention(DateLineRecognizer.Published, text[5..].Trim(), parsed), lines[i], Labelled + 1, "email-header");
        }
        return headers >= 2 ? date : null;
    }

    // A credit line for the text this page reproduces or translates: its date is the original's.
    [GeneratedRegex(@"^\W*(?:Source|Fonte|Fuente|Quelle|Original(?:ly)?\s+(?:reporting|report|article|story|published|appeared|text|version)|First\s+published|Republished\s+from)\b", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex OriginalCredit();

    [GeneratedRegex(@"^(?:From|To|Subject|Cc|Reply-To):\s+\S", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex MailHeader();

    [GeneratedRegex(@"^\s*(?:Issue|Edition|Vol\.|Volume|No\.|Nº|Ausgabe|Édition|Edición|Edição|Número|Numero|Wydanie|Sayı)\b|\bIssue\s*(?:No\.?\s*|#\s*)?\d+", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex IssueCue();

    /// <summary>The dates a line holds: its date-line reading, else a date inside a short meta line.</summary>
    private static IEnumerable<(DateMention Mention, bool Labelled, bool Embedded)> Mentions(PageLine line)
    {
        var labelled = Label().IsMatch(line.Text);
        if (DateLineRecognizer.TryRead(line.Text) is { } mentions)
        {
            foreach (var m in mentions) yield return (m, labelled || m.Kind == DateLineRecognizer.Modified, false);
            yield break;
        }
        if (line.Words > 24 || (line.IsProse && line.Words > 14)) yield break;
        // "March. 8, 2024 | 3:42 a.m. ET   Updated March. 8, 2024 | 6:10 a.m. ET": the part before "Updated" is the publication.
        var updatedAt = UpdatedCue().Match(line.Text);
        if (updatedAt.Success && updatedAt.Index > 0)
        {
            var before = DateTextParser.Parse(line.Text[..updatedAt.Index]);
            if (before is not null) yield return (new DateMention(DateLineRecognizer.Published, line.Text[..updatedAt.Index].Trim(), before), labelled, true);
            var after = DateTextParser.Parse(line.Text[updatedAt.Index..]);
            if (after is not null) yield return (new DateMention(DateLineRecognizer.Modified, line.Text[updatedAt.Index..].Trim(), after), true, true);
            yield break;
        }
        foreach (var part in Separators().Split(line.Text).Prepend(line.Text))
        {
            var raw = part.Trim();
            if (raw.Length < 6) continue;
            var parsed = DateTextParser.Parse(raw);
            if (parsed is null) continue;
            var kind = UpdatedCue().IsMatch(raw) ? DateLineRecognizer.Modified : DateLineRecognizer.Published;
            yield return (new DateMention(kind, raw, parsed), labelled, true);
            yield break;
        }
    }

    [GeneratedRegex(@"\b(?:captured|archived|archive(?:d)? (?:copy|snapshot)|snapshot|saved (?:from|on|at)|retrieved|accessed|printed (?:from\s+\S+\s+)?(?:on|at)|printed\s+(?=\d)|print date|rendered|as of|wayback|crawled|fetched|downloaded|(?:document|pdf|page|file|copy)\s+(?:generated|created|exported|produced)|(?:generated|exported)\s+(?:from|on|at))\b", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CaptureCue();

    [GeneratedRegex(@"\.(?:indd|qxd|qxp|idml|inx)\b|^\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s+\S.*\s[|–—-]\s+\S", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex ProductionStamp();

    [GeneratedRegex(@"^\s*(?:Published|Posted|First published|Publication date|Date published|Released|Issued|Filed|승인|입력|등록|作成|公開|発行|发布|Publié|Publicado|Veröffentlicht)\b|\bPosted (?:on|at)\b", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Label();

    [GeneratedRegex(@"\b(?:Updated|Last updated|Modified|Revised)\b", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex UpdatedCue();

    [GeneratedRegex(@"\s+[|·•]\s+|\s+[-–—]\s+(?=\d|\p{Lu})|#|\s+/\s+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Separators();
}
