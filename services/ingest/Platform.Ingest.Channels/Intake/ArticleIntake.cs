using System.Security.Cryptography;
using MassTransit;
using Platform.Contracts;
using Platform.Ingest.Decoding;
using Platform.Messaging;

namespace Platform.Ingest.Intake;

/// <summary>
/// The one way into the pipeline that every channel (inbox, raw AMQP queue, HTTP, the command line) goes through: it checks
/// the size limit, mints the submission and correlation ids, and either sends the file to <c>ingest-files</c> or records its
/// rejection, worded alike whichever way the file came in. Nothing is lost: a file gets a command or a rejection, and an
/// exception (the broker did not confirm) leaves the caller holding the file to try again.
/// </summary>
public sealed class ArticleIntake(IngestOptions options, IBus bus)
{
    /// <summary>How long a way in that waits for the decoder's answer (HTTP) waits before answering "pending".</summary>
    public static readonly TimeSpan DecodeWait = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Submits bytes in hand. <paramref name="redeliveryKey"/> (a message id, a claimed file's name and time) makes a second
    /// submission of the same bytes under the same key keep its correlation id, so storage counts it as a redelivery.
    /// </summary>
    public Task<IntakeReceipt> SubmitAsync(byte[] content, string? fileName, string? contentType, string channel,
        string? redeliveryKey, CancellationToken cancellationToken) =>
        SubmitAsync(content, fileName, contentType, channel, id => CorrelationOf(redeliveryKey, id), cancellationToken);

    private async Task<IntakeReceipt> SubmitAsync(byte[] content, string? fileName, string? contentType, string channel,
        Func<string, Guid> correlate, CancellationToken cancellationToken)
    {
        var submissionId = ArticleIdentity.SubmissionId(content);
        var correlationId = correlate(submissionId);
        if (content.Length > options.MaxFileBytes)
        {
            return await RejectAsync(submissionId, correlationId, fileName, RejectionReasons.TooLarge, options.TooLargeDetail(content.Length), cancellationToken);
        }
        var command = Command(content, submissionId, correlationId, fileName, contentType, channel);
        var endpoint = await bus.GetSendEndpoint(QueueNames.IngestFilesAddress);
        await endpoint.Send(command, cancellationToken);
        return new IntakeReceipt(submissionId, correlationId);
    }

    /// <summary>
    /// Submits bytes in hand and waits (up to <see cref="DecodeWait"/>) for the decoder's answer: the article id or its
    /// rejection. The file is decoded once, by the ingest consumer. When no answer comes in time the file is still on its way
    /// and the receipt carries neither.
    /// </summary>
    public async Task<IntakeReceipt> SubmitAndWaitForDecodingAsync(byte[] content, string? fileName, string? contentType, string channel,
        CancellationToken cancellationToken)
    {
        var submissionId = ArticleIdentity.SubmissionId(content);
        var correlationId = CorrelationOf(null, submissionId);
        if (content.Length > options.MaxFileBytes)
        {
            return await RejectAsync(submissionId, correlationId, fileName, RejectionReasons.TooLarge, options.TooLargeDetail(content.Length), cancellationToken);
        }
        var command = Command(content, submissionId, correlationId, fileName, contentType, channel);
        var client = bus.CreateRequestClient<IngestArticleFile>(QueueNames.IngestFilesAddress, RequestTimeout.After(s: (int)DecodeWait.TotalSeconds));
        try
        {
            // A request message would otherwise expire with the wait (MassTransit sets its time-to-live to the timeout), and a
            // file that waited longer in the queue would be lost; the file must be decoded however long the answer takes.
            var answer = (await client.GetResponse<ArticleFileDecoded>(command, request => request.UseExecute(context => context.TimeToLive = null), cancellationToken)).Message;
            return new IntakeReceipt(submissionId, correlationId)
            {
                ArticleId = answer.ArticleId,
                RejectionReason = answer.RejectionReason,
                Detail = answer.Detail,
            };
        }
        catch (RequestTimeoutException)
        {
            return new IntakeReceipt(submissionId, correlationId);
        }
        catch (RequestFaultException fault)
        {
            // The ingest stage failed on the file after its retries; the fault path records the rejection, this answers the way in.
            return new IntakeReceipt(submissionId, correlationId)
            {
                RejectionReason = RejectionReasons.StageFailure,
                Detail = $"The {PipelineStages.Ingest} stage could not process this file: {fault.Fault?.Exceptions.FirstOrDefault()?.Message ?? fault.Message}",
            };
        }
    }

    /// <summary>Submits a file on disk: its size is checked before it is read, and a file that cannot be read is recorded as such.</summary>
    public Task<IntakeReceipt> SubmitFileAsync(string path, string? fileName, string channel, string? redeliveryKey,
        CancellationToken cancellationToken) =>
        SubmitFileAsync(path, fileName, channel, id => CorrelationOf(redeliveryKey, id), cancellationToken);

    /// <summary>Submits a file on disk under a correlation id the caller already waits on (the command line).</summary>
    public Task<IntakeReceipt> SubmitFileAsync(string path, string? fileName, string channel, Guid correlationId,
        CancellationToken cancellationToken) =>
        SubmitFileAsync(path, fileName, channel, _ => correlationId, cancellationToken);

    private async Task<IntakeReceipt> SubmitFileAsync(string path, string? fileName, string channel, Func<string, Guid> correlate,
        CancellationToken cancellationToken)
    {
        byte[] content;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxFileBytes)
            {
                var bigId = await ArticleIdentity.SubmissionIdOfFileAsync(path, cancellationToken);
                return await RejectAsync(bigId, correlate(bigId), fileName, RejectionReasons.TooLarge,
                    options.TooLargeDetail(length), cancellationToken);
            }
            content = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var unreadableId = SubmissionIdOfUnreadable(Path.GetFullPath(path));
            return await RejectAsync(unreadableId, correlate(unreadableId), fileName, RejectionReasons.UnreadableFile,
                $"The file could not be read: {ex.Message}", cancellationToken);
        }
        return await SubmitAsync(content, fileName, contentType: null, channel, correlate, cancellationToken);
    }

    /// <summary>A body too large to read (HTTP's declared or cut-off length): the submission id is minted for this request.</summary>
    public Task<IntakeReceipt> RejectUnreadBodyAsync(long? declaredLength, string? fileName, CancellationToken cancellationToken) =>
        RejectAsync("unread-" + NewId.NextGuid().ToString("N"), NewId.NextGuid(), fileName, RejectionReasons.TooLarge,
            declaredLength is { } length ? options.TooLargeDetail(length) : options.TooLargeDetail(), cancellationToken);

    /// <summary>A file the way in refuses before decoding for its own reason (a symbolic link, a type it does not take).</summary>
    public Task<IntakeReceipt> RefuseAsync(string submissionId, string? fileName, string reason, string detail, CancellationToken cancellationToken) =>
        RejectAsync(submissionId, NewId.NextGuid(), fileName, reason, detail, cancellationToken);

    /// <summary>The submission id of a file whose bytes could not be read: a hash of its path, so a re-run finds the same id.</summary>
    public static string SubmissionIdOfUnreadable(string path) =>
        "unread-" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(path)));

    /// <summary>The same key and the same bytes give the same correlation id (a redelivery); without a key every submission is new.</summary>
    public static Guid CorrelationOf(string? redeliveryKey, string submissionId) =>
        string.IsNullOrWhiteSpace(redeliveryKey) ? NewId.NextGuid() : ArticleIdentity.NameBased(redeliveryKey + "\n" + submissionId);

    private async Task<IntakeReceipt> RejectAsync(string submissionId, Guid correlationId, string? fileName, string reason, string detail,
        CancellationToken cancellationToken)
    {
        await bus.Publish(ArticleRejections.AtIntake(submissionId, correlationId, fileName, reason, detail), cancellationToken);
        return new IntakeReceipt(submissionId, correlationId) { RejectionReason = reason, Detail = detail, RejectedAtIntake = true };
    }

    private static IngestArticleFile Command(byte[] content, string submissionId, Guid correlationId, string? fileName, string? contentType,
        string channel) => new()
    {
        SubmissionId = submissionId,
        CorrelationId = correlationId,
        FileName = fileName,
        ContentType = string.IsNullOrWhiteSpace(contentType) ? null : contentType,
        Channel = channel,
        SubmittedAt = DateTimeOffset.UtcNow,
        Content = content,
    };
}
