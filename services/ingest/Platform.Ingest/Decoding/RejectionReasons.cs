namespace Platform.Ingest.Decoding;

/// <summary>The stable reason codes ingest rejects a file with.</summary>
public static class RejectionReasons
{
    public const string EmptyFile = "empty-file";
    public const string TooLarge = "too-large";
    public const string BinaryContent = "binary-content";
    public const string UndecodableText = "undecodable-text";
    public const string NotAnArticle = "not-an-article";
    public const string InvalidJson = "invalid-json";
    public const string HtmlWithoutArticle = "html-without-article";
    public const string DecoderFailure = "decoder-failure";
}
