using System.Text.Json;
using Platform.Contracts;

namespace Platform.Storage.Persistence;

/// <summary>Turns an <see cref="ArticleExtracted"/> message into the rows storage writes, and rows back into records.</summary>
internal static class ArticleRowMapper
{
    public static ArticleRow ToArticleRow(ArticleExtracted message, DateTimeOffset storedAt)
    {
        var article = message.Article;
        var published = article.Published;
        var provenance = message.Provenance;
        return new ArticleRow
        {
            Id = message.ArticleId,
            SubmissionId = StoredText.Clean(message.SubmissionId),
            Headline = StoredText.Clean(article.Headline),
            Outlet = StoredText.Clean(article.Outlet),
            Url = StoredText.Clean(article.Url),
            Format = StoredText.Clean(article.Format),
            Encoding = StoredText.Clean(article.Encoding),
            Language = StoredText.Clean(article.Language),
            PublishedUtc = published?.Utc?.ToUniversalTime(),
            PublishedOffsetMinutes = published?.OffsetMinutes,
            PublishedOffsetSource = StoredText.Clean(published?.OffsetSource),
            PublishedRaw = StoredText.Clean(published?.Raw),
            PublishedLocal = StoredText.Clean(published?.Local),
            IsTranslation = provenance.IsTranslation,
            SourcePublication = StoredText.Clean(provenance.SourcePublication),
            SourceLanguage = StoredText.Clean(provenance.SourceLanguage),
            TranslationMethod = StoredText.Clean(provenance.Method),
            LanguageTag = StoredText.Clean(provenance.LanguageTag),
            AuthorNames = article.Authors.Count == 0 ? null : StoredText.Clean(string.Join('\n', article.Authors.Select(a => a.Name))),
            HumanEdited = provenance.HumanEdited,
            HasSuspicion = provenance.Suspicion is not null,
            AiActStatus = StoredText.Clean(provenance.AiAct?.Status),
            Body = StoredText.Clean(article.Body),
            DocumentJson = JsonSerializer.Serialize(article, ArticleJson.Stored),
            ProvenanceJson = JsonSerializer.Serialize(provenance, ArticleJson.Stored),
            ExtractionJson = JsonSerializer.Serialize(message.Extraction, ArticleJson.Stored),
            StoredAt = storedAt.ToUniversalTime(),
        };
    }

    public static SubmissionRow ToLedgerRow(ArticleExtracted message, string status, DateTimeOffset recordedAt) => new()
    {
        CorrelationId = message.CorrelationId,
        SubmissionId = StoredText.Clean(message.SubmissionId),
        FileName = StoredText.Clean(message.Article.FileName),
        Status = status,
        ArticleId = message.ArticleId,
        RecordedAt = recordedAt.ToUniversalTime(),
    };

    public static SubmissionRow ToLedgerRow(ArticleRejected message, DateTimeOffset recordedAt) => new()
    {
        CorrelationId = message.CorrelationId,
        SubmissionId = StoredText.Clean(message.SubmissionId),
        FileName = StoredText.Clean(message.FileName),
        Status = SubmissionStatus.Rejected,
        ArticleId = message.ArticleId,
        Stage = StoredText.Clean(message.Stage),
        Reason = StoredText.Clean(message.Reason),
        Detail = StoredText.Clean(message.Detail),
        RecordedAt = recordedAt.ToUniversalTime(),
    };

    /// <summary>One row per entity mention, numbered in order; an entity without mentions still gets a row.</summary>
    public static List<ArticleEntityRow> ToEntityRows(Guid articleId, ArticleExtraction extraction)
    {
        var rows = new List<ArticleEntityRow>();
        foreach (var entity in extraction.Entities)
        {
            if (entity.Mentions.Count == 0)
            {
                rows.Add(new ArticleEntityRow
                {
                    ArticleId = articleId,
                    Ordinal = rows.Count,
                    EntityId = StoredText.Clean(entity.Id),
                    Type = StoredText.Clean(entity.Type),
                    Canonical = StoredText.Clean(entity.Canonical),
                    Role = StoredText.Clean(entity.Role),
                });
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                rows.Add(new ArticleEntityRow
                {
                    ArticleId = articleId,
                    Ordinal = rows.Count,
                    EntityId = StoredText.Clean(entity.Id),
                    Type = StoredText.Clean(entity.Type),
                    Canonical = StoredText.Clean(entity.Canonical),
                    Role = StoredText.Clean(mention.Role ?? entity.Role),
                    Text = StoredText.Clean(mention.Text),
                    Start = mention.Start,
                    End = mention.End,
                    MentionKind = StoredText.Clean(mention.MentionKind),
                });
            }
        }

        return rows;
    }

    public static List<ArticleQuoteRow> ToQuoteRows(Guid articleId, ArticleExtraction extraction) =>
        extraction.Quotes.Select((quote, ordinal) => new ArticleQuoteRow
        {
            ArticleId = articleId,
            Ordinal = ordinal,
            Speaker = StoredText.Clean(quote.Speaker),
            Text = StoredText.Clean(quote.Text),
            Start = quote.Start,
            End = quote.End,
            Verb = StoredText.Clean(quote.Verb),
            Confidence = double.IsFinite(quote.Confidence) ? quote.Confidence : 0, // SQLite turns NaN into NULL
            Translated = quote.Translated,
        }).ToList();

    public static StoredArticle ToStoredArticle(ArticleRow row) => new(
        row.Id,
        row.SubmissionId,
        Column<ArticleDocument>(row.DocumentJson, "document_json"),
        Column<TranslationProvenance>(row.ProvenanceJson, "provenance_json"),
        Column<ArticleExtraction>(row.ExtractionJson, "extraction_json"),
        row.StoredAt);

    public static SubmissionRecord ToSubmissionRecord(SubmissionRow row) => new(
        row.CorrelationId,
        row.SubmissionId,
        row.FileName,
        row.Status,
        row.ArticleId,
        row.Stage,
        row.Reason,
        row.Detail,
        row.RecordedAt);

    private static T Column<T>(string json, string column) =>
        JsonSerializer.Deserialize<T>(json, ArticleJson.Stored)
        ?? throw new InvalidOperationException($"Column '{column}' holds JSON null where a {typeof(T).Name} was expected.");
}
