namespace Platform.Messaging;

/// <summary>Queue names, chosen to read like the pipeline in the RabbitMQ dashboard.</summary>
public static class QueueNames
{
    /// <summary>Raw file bytes as dropped by any AMQP client, the dashboard, the inbox watcher or <c>platform submit</c>.</summary>
    public const string RawIngest = "ingest";
    /// <summary>The fanout exchange bound to <see cref="RawIngest"/>: the submit path (the <c>submit</c> user may write only here).</summary>
    public const string RawIngestExchange = "ingest";
    /// <summary>The MassTransit endpoint that decodes a submitted file (<c>IngestArticleFile</c>).</summary>
    public const string IngestFiles = "ingest-files";

    /// <summary>
    /// Where <c>IngestArticleFile</c> commands are sent: the endpoint's exchange, not <c>queue:</c> (a <c>queue:</c> send address would
    /// declare the queue as a classic queue, which RabbitMQ refuses once the endpoint made it a quorum queue).
    /// </summary>
    public static Uri IngestFilesAddress { get; } = new($"exchange:{IngestFiles}");
    public const string Provenance = "provenance";
    public const string Extraction = "extraction";
    public const string Storage = "storage";
    public const string StorageRejections = "storage-rejections";
    /// <summary>Articles whose storing failed for good, recorded as rejections.</summary>
    public const string StorageFaults = "storage-faults";
    /// <summary>
    /// Messages RabbitMQ dead-lettered from any stage queue (over its delivery limit): an exchange and a quorum queue of this
    /// name. Storage records each as a <c>poison-message</c> rejection.
    /// </summary>
    public const string DeadLetters = "dead-letters";
    /// <summary>MassTransit's queue of messages that failed for good on <paramref name="queue"/>.</summary>
    public static string ErrorQueueOf(string queue) => queue + "_error";
    public const string ErrorSuffix = "_error";

    /// <summary>Every durable endpoint queue of the pipeline, in pipeline order (their <c>_error</c> queues are the failures).</summary>
    public static IReadOnlyList<string> Endpoints { get; } = [IngestFiles, Provenance, Extraction, Storage, StorageRejections, StorageFaults, DeadLetters];
}
