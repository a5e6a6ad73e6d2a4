namespace Platform.Contracts;

/// <summary>
/// The stable reason codes a submission is rejected with (<see cref="ArticleRejected.Reason"/>), whichever way it came
/// in and whichever stage refused it.
/// </summary>
public static class RejectionReasons
{
    /// <summary>The file has no bytes, or only whitespace.</summary>
    public const string EmptyFile = "empty-file";
    /// <summary>The file is larger than the configured limit.</summary>
    public const string TooLarge = "too-large";
    /// <summary>The bytes are an image, archive, PDF or other binary format.</summary>
    public const string BinaryContent = "binary-content";
    /// <summary>Too much of the text could not be decoded in any supported encoding.</summary>
    public const string UndecodableText = "undecodable-text";
    /// <summary>The text holds no article (no body, a listing page, a bare list of links).</summary>
    public const string NotAnArticle = "not-an-article";
    /// <summary>The file claims to be JSON but does not parse.</summary>
    public const string InvalidJson = "invalid-json";
    /// <summary>An HTML page in which no article container was found.</summary>
    public const string HtmlWithoutArticle = "html-without-article";
    /// <summary>The decoder threw on this file (a bug; the file is kept in the rejection).</summary>
    public const string DecoderFailure = "decoder-failure";
    /// <summary>The file could not be read from disk by the command line.</summary>
    public const string UnreadableFile = "unreadable-file";
    /// <summary>The inbox was handed a symbolic link rather than a file.</summary>
    public const string SymlinkRefused = "symlink-refused";
    /// <summary>The inbox was handed something that is not a file: a directory, a named pipe (FIFO), a socket or a device.</summary>
    public const string NotARegularFile = "not-a-regular-file";
    /// <summary>An upload declared a content type that is not an article format (an image, an archive).</summary>
    public const string UnsupportedType = "unsupported-type";
    /// <summary>A stage's own logic failed on the article.</summary>
    public const string StageFailure = "stage-failure";
    /// <summary>Storage could not store the article after retrying.</summary>
    public const string StorageFailure = "storage-failure";
    /// <summary>
    /// RabbitMQ dead-lettered a message of this submission: it was handed out more often than the queue's delivery limit
    /// (it crashed or hung every consumer that took it) and no outcome had been recorded for it. The detail names the
    /// queue and RabbitMQ's reason.
    /// </summary>
    public const string PoisonMessage = "poison-message";
    /// <summary>
    /// The stage's work on this article ran past its processing budget (<c>Processing__BudgetSeconds</c>, default 30 s) or a
    /// regular expression ran past its match timeout on the text: hostile or pathological input. Not retried.
    /// </summary>
    public const string ProcessingTimeout = "processing-timeout";
    /// <summary>The file nests deeper than the stage reads (HTML elements or JSON values beyond the configured depth).</summary>
    public const string TooDeeplyNested = "too-deeply-nested";
    /// <summary>A path given to the command line names no file or folder (nothing was submitted or stored).</summary>
    public const string NotFound = "not-found";
    /// <summary>The command line waited and no outcome arrived.</summary>
    public const string NoOutcome = "no-outcome";
}
