using Platform.Contracts;
using System.Security.Cryptography;
using System.Text;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Platform.Ingest.Decoding;
using Platform.Ingest.Submissions;
using Platform.Messaging;

namespace Platform.Ingest.Channels;

/// <summary>
/// <c>POST /articles</c>: upload one article file as the raw body or as the first file of a multipart form. Protected by an API
/// key (<c>X-Api-Key</c>). Answers 202 with the article id, 413 when over the size limit, 415 for unsupported types, 422 with the
/// reason when the file is not an article (the rejection is recorded like any other).
/// </summary>
public static class HttpUploadEndpoint
{
    public static IEndpointRouteBuilder MapArticleUploads(this IEndpointRouteBuilder app)
    {
        app.MapPost("/articles", UploadAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> UploadAsync(HttpContext http, HttpUploadSettings settings, IngestOptions options,
        ArticleFileDecoder decoder, IBus bus, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(settings.ApiKey) || !KeyMatches(http.Request.Headers[HttpUploadSettings.ApiKeyHeader], settings.ApiKey))
        {
            return Results.Problem("A valid X-Api-Key header is required.", statusCode: StatusCodes.Status401Unauthorized);
        }
        var sizeFeature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = options.MaxFileBytes + 64 * 1024;
        }
        if (http.Request.ContentLength > options.MaxFileBytes)
        {
            return await TooLargeAsync(bus, options, http, cancellationToken);
        }

        byte[] content;
        string? fileName = http.Request.Query["filename"];
        string? contentType = http.Request.ContentType;
        try
        {
            if (http.Request.HasFormContentType)
            {
                var form = await http.Request.ReadFormAsync(cancellationToken);
                var file = form.Files.FirstOrDefault();
                if (file is null)
                {
                    return Results.Problem("The multipart form holds no file.", statusCode: StatusCodes.Status400BadRequest);
                }
                if (file.Length > options.MaxFileBytes)
                {
                    return await TooLargeAsync(bus, options, http, cancellationToken);
                }
                fileName = file.FileName;
                contentType = file.ContentType;
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                content = buffer.ToArray();
            }
            else
            {
                using var buffer = new MemoryStream();
                await http.Request.Body.CopyToAsync(buffer, cancellationToken);
                content = buffer.ToArray();
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return await TooLargeAsync(bus, options, http, cancellationToken);
        }
        if (content.Length > options.MaxFileBytes)
        {
            return await TooLargeAsync(bus, options, http, cancellationToken);
        }
        if (!UploadContentTypes.IsAccepted(contentType))
        {
            return Results.Problem($"Content type '{contentType}' is not an article format; send text, HTML or JSON.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var command = IngestSubmissions.Create(content, fileName, contentType, "http");
        var decision = decoder.Decode(content, fileName, contentType);
        var endpoint = await bus.GetSendEndpoint(QueueNames.IngestFilesAddress);
        await endpoint.Send(command, cancellationToken);
        if (decision.ArticleId is { } articleId)
        {
            return Results.Accepted($"/articles/{articleId}",
                new { articleId, submissionId = command.SubmissionId, correlationId = command.CorrelationId });
        }
        return Results.UnprocessableEntity(new
        {
            reason = decision.Reason,
            detail = decision.Detail,
            submissionId = command.SubmissionId,
            correlationId = command.CorrelationId,
        });
    }

    /// <summary>
    /// 413, and a recorded rejection like every other way in, so the upload has an outcome in storage too. The body was not
    /// read (or was cut off), so the submission id is minted for this request.
    /// </summary>
    private static async Task<IResult> TooLargeAsync(IBus bus, IngestOptions options, HttpContext http, CancellationToken cancellationToken)
    {
        var detail = http.Request.ContentLength is { } length ? options.TooLargeDetail(length) : options.TooLargeDetail();
        var rejection = IngestSubmissions.Reject("http-" + NewId.NextGuid().ToString("N"), NewId.NextGuid(),
            http.Request.Query["filename"].FirstOrDefault(), RejectionReasons.TooLarge, detail);
        await bus.Publish(rejection, cancellationToken);
        return Results.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge,
            extensions: new Dictionary<string, object?> { ["submissionId"] = rejection.SubmissionId, ["correlationId"] = rejection.CorrelationId });
    }

    private static bool KeyMatches(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
