using Platform.Contracts;
using Platform.Extraction.Dates;
using Platform.Extraction.Entities;
using Platform.Extraction.Identifiers;
using Platform.Extraction.Quantities;
using Platform.Extraction.Quotes;

namespace Platform.Extraction;

/// <summary>
/// Runs every extractor over an article body: entities, dates, quantities, quotes and identifiers.
/// Extraction is attempted for English (and for bodies whose language could not be told); other languages get a
/// visible "not attempted" reason instead of guesses.
/// </summary>
public sealed class ArticleExtractor(
    EntityExtractor entities,
    DateExpressionExtractor dates,
    QuantityExtractor quantities,
    QuoteExtractor quotes,
    IdentifierExtractor identifiers)
{
    public static readonly string Version =
        $"extraction-1.0 ({EntityExtractor.Version}; {DateExpressionExtractor.Version}; {QuantityExtractor.Version}; {QuoteExtractor.Version})";

    public static ArticleExtractor CreateDefault() => new(
        EntityExtractor.CreateDefault(), new DateExpressionExtractor(), new QuantityExtractor(), new QuoteExtractor(),
        new IdentifierExtractor());

    /// <param name="cancellationToken">The stage's processing budget: checked between the extractors.</param>
    public ArticleExtraction Extract(ArticleDocument article, TranslationProvenance? provenance, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var language = article.Language;
        if (language is not null && !IsEnglish(language))
        {
            return new ArticleExtraction
            {
                Language = language,
                Attempted = false,
                NotAttemptedReason =
                    $"Entity, date, quantity and quote extraction is not supported for language '{language}'; only English is.",
                ExtractorVersion = Version,
                Identifiers = identifiers.Extract(article.Body, "body"),
            };
        }

        var body = article.Body;
        var found = entities.Extract(body);
        var translated = provenance?.IsTranslation == true;
        cancellationToken.ThrowIfCancellationRequested();
        var foundDates = DatesOf(article);
        cancellationToken.ThrowIfCancellationRequested();
        var foundQuantities = quantities.Extract(body);
        cancellationToken.ThrowIfCancellationRequested();
        var foundQuotes = quotes.Extract(body, found, translated);
        cancellationToken.ThrowIfCancellationRequested();
        return new ArticleExtraction
        {
            Language = language,
            Attempted = true,
            ExtractorVersion = Version,
            Entities = found,
            Dates = foundDates,
            Quantities = foundQuantities,
            Quotes = foundQuotes,
            Identifiers = identifiers.Extract(body, "body"),
        };
    }

    private static bool IsEnglish(string language) =>
        language.Equals("en", StringComparison.OrdinalIgnoreCase)
        || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The body's dates, then the dateline's ("SEOUL, June 19 (Yonhap)"), marked with their source. Relative dates count
    /// from the publication time, or, when a page gives only an update time ("Last updated 17/02/2025 6:48pm"), from that:
    /// the nearest statement of "now" the page makes.
    /// </summary>
    private IReadOnlyList<ExtractedDate> DatesOf(ArticleDocument article)
    {
        var (now, anchorName) = article.Published is not null ? (article.Published, "publication date") : (article.Modified, "update time");
        var found = dates.Extract(article.Body, now, anchorName);
        if (string.IsNullOrWhiteSpace(article.Dateline)) return found;
        var inDateline = dates.Extract(article.Dateline, now, anchorName);
        return inDateline.Count == 0 ? found : [.. found, .. inDateline.Select(d => d with { Source = DateSources.Dateline })];
    }
}
