using Microsoft.EntityFrameworkCore;
using Platform.Storage.Persistence;

namespace Platform.Storage.Queries;

/// <summary>One quotation with where and when it was printed.</summary>
public sealed record QuoteHit(Guid ArticleId, string? Headline, string? Published, string? Speaker, string Text, string? Verb, bool Translated);

/// <summary>Quotations of speakers described by role, under the organisation the description names.</summary>
public sealed record OrganisationQuotes(string Organisation, IReadOnlyList<QuoteHit> Quotes);

/// <summary>Questions about the direct quotations the extractor attributed.</summary>
public sealed class QuoteQueries(PlatformDbContext db)
{
    /// <summary>What a named speaker was quoted as saying (the speaker's name or part of it, any case), newest first.</summary>
    public async Task<ResultPage<QuoteHit>> BySpeakerAsync(string speaker, int page, int pageSize, CancellationToken ct)
    {
        var name = ArticleConditions.Lower(speaker) ?? throw new ArgumentException("a speaker's name is needed.");
        Paging.Check(page, pageSize);
        var quotes = db.ArticleQuotes.AsNoTracking().Where(q => q.Speaker != null && q.Speaker.ToLower().Contains(name));
        var total = await quotes.CountAsync(ct);
        var rows = await Hits(quotes)
            .OrderBy(h => h.PublishedLocal == null).ThenByDescending(h => h.PublishedLocal).ThenBy(h => h.ArticleId).ThenBy(h => h.Ordinal)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new ResultPage<QuoteHit>([.. rows.Select(r => r.ToHit())], total, page, pageSize);
    }

    /// <summary>Quotations whose speaker is described ("the ministry official"), grouped by the organisation named.</summary>
    public async Task<IReadOnlyList<OrganisationQuotes>> ByOrganisationAsync(CancellationToken ct)
    {
        var rows = await Hits(db.ArticleQuotes.AsNoTracking().Where(q => q.Speaker != null)).ToListAsync(ct);
        var described = rows.Where(r => DescribedSpeaker.IsDescribed(r.Speaker!)).ToList();
        var articleIds = described.Select(r => r.ArticleId).Distinct().ToList();
        var organisations = (await db.ArticleEntities.AsNoTracking()
                .Where(e => e.Type == "organization" && articleIds.Contains(e.ArticleId))
                .Select(e => new { e.ArticleId, e.Canonical, e.Text }).ToListAsync(ct))
            .ToLookup(e => e.ArticleId, e => (IEnumerable<string>)[e.Canonical, .. e.Text is null ? [] : new[] { e.Text }]);
        return [.. described
            .GroupBy(r => DescribedSpeaker.Organisation(r.Speaker!, organisations[r.ArticleId].SelectMany(n => n)), StringComparer.OrdinalIgnoreCase)
            .Select(g => new OrganisationQuotes(g.Key, [.. g.OrderBy(r => r.ArticleId).ThenBy(r => r.Ordinal).Select(r => r.ToHit())]))
            .OrderBy(g => g.Organisation == DescribedSpeaker.NotNamed).ThenByDescending(g => g.Quotes.Count)
            .ThenBy(g => g.Organisation, StringComparer.Ordinal)];
    }

    private IQueryable<QuoteColumns> Hits(IQueryable<ArticleQuoteRow> quotes) =>
        quotes.Join(db.Articles, q => q.ArticleId, a => a.Id, (q, a) => new QuoteColumns
        {
            ArticleId = a.Id,
            Ordinal = q.Ordinal,
            Headline = a.Headline,
            PublishedUtc = a.PublishedUtc,
            PublishedOffsetMinutes = a.PublishedOffsetMinutes,
            PublishedLocal = a.PublishedLocal,
            Speaker = q.Speaker,
            Text = q.Text,
            Verb = q.Verb,
            Translated = q.Translated,
        });

    private sealed class QuoteColumns
    {
        public Guid ArticleId { get; init; }
        public int Ordinal { get; init; }
        public string? Headline { get; init; }
        public DateTimeOffset? PublishedUtc { get; init; }
        public int? PublishedOffsetMinutes { get; init; }
        public string? PublishedLocal { get; init; }
        public string? Speaker { get; init; }
        public string Text { get; init; } = "";
        public string? Verb { get; init; }
        public bool Translated { get; init; }

        public QuoteHit ToHit() => new(ArticleId, Headline, PublishedText.Of(PublishedUtc, PublishedOffsetMinutes, PublishedLocal),
            Speaker, Text, Verb, Translated);
    }
}
