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
/// exception (the broker did not confirm, or returned the message because no queue is bound to receive it) leaves the caller
/// holding the file to try again. Every send and publish here is mandatory (<see cref="MandatoryDelivery"/>).
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
        await endpoint.Send<IngestArticleFile>(command, context => MandatoryDelivery.Require(context), cancellationToken);
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
            var answer = (await client.GetResponse<ArticleFileDecoded>(command, request => request.UseExecute(context =>
            {
                context.TimeToLive = null;
                MandatoryDelivery.Require(context);
            }), cancellationToken)).Message;
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

    /// <summary>
    /// Submits a file the caller already opened (the inbox opens its claimed file while holding the claim's name still, and
    /// may rename it afterwards). The caller keeps ownership of the stream.
    /// </summary>
    public Task<IntakeReceipt> SubmitOpenedFileAsync(FileStream file, string? fileName, string channel, string? redeliveryKey,
        CancellationToken cancellationToken) =>
        SubmitOpenedFileAsync(file, fileName, channel, id => CorrelationOf(redeliveryKey, id), cancellationToken);

    private async Task<IntakeReceipt> SubmitFileAsync(string path, string? fileName, string channel, Func<string, Guid> correlate,
        CancellationToken cancellationToken)
    {
        FileStream file;
        try
        {
            file = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return await RejectUnreadableAsync(path, fileName, correlate, ex, cancellationToken);
        }
        await using (file)
        {
            return await SubmitOpenedFileAsync(file, fileName, channel, correlate, cancellationToken);
        }
    }

    private async Task<IntakeReceipt> SubmitOpenedFileAsync(FileStream file, string? fileName, string channel, Func<string, Guid> correlate,
        CancellationToken cancellationToken)
    {
        byte[]? content = null;
        long length;
        string? tooLargeId = null;
        try
        {
            length = file.Length;
            if (length > options.MaxFileBytes)
            {
                tooLargeId = await ArticleIdentity.SubmissionIdOfStreamAsync(file, cancellationToken);
            }
            else
            {
                using var buffer = new MemoryStream((int)length);
                await file.CopyToAsync(buffer, cancellationToken);
                content = buffer.ToArray();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return await RejectUnreadableAsync(file.Name, fileName, correlate, ex, cancellationToken);
        }
        return tooLargeId is not null
            ? await RejectAsync(tooLargeId, correlate(tooLargeId), fileName, RejectionReasons.TooLarge, options.TooLargeDetail(length), cancellationToken)
            : await SubmitAsync(content!, fileName, contentType: null, channel, correlate, cancellationToken);
    }

    /// <summary>Records a file the way in could not even open (its id is a hash of <paramref name="path"/>).</summary>
    public Task<IntakeReceipt> RejectUnreadableAsync(string path, string? fileName, Exception error, CancellationToken cancellationToken) =>
        RejectUnreadableAsync(path, fileName, _ => NewId.NextGuid(), error, cancellationToken);

    private Task<IntakeReceipt> RejectUnreadableAsync(string path, string? fileName, Func<string, Guid> correlate, Exception error,
        CancellationToken cancellationToken)
    {
        var unreadableId = SubmissionIdOfUnreadable(Path.GetFullPath(path));
        return RejectAsync(unreadableId, correlate(unreadableId), fileName, RejectionReasons.UnreadableFile,
            $"The file could not be read: {error.Message}", cancellationToken);
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
        await bus.Publish<ArticleRejected>(ArticleRejections.AtIntake(submissionId, correlationId, fileName, reason, detail),
            context => MandatoryDelivery.Require(context), cancellationToken);
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
