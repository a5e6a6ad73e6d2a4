using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Storage.Queries;
using Platform.Storage.Web.Api;
using Platform.Storage.Web.View;

namespace Platform.Storage.Web;

/// <summary>
/// The read side of storage in one registration and one mapping, used by the storage host and by <c>platform serve</c>:
/// the JSON API under <c>/api</c>, the web view at <c>/</c> (both behind <see cref="ReadAccessOptions"/>) and the OpenAPI
/// document at <c>/openapi/v1.json</c>. The store itself (<c>AddArticleStore</c>) is registered by the host.
/// </summary>
public static class StorageReadSide
{
    public static IServiceCollection AddStorageReadSide(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReadAccessOptions>(configuration.GetSection(ReadAccessOptions.Section));
        services.AddStoreQueries();
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "platform storage: questions and answers";
            document.Info.Description = "Read-only questions over the stored articles, their provenance, entities, quotes and the submission ledger. "
                + "Send the key configured as Read__ApiKey in the X-Api-Key header unless reads are open (Read__Open=true).";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapStorageReadSide(this IEndpointRouteBuilder endpoints)
    {
        var reads = endpoints.MapGroup("").AddEndpointFilter<ReadAccessFilter>();
        reads.MapStorageApi();
        reads.MapStorageWebView();
        endpoints.MapOpenApi();
        return endpoints;
    }
}
