using System.Text.RegularExpressions;
using Platform.Ingest.Decoding.Text;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Page;

/// <summary>
/// Reads a plain-text file that may be a whole web page dumped as text: finds the article's body block, its headline and
/// its publication time among the page's chrome, removes what lies outside the article (menus, sign-in and paywall blocks,
/// numbered lists, other items of a listing, footers) with reason codes, and hands the article's own lines to
/// <see cref="TextArticleParser"/> for bylines, notes, datelines and paragraphs. Records how each field was found.
/// </summary>
public static partial class PageTextReader
{
    public const string PageChrome = "page-chrome";
    public const string OtherItem = "other-item";

    public static void Read(IReadOnlyList<string> rawLines, ArticleDraft draft)
    {
        // A print page's jump ("continued on page 8" ... "continued from page 7") is closed first: the story runs across it.
        rawLines = PageJumps.Join(PdfDocumentInfo.Strip(rawLines, draft), draft);
        // Text copied out of a PDF or print layout (one phrase per line) gets its paragraphs back first.
        var reflowed = PhraseLineReflow.TryReflow(rawLines);
        if (reflowed is not null)
        {
            rawLines = reflowed;
            draft.NoteEvidence("layout", $"{reflowed.Count} lines after joining phrase-per-line text", "phrase-line-reflow", 0.7);
        }
        var lines = PagePreparer.Prepare(rawLines, draft);
        var block = ArticleBlockFinder.Find(lines);
        // Hard-wrapped text (lines cut at 70-80 columns, paragraphs at blank lines) is an article file, not a page dump.
        if (block is null || TextArticleParser.LooksHardWrapped(lines.Where(l => l.Kind == LineKind.Content).Select(l => l.Text)))
        {
            TextArticleParser.Parse(rawLines, draft);
            return;
        }

        var headline = HeadlineSelector.Select(lines, block);
        if (headline is not null)
        {
            draft.Headline = headline.Headline;
            draft.NoteEvidence("headline", lines[headline.Index].Text, headline.Rule, headline.Confidence);
        }
        draft.PageTimeZone = lines.Select(l => Time.PageTimeNote.Read(l.Text)).FirstOrDefault(z => z is not null);
        var (published, updated) = PublicationTimeSelector.Select(lines, block, headline?.Index);
        if (published is not null)
        {
            draft.Published = published.Mention with { Kind = DateLineRecognizer.Published };
            draft.NoteEvidence("published", published.Line.Text, published.Rule, Confidence(published.Score));
        }
        if (updated is not null)
        {
            draft.Modified = updated.Mention;
            draft.NoteEvidence("updated", updated.Line.Text, updated.Rule, Confidence(updated.Score));
        }

        var article = ArticleLines(lines, block, headline, draft);
        // No marked byline: a line that is only a name, at the edges of the article, is the byline.
        var marked = article.Any(l => l.Kind == LineKind.Byline && BylineParser.TryParse(l.Text)?.Authors.Any(a => a.Role is "reporter" or "contributor") == true);
        var nameLine = marked ? null : UnmarkedBylineFinder.FindNameLine(lines, block, HeaderStart(block, headline), headline is not null && headline.Index < block.Start);
        if (nameLine is { } named)
        {
            foreach (var index in named.Also.Prepend(named.Index))
            {
                article.RemoveAll(l => l.Index == index);
                draft.Remove(lines[index].Text, "byline");
            }
        }
        // A wire dateline alone on the line above the first paragraph ("SEOUL, Oct. 5 (Yonhap) --") opens the body.
        var firstBodyLine = block.Start > 0 && WireDateline.TryParse(lines[block.Start - 1].Text) is not null ? block.Start - 1 : block.Start;
        var bodyStart = article.FindIndex(l => l.Index >= firstBodyLine);
        TextArticleParser.Parse(article.Select(l => l.Text).ToList(), draft, bodyStart < 0 ? article.Count : bodyStart);
        draft.NoteEvidence("body", $"lines {block.Start + 1}-{block.End + 1} of {lines.Count}: {block.ProseWords} words of prose in {block.ClusterCount} paragraphs",
            "largest-prose-block", block.ClusterCount >= 3 ? 0.9 : 0.6);
        // The copyright line names the site even when it sits in the footer chrome the article lines leave out.
        foreach (var copyright in lines.Where(l => l.Kind == LineKind.Copyright))
            TextArticleParser.OfferCopyrightOutlet(copyright.Text, draft);
        // Failing all of those, the site's name at the top of the page.
        if (draft.Outlet is null && MastheadFinder.Find(lines, headline?.Index ?? block.Start, string.Join("\n", rawLines)) is { } masthead)
        {
            draft.OfferOutlet(masthead, OutletEvidence.Masthead);
            draft.NoteEvidence("outlet", masthead, "masthead", 0.5);
        }
        var byline = article.FirstOrDefault(l => l.Kind == LineKind.Byline);
        if (!HasWriter(draft) && nameLine is { } name)
        {
            foreach (var author in name.Authors) draft.AddAuthor(author);
            draft.NoteEvidence("authors", lines[name.Index].Text, name.Rule, 0.6);
        }
        else if (!HasWriter(draft) && UnmarkedBylineFinder.FindCredit(lines, block, HeaderStart(block, headline), draft.Notes) is { } credit)
        {
            foreach (var author in credit.Authors) draft.AddAuthor(author);
            draft.NoteEvidence("authors", credit.Line, "writer-credit-in-note", 0.6);
        }
        else if (byline is not null && draft.Authors.Count > 0)
            draft.NoteEvidence("authors", byline.Text, "byline-line", 0.85);
    }

