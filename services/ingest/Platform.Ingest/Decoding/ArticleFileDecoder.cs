using Platform.Contracts;
using Platform.Ingest.Decoding.Bytes;
using Platform.Ingest.Decoding.Html;
using Platform.Ingest.Decoding.Json;
using Platform.Ingest.Decoding.Text;

namespace Platform.Ingest.Decoding;

/// <summary>
/// Turns one submitted file into a structured article or a rejection with a stable reason code.
/// Stateless apart from lazily built shared tables: safe to share between threads and cheap to call repeatedly.
/// Never throws for bad input.
/// </summary>
public sealed class ArticleFileDecoder
{
    private readonly IngestOptions options;

    public ArticleFileDecoder(IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
    }

    /// <summary>
    /// Decodes one small article so the one-time costs (language models, compiled patterns) are paid now, before a
    /// message's processing budget starts, rather than by the first file a fresh worker reads.
    /// </summary>
    public ArticleFileDecoder WarmUp()
    {
        Decode(System.Text.Encoding.UTF8.GetBytes(
            "Council approves the harbour budget\n\nPublished: 19 Jun. 2025, 14:28\n\n"
            + "The city council approved the harbour budget on Tuesday after a long debate about the breakwater. "
            + "The vote was seven to two, and the mayor said the plan would be published next week.\n\nBY KIM MIN-JI [kim@example.com]\n"),
            "warm-up.txt", null);
        return this;
    }

    /// <param name="cancellationToken">The stage's processing budget: checked between the decoding steps. A budget that runs
    /// out, or a regex that runs past its match timeout, is thrown to the caller (not a decoder failure): the caller records
    /// <see cref="RejectionReasons.ProcessingTimeout"/>.</param>
    public IngestDecision Decode(ReadOnlySpan<byte> content, string? fileName, string? contentType, CancellationToken cancellationToken = default)
    {
        if (content.Length == 0)
            return IngestDecision.Reject(RejectionReasons.EmptyFile, "The file is empty (0 bytes).");
        if (content.Length > options.MaxFileBytes)
            return IngestDecision.Reject(RejectionReasons.TooLarge, options.TooLargeDetail(content.Length));

        var decoded = TextEncodingDecode(content, contentType);
        if (decoded.Decoded is null)
            return IngestDecision.Reject(decoded.Reason!, decoded.Detail!);
        cancellationToken.ThrowIfCancellationRequested();

        try
        {
            return DecodeText(decoded.Decoded, fileName, contentType, cancellationToken);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException or System.Text.RegularExpressions.RegexMatchTimeoutException))
        {
            return IngestDecision.Reject(RejectionReasons.DecoderFailure, $"The file could not be structured: {e.GetType().Name}: {e.Message}");
        }
    }

    private static DecodeResult TextEncodingDecode(ReadOnlySpan<byte> content, string? contentType)
    {
        var result = TextEncodingDetector.Decode(content, contentType);
        if (result.Decoded is null) return result;
        var text = TextNormalizer.Normalize(result.Decoded.Text);
        if (text.Trim().Length == 0)
            return DecodeResult.Fail(RejectionReasons.EmptyFile, "The file holds only whitespace.");
        // A few invalid bytes are replaced and reported in Warnings; more than one character in twenty is damage.
        var replacement = text.Count(c => c == '\uFFFD');
        if (replacement > 0 && replacement > text.Length / 20)
            return DecodeResult.Fail(RejectionReasons.UndecodableText,
                $"The text is damaged: {replacement} of {text.Length} characters could not be decoded as {result.Decoded.Encoding}.");
        return DecodeResult.Ok(result.Decoded with { Text = text });
    }

    /// <summary>A page saved with a few lines of text before its markup (a mirror's banner, a title): the markup is the page.</summary>
    private static DecodedText WithoutCapturePreamble(DecodedText decoded)
    {
        var start = decoded.Text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (start < 0) start = decoded.Text.IndexOf("<html", StringComparison.OrdinalIgnoreCase);
        if (start <= 0 || start > 2000 || decoded.Text[..start].Contains('<')) return decoded;
        return decoded with { Text = decoded.Text[start..] };
    }

    private static IngestDecision DecodeText(DecodedText decoded, string? fileName, string? contentType, CancellationToken cancellationToken)
    {
        var format = FormatSniffer.Detect(decoded.Text, fileName, contentType);
        cancellationToken.ThrowIfCancellationRequested();
        switch (format)
        {
            case FormatSniffer.Json:
                if (NestingDepth.JsonExceeds(decoded.Text))
                    return IngestDecision.Reject(RejectionReasons.TooDeeplyNested,
                        $"The JSON nests arrays and objects more than {NestingDepth.MaxJsonValues} deep.");
                return JsonArticleReader.Read(decoded, fileName);
            case FormatSniffer.Feed:
                if (NestingDepth.HtmlExceeds(decoded.Text))
                    return IngestDecision.Reject(RejectionReasons.TooDeeplyNested,
                        $"The feed nests elements more than {NestingDepth.MaxHtmlElements} deep.");
                // (a feed that does not parse as XML is read as the page it looks like)
                return Feed.FeedXmlReader.Read(decoded, fileName) ?? HtmlArticleReader.Read(WithoutCapturePreamble(decoded), fileName);
            case FormatSniffer.Html:
                if (NestingDepth.HtmlExceeds(decoded.Text))
                    return IngestDecision.Reject(RejectionReasons.TooDeeplyNested,
                        $"The HTML nests elements more than {NestingDepth.MaxHtmlElements} deep.");
                return HtmlArticleReader.Read(WithoutCapturePreamble(decoded), fileName);
            default:
                if (JsonArticleReader.ReadEmbedded(decoded, fileName) is { } embedded) return embedded;
                var draft = new ArticleDraft { Format = FormatSniffer.Text };
                Page.PageTextReader.Read(decoded.Text.Split('\n'), draft);
                cancellationToken.ThrowIfCancellationRequested();
                return ArticleAssembler.Build(draft, decoded, fileName, RejectionReasons.NotAnArticle);
        }
    }
}
