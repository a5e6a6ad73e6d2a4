using Microsoft.EntityFrameworkCore;
using Platform.Storage.Persistence;

namespace Platform.Storage.Queries;

/// <summary>An entity and the number of articles that mention it (an article counts once, however often it names it).</summary>
public sealed record EntityCount(string Type, string Canonical, int Articles);

/// <summary>Questions about the people, organisations and places the extractor found.</summary>
public sealed class EntityQueries(PlatformDbContext db)
{
    /// <summary>The entity types, with the spellings people use for them.</summary>
    public static string? NormalizeType(string? type) => ArticleConditions.Lower(type) switch
    {
        null => null,
        "person" or "people" or "persons" => "person",
        "organization" or "organisation" or "organizations" or "organisations" or "org" => "organization",
        "location" or "place" or "places" or "locations" => "location",
        "nationality" or "nationalities" => "nationality",
        var other => throw new ArgumentException($"unknown entity type '{other}': person, organization, location or nationality."),
    };

    /// <summary>The most-mentioned entities among articles published from <paramref name="from"/> to <paramref name="to"/>,
    /// counted per article.</summary>
    public async Task<IReadOnlyList<EntityCount>> MostMentionedAsync(string? type, DateOnly? from, DateOnly? to, int limit, CancellationToken ct)
    {
        var articles = ArticleConditions.Dated(db.Articles.AsNoTracking(), from, to).Select(a => a.Id);
        var entities = db.ArticleEntities.AsNoTracking().Where(e => articles.Contains(e.ArticleId));
        if (NormalizeType(type) is { } t) entities = entities.Where(e => e.Type == t);
        return await CountPerArticleAsync(entities, limit, ct);
    }

    /// <summary>The entities that appear in the same articles as <paramref name="name"/> (canonical or any mention form),
    /// counted per article.</summary>
    public async Task<IReadOnlyList<EntityCount>> CoOccurringAsync(string name, string? type, int limit, CancellationToken ct)
    {
        var lower = ArticleConditions.Lower(name) ?? throw new ArgumentException("a name is needed.");
        var articles = ArticleConditions.Mentioning(db, lower);
        var named = db.ArticleEntities.Where(e => e.Canonical.ToLower() == lower || (e.Text != null && e.Text.ToLower() == lower))
            .Select(e => e.Canonical).Distinct();
        var entities = db.ArticleEntities.AsNoTracking().Where(e => articles.Contains(e.ArticleId) && !named.Contains(e.Canonical));
        if (NormalizeType(type) is { } t) entities = entities.Where(e => e.Type == t);
        return await CountPerArticleAsync(entities, limit, ct);
    }

    private static async Task<IReadOnlyList<EntityCount>> CountPerArticleAsync(IQueryable<ArticleEntityRow> entities, int limit, CancellationToken ct)
    {
        if (limit is < 1 or > ArticleFilter.MaxPageSize) throw new ArgumentException($"limit must be 1 to {ArticleFilter.MaxPageSize}.");
        var counts = await entities
            .Select(e => new { e.ArticleId, e.Type, e.Canonical }).Distinct()
            .GroupBy(e => new { e.Type, e.Canonical })
            .Select(g => new { g.Key.Type, g.Key.Canonical, Articles = g.Count() })
            .ToListAsync(ct);
        // Ordered here: both databases then break ties the same way (ordinal, not the server's collation).
        return [.. counts
            .OrderByDescending(c => c.Articles).ThenBy(c => c.Canonical, StringComparer.Ordinal).ThenBy(c => c.Type, StringComparer.Ordinal)
            .Take(limit).Select(c => new EntityCount(c.Type, c.Canonical, c.Articles))];
    }
}
