using System.Text;
using System.Text.RegularExpressions;
using Platform.Contracts;
using Platform.Ingest.Decoding.Bytes;
using Platform.Ingest.Decoding.Language;
using Platform.Ingest.Decoding.Outlets;
using Platform.Ingest.Decoding.Text;
using Platform.Ingest.Decoding.Time;

namespace Platform.Ingest.Decoding;

/// <summary>Turns a draft into an <see cref="ArticleDocument"/>: resolves dates against the outlet's zone, joins the body, tells the language.</summary>
public static partial class ArticleAssembler
{
    private const int MinimumBodyWords = 20;
    private const int MinimumParagraphWords = 8;
    private const double MaximumCodeSymbolShare = 0.03;

    public static IngestDecision Build(ArticleDraft draft, DecodedText decoded, string? fileName, string rejectReason)
    {
        var paragraphs = draft.Paragraphs
            .Select(p => Spaces().Replace(p, " ").Trim().Normalize(NormalizationForm.FormC))
            .Where(p => p.Length > 0)
            .ToList();
        var body = string.Join("\n\n", paragraphs);

        if (paragraphs.Count == 0 || ProseRules.Words(body) < MinimumBodyWords || !paragraphs.Any(p => ProseRules.Words(p) >= MinimumParagraphWords))
        {
            var words = ProseRules.Words(body);
            return IngestDecision.Reject(rejectReason, rejectReason == RejectionReasons.HtmlWithoutArticle
                ? $"The HTML page has no article text (found {words} words of prose)."
                : $"The file has no article text: it decodes to {words} words of prose, fewer than a paragraph.");
        }

        var symbols = CodeSymbolShare(body);
        if (symbols > MaximumCodeSymbolShare)
            return IngestDecision.Reject(RejectionReasons.NotAnArticle,
                $"The file looks like code or data rather than prose ({symbols:P0} of its characters are symbols such as braces and semicolons).");

        var zone = OutletDirectory.FindByName(draft.Outlet)?.TimeZone;
        // The region of the site reads a shared abbreviation ("AST" on a Doha site is Arabia Standard Time): the places its
        // name and its own chrome (menus, weather, tickers) name, not the story's dateline (a wire in London writes BST
        // over a Dhaka dateline).
        // (looked for only when a date carries such an abbreviation)
        var sharedAbbreviation = new[] { draft.Published, draft.Modified }.Any(m => m?.Date.Zone is { } z && ZoneNames.IsShared(z.Text));
        var pageZone = zone ?? (sharedAbbreviation
            ? PageZone.Guess(new[] { draft.Outlet }.Concat(draft.Removed.Where(r => r.Text.Length <= 160 && r.Reason is not ("headline" or "caption")).Select(r => r.Text)))
            : null);
        var published = Resolve(draft.Published, zone, pageZone, draft.PageTimeZone) ?? FromDateline(draft, zone);
        var modified = Resolve(draft.Modified, zone, pageZone, draft.PageTimeZone);

        var article = new ArticleDocument
        {
            FileName = fileName,
            Format = draft.Format,
            Encoding = decoded.Encoding,
            EncodingReason = decoded.EncodingReason,
            Outlet = draft.Outlet,
            Url = draft.Url,
            Headline = Clean(draft.Headline is null ? null : HeadlineRules.StripVersionTags(draft.Headline)),
            Language = LanguageIdentifier.Detect(body) ?? NormalizeLanguageTag(draft.Language),
            Published = published,
            Modified = modified,
            Dateline = draft.Dateline,
            Authors = draft.Authors.ToList(),
            Body = body,
            Notes = draft.Notes.Select(n => n.Normalize(NormalizationForm.FormC)).ToList(),
            Removed = draft.Removed.ToList(),
            FieldEvidence = new Dictionary<string, FieldEvidence>(draft.Evidence, StringComparer.Ordinal),
            Warnings = decoded.Warnings.ToList(),
        };
        return IngestDecision.Accept(article);
    }

    private static PublishedTime? Resolve(DateMention? mention, string? zone, string? pageZone, StatedZone? pageTimeZone) =>
        mention is null ? null
        : PublishedTimeResolver.Resolve(mention.Raw,
            mention.Date is { Zone: null, DateOnly: false } && pageTimeZone is not null ? mention.Date with { Zone = pageTimeZone } : mention.Date,
            zone, pageZone);

    /// <summary>A wire dateline's month and day give the date when nothing else does, if a year is known.</summary>
    private static PublishedTime? FromDateline(ArticleDraft draft, string? zone)
    {
        if (draft.DatelineDate is not { } md || draft.YearHint is not { } year) return null;
        if (md.Day > DateTime.DaysInMonth(year, md.Month)) return null;
        var date = new ParsedDate(new DateTime(year, md.Month, md.Day, 0, 0, 0, DateTimeKind.Unspecified), true, null);
        return PublishedTimeResolver.Resolve(md.Raw, date, zone);
    }

    private static double CodeSymbolShare(string body)
    {
        var symbols = body.Count(c => c is '{' or '}' or '<' or '>' or '=' or ';' or '|' or '\\' or '_' or '#' or '$' or '^' or '~' or '`');
        return body.Length == 0 ? 0 : (double)symbols / body.Length;
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return Spaces().Replace(text, " ").Trim().Normalize(NormalizationForm.FormC);
    }

    private static string? NormalizeLanguageTag(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsLetter) ? primary : null;
    }

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Spaces();
}
