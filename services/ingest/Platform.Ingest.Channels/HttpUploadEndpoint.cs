using Platform.Contracts;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Platform.Ingest.Decoding;
using Platform.Ingest.Intake;

namespace Platform.Ingest.Channels;

/// <summary>
/// <c>POST /articles</c>: upload one article file as the raw body or as the first file of a multipart form. Protected by an API
/// key (<c>X-Api-Key</c>). The file goes through the intake like any other and is decoded once, by the ingest consumer, whose
/// answer the request waits for: 202 with the article id, 413 when over the size limit, 415 for unsupported types, 422 with the
/// reason when the file is not an article (every refusal is recorded like any other rejection); 202 without an article id when
/// the decoder did not answer in time (the file is on its way and will get its outcome).
/// </summary>
public static class HttpUploadEndpoint
{
    public static IEndpointRouteBuilder MapArticleUploads(this IEndpointRouteBuilder app)
    {
        app.MapPost("/articles", UploadAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> UploadAsync(HttpContext http, HttpUploadSettings settings, IngestOptions options,
        ArticleIntake intake, CancellationToken cancellationToken)
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
            return await TooLargeAsync(intake, http, cancellationToken);
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
                    return await TooLargeAsync(intake, http, cancellationToken);
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
            return await TooLargeAsync(intake, http, cancellationToken);
        }
        if (!UploadContentTypes.IsAccepted(contentType))
        {
            var detail = $"Content type '{contentType}' is not an article format; send text, HTML or JSON.";
            var refused = await intake.RefuseAsync(ArticleIdentity.SubmissionId(content), fileName, RejectionReasons.UnsupportedType, detail, cancellationToken);
            return Results.Problem(detail, statusCode: StatusCodes.Status415UnsupportedMediaType, extensions: Ids(refused));
        }

        var receipt = await intake.SubmitAndWaitForDecodingAsync(content, fileName, contentType, "http", cancellationToken);
        if (receipt.RejectionReason == RejectionReasons.TooLarge)
        {
            return Results.Problem(receipt.Detail, statusCode: StatusCodes.Status413PayloadTooLarge, extensions: Ids(receipt));
        }
        if (receipt.IsRejected)
        {
            return Results.UnprocessableEntity(new
            {
                reason = receipt.RejectionReason,
                detail = receipt.Detail,
                submissionId = receipt.SubmissionId,
                correlationId = receipt.CorrelationId,
            });
        }
        return Results.Accepted(receipt.ArticleId is { } articleId ? $"/articles/{articleId}" : null,
            new { articleId = receipt.ArticleId, submissionId = receipt.SubmissionId, correlationId = receipt.CorrelationId });
    }

    /// <summary>
    /// 413, and a recorded rejection like every other way in, so the upload has an outcome in storage too. The body was not
    /// read (or was cut off), so the intake mints the submission id for this request.
    /// </summary>
    private static async Task<IResult> TooLargeAsync(ArticleIntake intake, HttpContext http, CancellationToken cancellationToken)
    {
        var receipt = await intake.RejectUnreadBodyAsync(http.Request.ContentLength, http.Request.Query["filename"].FirstOrDefault(), cancellationToken);
        return Results.Problem(receipt.Detail, statusCode: StatusCodes.Status413PayloadTooLarge, extensions: Ids(receipt));
    }

    private static Dictionary<string, object?> Ids(IntakeReceipt receipt) =>
        new() { ["submissionId"] = receipt.SubmissionId, ["correlationId"] = receipt.CorrelationId };

    private static bool KeyMatches(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
