using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Storage.Queries;

namespace Platform.Storage.Web.Api;

/// <summary>
/// The read-only JSON API under <c>/api</c>: every question of <see cref="StoreQueries"/> as a GET, paged where the answer
/// is long, documented in the OpenAPI document (<c>/openapi/v1.json</c>). A question out of range is a 400 with the reason.
/// </summary>
public static class StorageApi
{
    public static RouteGroupBuilder MapStorageApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("questions");

        api.MapGet("/articles", ([AsParameters] ArticleQueryParameters query, StoreQueries queries, CancellationToken ct) =>
                Ask(async () => Results.Ok(await queries.Articles.FindAsync(query.ToFilter(), ct))))
            .WithName("ListArticles").WithSummary("List or search articles")
            .WithDescription("Full text (q) over headline and body, ranked; filters by date, language, outlet, author and provenance. " + TranslationStatus.Explanation)
            .Produces<ResultPage<ArticleSummary>>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/articles/{id:guid}", async (Guid id, StoreQueries queries, CancellationToken ct) =>
                await queries.Details.FindAsync(id, ct) is { } found
                    ? Results.Text(found.ToJsonLine(), "application/json")
                    : Results.NotFound())
            .WithName("GetArticle").WithSummary("One article in full, in the shape of a `process --json` line")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").Produces(StatusCodes.Status404NotFound);

        api.MapGet("/articles/{id:guid}/exports/{format}", async (Guid id, string format, StoreQueries queries, CancellationToken ct) =>
                !ArticleExports.Formats.Contains(format) ? Results.Problem("format must be jsonld or c2pa.", statusCode: 400)
                : await queries.Details.FindAsync(id, ct) is { } found
                    ? Results.Text(ArticleExports.Export(found.Stored, format), format == "jsonld" ? "application/ld+json" : "application/json")
                    : Results.NotFound())
            .WithName("ExportArticle").WithSummary("The article's provenance as schema.org JSON-LD (jsonld) or a C2PA-style manifest (c2pa)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").Produces(StatusCodes.Status404NotFound);

        api.MapGet("/entities", (string? type, DateOnly? from, DateOnly? to, int? limit, StoreQueries queries, CancellationToken ct) =>
                Ask(async () => Results.Ok(await queries.Entities.MostMentionedAsync(type, from, to, limit ?? 20, ct))))
            .WithName("MostMentionedEntities").WithSummary("Most-mentioned entities in a period, counted once per article")
            .Produces<IReadOnlyList<EntityCount>>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/entities/co-occurring", (string name, string? type, int? limit, StoreQueries queries, CancellationToken ct) =>
                Ask(async () => Results.Ok(await queries.Entities.CoOccurringAsync(name, type, limit ?? 20, ct))))
            .WithName("CoOccurringEntities").WithSummary("Entities that appear in the same articles as the named one, counted per article")
            .Produces<IReadOnlyList<EntityCount>>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/quotes", (string speaker, int? page, int? pageSize, StoreQueries queries, CancellationToken ct) =>
                Ask(async () => Results.Ok(await queries.Quotes.BySpeakerAsync(speaker, page ?? 1, pageSize ?? ArticleFilter.DefaultPageSize, ct))))
            .WithName("QuotesBySpeaker").WithSummary("What a named speaker was quoted as saying, with article and date")
            .Produces<ResultPage<QuoteHit>>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/quotes/by-organisation", async (StoreQueries queries, CancellationToken ct) =>
                Results.Ok(await queries.Quotes.ByOrganisationAsync(ct)))
            .WithName("QuotesByOrganisation").WithSummary("Quotes by speakers described by role, grouped by their organisation")
            .Produces<IReadOnlyList<OrganisationQuotes>>();

        api.MapGet("/stats", async (DateOnly? from, DateOnly? to, StoreQueries queries, CancellationToken ct) =>
                Results.Ok(new PipelineStats(await queries.Pipeline.CountsAsync(ct), await queries.Provenance.PerOutletAndMethodAsync(from, to, ct))))
            .WithName("Stats").WithSummary("Pipeline counts and articles per month, outlet and translation method")
            .Produces<PipelineStats>();

        api.MapGet("/rejections", (string? reason, int? page, int? pageSize, StoreQueries queries, CancellationToken ct) =>
                Ask(async () => Results.Ok(await queries.Pipeline.RejectionsAsync(reason, page ?? 1, pageSize ?? ArticleFilter.DefaultPageSize, ct))))
            .WithName("Rejections").WithSummary("Rejected submissions with stage, reason and detail")
            .Produces<ResultPage<Rejection>>().ProducesProblem(StatusCodes.Status400BadRequest);

        return api;
    }

    private static async Task<IResult> Ask(Func<Task<IResult>> ask)
    {
        try
        {
            return await ask();
        }
        catch (ArgumentException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}

/// <summary>The answer of <c>GET /api/stats</c>.</summary>
public sealed record PipelineStats(PipelineCounts Pipeline, IReadOnlyList<OutletMethodCount> PerOutletAndMethod);
