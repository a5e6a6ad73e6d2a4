using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Platform.Storage.Web;

/// <summary>Lets a read through when reads are open or the request carries the configured key (header, cookie, or
/// <c>?key=</c>, which then sets the cookie so the web view's links work).</summary>
internal sealed class ReadAccessFilter(IOptions<ReadAccessOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";
    public const string Cookie = "platform-read-key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var access = options.Value;
        if (access.Open) return await next(context);
        if (string.IsNullOrEmpty(access.ApiKey))
            return Results.Problem("Reads are closed: set Read__ApiKey (then send it as X-Api-Key) or Read__Open=true.", statusCode: StatusCodes.Status401Unauthorized);

        var http = context.HttpContext;
        if (Matches(http.Request.Headers[Header], access.ApiKey) || Matches(http.Request.Cookies[Cookie], access.ApiKey))
            return await next(context);
        if (Matches(http.Request.Query["key"], access.ApiKey))
        {
            http.Response.Cookies.Append(Cookie, access.ApiKey, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict });
            return await next(context);
        }
        return Results.Problem($"This read needs the API key in the {Header} header.", statusCode: StatusCodes.Status401Unauthorized);
    }

    private static bool Matches(string? given, string expected) =>
        !string.IsNullOrEmpty(given) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
