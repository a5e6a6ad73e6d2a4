using Microsoft.EntityFrameworkCore;
using Platform.Storage.Persistence;

namespace Platform.Storage.Queries;

/// <summary>Articles of one outlet in one month with one translation status and method. <see cref="Month"/> is
/// <c>yyyy-MM</c> of the local publication date, or <c>undated</c>; <see cref="Method"/> is null unless a translation.</summary>
public sealed record OutletMethodCount(string Month, string? Outlet, string Translation, string? Method, int Articles);

/// <summary>Counts of articles per outlet and translation method over time.</summary>
public sealed class ProvenanceStats(PlatformDbContext db)
{
    public const string Undated = "undated";

    public async Task<IReadOnlyList<OutletMethodCount>> PerOutletAndMethodAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        // Grouped here rather than in SQL, so both databases cut months the same way (the local date is text).
        var rows = await ArticleConditions.Dated(db.Articles.AsNoTracking(), from, to)
            .Select(a => new { a.PublishedLocal, a.Outlet, a.IsTranslation, a.TranslationMethod })
            .ToListAsync(ct);
        return [.. rows
            .GroupBy(r => (
                Month: r.PublishedLocal is { Length: >= 7 } local ? local[..7] : Undated,
                r.Outlet,
                Translation: TranslationStatus.Of(r.IsTranslation),
                Method: r.IsTranslation == true ? r.TranslationMethod ?? "unknown" : null))
            .Select(g => new OutletMethodCount(g.Key.Month, g.Key.Outlet, g.Key.Translation, g.Key.Method, g.Count()))
            .OrderBy(c => c.Month == Undated).ThenBy(c => c.Month, StringComparer.Ordinal)
            .ThenBy(c => c.Outlet ?? "", StringComparer.Ordinal).ThenBy(c => c.Translation, StringComparer.Ordinal)
            .ThenBy(c => c.Method ?? "", StringComparer.Ordinal)];
    }
}
