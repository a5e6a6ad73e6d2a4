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
            SubmissionId = message.SubmissionId,
            Headline = article.Headline,
            Outlet = article.Outlet,
            Url = article.Url,
            Format = article.Format,
            Encoding = article.Encoding,
            Language = article.Language,
            PublishedUtc = published?.Utc?.ToUniversalTime(),
            PublishedOffsetMinutes = published?.OffsetMinutes,
            PublishedOffsetSource = published?.OffsetSource,
            PublishedRaw = published?.Raw,
            PublishedLocal = published?.Local,
            IsTranslation = provenance.IsTranslation,
            SourcePublication = provenance.SourcePublication,
            SourceLanguage = provenance.SourceLanguage,
            TranslationMethod = provenance.Method,
            LanguageTag = provenance.LanguageTag,
            Body = article.Body,
            DocumentJson = ArticleJson.Serialize(article),
            ProvenanceJson = ArticleJson.Serialize(provenance),
            ExtractionJson = ArticleJson.Serialize(message.Extraction),
            StoredAt = storedAt.ToUniversalTime(),
        };
    }

    public static SubmissionRow ToLedgerRow(ArticleExtracted message, string status, DateTimeOffset recordedAt) => new()
    {
        CorrelationId = message.CorrelationId,
        SubmissionId = message.SubmissionId,
        FileName = message.Article.FileName,
        Status = status,
        ArticleId = message.ArticleId,
        RecordedAt = recordedAt.ToUniversalTime(),
    };

    public static SubmissionRow ToLedgerRow(ArticleRejected message, DateTimeOffset recordedAt) => new()
    {
        CorrelationId = message.CorrelationId,
        SubmissionId = message.SubmissionId,
        FileName = message.FileName,
        Status = SubmissionStatus.Rejected,
        ArticleId = message.ArticleId,
        Stage = message.Stage,
        Reason = message.Reason,
        Detail = message.Detail,
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
                    EntityId = entity.Id,
                    Type = entity.Type,
                    Canonical = entity.Canonical,
                    Role = entity.Role,
                });
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                rows.Add(new ArticleEntityRow
                {
                    ArticleId = articleId,
                    Ordinal = rows.Count,
                    EntityId = entity.Id,
                    Type = entity.Type,
                    Canonical = entity.Canonical,
                    Role = mention.Role ?? entity.Role,
                    Text = mention.Text,
                    Start = mention.Start,
                    End = mention.End,
                    MentionKind = mention.MentionKind,
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
            Speaker = quote.Speaker,
            Text = quote.Text,
            Start = quote.Start,
            End = quote.End,
            Verb = quote.Verb,
            Confidence = quote.Confidence,
            Translated = quote.Translated,
        }).ToList();

    public static StoredArticle ToStoredArticle(ArticleRow row) => new(
        row.Id,
        row.SubmissionId,
        ArticleJson.Deserialize<ArticleDocument>(row.DocumentJson, "document_json"),
        ArticleJson.Deserialize<TranslationProvenance>(row.ProvenanceJson, "provenance_json"),
        ArticleJson.Deserialize<ArticleExtraction>(row.ExtractionJson, "extraction_json"),
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
}
