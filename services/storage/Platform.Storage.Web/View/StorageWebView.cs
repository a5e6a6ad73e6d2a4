using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Storage.Queries;
using Platform.Storage.Web.Api;

namespace Platform.Storage.Web.View;

/// <summary>The read-only web view: <c>GET /</c> (search with filters, results) and <c>GET /articles/{id}</c> (one article
/// with its highlights and provenance panel). Server-rendered, no script.</summary>
public static class StorageWebView
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static IEndpointRouteBuilder MapStorageWebView(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", async ([AsParameters] ArticleQueryParameters query, StoreQueries queries, CancellationToken ct) =>
        {
            try
            {
                var page = await queries.Articles.FindAsync(query.ToFilter(), ct);
                return Results.Content(SearchPage.Render(query, page, null), HtmlType);
            }
            catch (ArgumentException ex)
            {
                return Results.Content(SearchPage.Render(query, null, ex.Message), HtmlType, statusCode: StatusCodes.Status400BadRequest);
            }
        }).ExcludeFromDescription();

        endpoints.MapGet("/articles/{id:guid}", async (Guid id, StoreQueries queries, CancellationToken ct) =>
            await queries.Details.FindAsync(id, ct) is { } found
                ? Results.Content(ArticlePage.Render(found), HtmlType)
                : Results.Content(Html.Page("Not found", "<p>No stored article with this id.</p>"), HtmlType, statusCode: StatusCodes.Status404NotFound))
            .ExcludeFromDescription();
        return endpoints;
    }
}