    /// <summary>
    /// The lines that belong to the article: byline and date rows just above the headline, everything from the headline
    /// to the end of the body (captions and the repeated headline dropped), and the tail after the body up to the next
    /// item or trailing chrome (only meta, note, byline, credit and name lines; teasers and menus removed).
    /// </summary>
    private static List<PageLine> ArticleLines(List<PageLine> lines, ArticleBlock block, HeadlineChoice? headline, ArticleDraft draft)
    {
        var result = new List<PageLine>();
        var headlineKey = headline is null ? null : PageLine.Normalize(headline.Headline);
        var headStart = HeaderStart(block, headline);

        var tailEnd = TailEnd(lines, block);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Reason == ReviewedWorkDetails.Reason)
            {
                draft.Remove(line.Text, line.Reason);
                continue;
            }
            var isHeadline = headline is not null && (i == headline.Index || (Math.Abs(i - headline.Index) <= 4 && IsHeadlineCopy(line, headlineKey!)));
            if (isHeadline)
            {
                // "[Auto-translated from Japanese] Wajima lacquer workshop reopens ...": a kicker of several words before the
                // headline says something about the text, and is kept as a note ("Translation:" alone is only a label).
                draft.Remove(line.Text, "headline");
                if (i == headline!.Index && line.Kind == LineKind.Note && HeadlineCleaner.Kicker(line.Text) is { } kicker
                    && ProseRules.Words(kicker) >= 2) draft.AddNote(kicker);
                continue;
            }
            if (i < headStart)
            {
                if (i >= headStart - 8 && line.Kind is LineKind.Byline or LineKind.Note) result.Add(line);
                else if (line.Kind is not LineKind.DateMeta) draft.Remove(line.Text, line.Reason ?? (line.IsListItem ? "most-popular" : PageChrome));
                continue;
            }
            if (i < block.Start)
            {
                if (line.IsCaption) draft.Remove(line.Text, BoilerplateRecognizer.Caption);
                else if (line.IsMenu || line.IsRelativeTime) draft.Remove(line.Text, line.Reason ?? PageChrome);
                else result.Add(line);
                continue;
            }
            if (i <= block.End)
            {
                if (line.IsCaption && !line.IsProse) draft.Remove(line.Text, BoilerplateRecognizer.Caption);
                // A share button or a menu between two paragraphs of the body (a live blog's entry closes with one) is
                // set aside here: the body goes on past it, so it must not read as the chrome that ends the article.
                else if (line.Kind == LineKind.Boilerplate && !line.IsProse && i > block.Start && i < block.End && BoilerplateRecognizer.StartsTrailingChrome(line.Text))
                    draft.Remove(line.Text, line.Reason ?? PageChrome);
                else result.Add(line);
                continue;
            }
            if (i <= tailEnd && (KeepInTail(line) || (result.Count > 0 && result[^1].Kind == LineKind.Byline && line.Kind == LineKind.Content && line.Words <= 8)))
                result.Add(line);
            // A note in the page's footer, past comments and copyright ("The English versions of this site are generated
            // by automatic translation from French"), is kept as a note while no other item has begun.
            else if (line.Kind == LineKind.Note && i < block.NextStart) draft.AddNote(line.Text);
            // Past a "Read also" list of headlines (which reads as the next item), the article's own note is still the
            // article's while no paragraph of another item stands between it and the body.
            else if (line.Kind == LineKind.Note && !lines.Skip(block.End + 1).Take(i - block.End - 1).Any(l => l.IsProse)) draft.AddNote(line.Text);
            // A note in the page's footer (only chrome after it: links, copyright) speaks for the whole page: "The English
            // and Urdu editions of X are generated automatically by AI from our Arabic journalism".
            else if (line.Kind == LineKind.Note && lines.Skip(i + 1).All(l => l.IsChrome || l.Words <= 3)) draft.AddNote(line.Text);
            else draft.Remove(line.Text, line.Reason ?? (i >= block.NextStart ? OtherItem : PageChrome));
        }
        return result;
    }

    /// <summary>A writer (reporter or contributor) is credited; translators, editors and agencies are not writers.</summary>
    private static bool HasWriter(ArticleDraft draft) => draft.Authors.Any(a => a.Role is "reporter" or "contributor");

    /// <summary>The first line of the header zone: after the headline, or (headline after the body or none) a few lines above the body.</summary>
    private static int HeaderStart(ArticleBlock block, HeadlineChoice? headline) =>
        headline is not null && headline.Index < block.Start ? headline.Index + 1
        : headline is null || headline.Index > block.End ? Math.Max(block.PreviousLimit + 1, block.Start - 6)
        : block.Start;

    private static bool IsHeadlineCopy(PageLine line, string headlineKey) =>
        line.Kind == LineKind.Content && line.Normalized.Length >= 8
        && (line.Normalized == headlineKey || line.Normalized.EndsWith(headlineKey, StringComparison.Ordinal)
            || line.Normalized.Replace(" ", "") == headlineKey.Replace(" ", "")
            || (headlineKey.Length >= 12 && line.Normalized.StartsWith(headlineKey, StringComparison.Ordinal) && line.Words <= 30 && !line.IsProse));

    /// <summary>The last line of the article's tail: before trailing chrome, the next item, a teaser or a list.</summary>
    private static int TailEnd(List<PageLine> lines, ArticleBlock block)
    {
        var end = block.End;
        for (var i = block.End + 1; i < Math.Min(lines.Count, block.NextStart) && i <= block.End + 10; i++)
        {
            var line = lines[i];
            if (BoilerplateRecognizer.StartsTrailingChrome(line.Text) || line.IsTeaser || line.IsListItem || line.IsRelativeTime) break;
            end = i;
        }
        return end;
    }

    private static bool KeepInTail(PageLine line) =>
        line.Kind is LineKind.Byline or LineKind.DateMeta or LineKind.Note or LineKind.Url or LineKind.Copyright or LineKind.EndMarker
        || line.IsProse
        || (line.Words <= 6 && (line.Text.Contains('@') || line.Text.Contains("protected", StringComparison.OrdinalIgnoreCase)))
        || (line.Kind == LineKind.Content && line.Words <= 10 && NameLike().IsMatch(line.Text));

    private static double Confidence(double score) => Math.Round(1 / (1 + Math.Exp(-(score - 1.0))), 2);

    // "— Tom Becker and Lin Qiao", "Nam Ji-hoon, staff reporter", "Lee Sang-woo": a credit or a name on its own line.
    [GeneratedRegex(@"^[—–-]?\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s*(?:,|and|&)\s*(?:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}|[\p{Ll} ]+))*\.?$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NameLike();
}
