using Platform.Contracts;
using System.Text.Json;
using Platform.Ingest.Decoding.Bytes;
using Platform.Ingest.Decoding.Html;
using Platform.Ingest.Decoding.Text;

namespace Platform.Ingest.Decoding.Json;

/// <summary>Reads a JSON file: a schema.org NewsArticle (alone, in @graph or in a list) or a simple article object.</summary>
public static class JsonArticleReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>
    /// A page copied as text that is really a JSON response with a line or two before it (a request line, a feed name):
    /// when the JSON from the first line that opens an object or array to the last closing bracket parses and holds an
    /// article with a body, that is the file. Null when the text is not such a page.
    /// </summary>
    public static IngestDecision? ReadEmbedded(DecodedText decoded, string? fileName)
    {
        var text = decoded.Text;
        var start = JsonStart(text);
        var end = Math.Max(text.LastIndexOf('}'), text.LastIndexOf(']'));
        if (start < 0 || end <= start) return null;
        var json = text[start..(end + 1)];
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            if (JsonArticleMapper.FindArticle(document.RootElement) is not { } article
                || (JsonArticleMapper.BodyText(article)?.Length ?? 0) < MinimumEmbeddedBody)
                return null;
        }
        catch (JsonException)
        {
            return null;
        }
        return Read(decoded with { Text = json }, fileName);
    }

    private const int MinimumEmbeddedBody = 200;

    /// <summary>The first line opening with '{' (or '[' then '{') within the first lines, with no bracket before it.</summary>
    private static int JsonStart(string text)
    {
        var offset = 0;
        for (var line = 0; line < 8 && offset < text.Length; line++)
        {
            var next = text.IndexOf('\n', offset);
            var current = next < 0 ? text[offset..] : text[offset..next];
            var trimmed = current.TrimStart();
            if (trimmed.StartsWith('{') || (trimmed.StartsWith('[') && trimmed.TrimStart('[', ' ', '\t').StartsWith('{')))
                return offset + (current.Length - trimmed.Length);
            if (next < 0) break;
            offset = next + 1;
        }
        return -1;
    }

    /// <param name="format">The format the article reports: <c>json</c>, or <c>feed</c> for an XML feed read through its JSON form.</param>
    public static IngestDecision Read(DecodedText decoded, string? fileName, string format = FormatSniffer.Json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(decoded.Text, Options);
        }
        catch (JsonException e)
        {
            return IngestDecision.Reject(RejectionReasons.InvalidJson,
                $"The file is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}).");
        }

        using (document)
        {
            if (JsonArticleMapper.FindArticle(document.RootElement) is not { } article)
                return IngestDecision.Reject(RejectionReasons.NotAnArticle, "The JSON holds no article: no object with a headline or a body was found.");

            var draft = new ArticleDraft { Format = format };
            JsonArticleMapper.Fill(article, draft);
            JsonArticleMapper.FillFromFeed(document.RootElement, article, draft);
            var body = JsonArticleMapper.BodyText(article) ?? "";
            IReadOnlyList<string> lines = body.Contains('<') && body.Contains('>') && FormatSniffer.Detect(body, null, null) == FormatSniffer.Html
                ? HtmlBlocks.FromFragment(body)
                : body.Split('\n');
            TextArticleParser.Parse(lines, draft);
            return ArticleAssembler.Build(draft, decoded, fileName, RejectionReasons.NotAnArticle);
        }
    }
}
