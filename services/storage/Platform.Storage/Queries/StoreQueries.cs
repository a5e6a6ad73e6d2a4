using Microsoft.Extensions.DependencyInjection;
using Platform.Storage.Persistence;

namespace Platform.Storage.Queries;

/// <summary>
/// Every question the stored data answers without SQL, over one <see cref="PlatformDbContext"/> (either database). The
/// HTTP API, the web view and the command line all ask through this, so they cannot drift apart.
/// </summary>
public sealed class StoreQueries(PlatformDbContext db)
{
    public ArticleSearch Articles { get; } = new(db);
    public ArticleDetails Details { get; } = new(db);
    public EntityQueries Entities { get; } = new(db);
    public QuoteQueries Quotes { get; } = new(db);
    public ProvenanceStats Provenance { get; } = new(db);
    public PipelineQueries Pipeline { get; } = new(db);
}

/// <summary>Registers <see cref="StoreQueries"/> (scoped) over the store <c>AddArticleStore</c> registered.</summary>
public static class StoreQueriesServiceCollectionExtensions
{
    public static IServiceCollection AddStoreQueries(this IServiceCollection services) => services.AddScoped<StoreQueries>();
}
