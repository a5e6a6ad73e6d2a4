namespace Platform.Messaging;

/// <summary>Queue names, chosen to read like the pipeline in the RabbitMQ dashboard.</summary>
public static class QueueNames
{
    /// <summary>Raw file bytes as dropped by any AMQP client, the dashboard, the inbox watcher or <c>platform submit</c>.</summary>
    public const string RawIngest = "ingest";
    /// <summary>The MassTransit endpoint that decodes a submitted file (<c>IngestArticleFile</c>).</summary>
    public const string IngestFiles = "ingest-files";
    public const string Provenance = "provenance";
    public const string Extraction = "extraction";
    public const string Storage = "storage";
    public const string StorageRejections = "storage-rejections";
}
