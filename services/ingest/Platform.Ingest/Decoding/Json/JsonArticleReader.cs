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

    public static IngestDecision Read(DecodedText decoded, string? fileName)
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

            var draft = new ArticleDraft { Format = FormatSniffer.Json };
            JsonArticleMapper.Fill(article, draft);
            var body = JsonArticleMapper.BodyText(article) ?? "";
            IReadOnlyList<string> lines = body.Contains('<') && body.Contains('>') && FormatSniffer.Detect(body, null, null) == FormatSniffer.Html
                ? HtmlBlocks.FromFragment(body)
                : body.Split('\n');
            TextArticleParser.Parse(lines, draft);
            return ArticleAssembler.Build(draft, decoded, fileName, RejectionReasons.NotAnArticle);
        }
    }
}
