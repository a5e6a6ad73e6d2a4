using System.Text.RegularExpressions;
using Platform.Contracts;
using Platform.Provenance.Detection;

namespace Platform.Provenance.Learning;

/// <summary>
/// The sentences of an article as the learned model sees them (the detector's own sentences: notes, then body
/// paragraphs), each with its features; and, for training, each labelled by whether it is part of the page's disclosure.
/// </summary>
public static class DisclosureSentences
{
    private const int MinimumLabelledLength = 8;
    private const int PrefixLength = 30;

    public sealed record Featured(TextSentence Sentence, IReadOnlyList<string> Features);

    public static IReadOnlyList<Featured> Of(ArticleDocument article, string? pageLanguage) =>
        Of(ArticleSentences.Of(Normalised(article)), pageLanguage);

    internal static IReadOnlyList<Featured> Of(IReadOnlyList<ArticleSentences.Located> located, string? pageLanguage)
    {
        var paragraphs = located.Where(l => l.Sentence.Location == "body").Select(l => l.Sentence.Container + 1).DefaultIfEmpty(0).Max();
        return located.Select(l => new Featured(l.Sentence, DisclosureSentenceFeatures.Of(l.Sentence.Text,
            new DisclosureSentenceFeatures.Position(l.Sentence.Location == "note", l.Sentence.Location == "note" ? 0 : l.Sentence.Container,
                paragraphs, l.Standalone, l.ShortParagraph), pageLanguage))).ToList();
    }

    /// <summary>
    /// Training examples from one page: every sentence, marked as a disclosure when it lies inside the disclosure text the
    /// page's truth gives (or holds it whole). A page whose truth names no disclosure gives only negative examples.
    /// </summary>
    public static IReadOnlyList<DisclosureSentenceTrainer.Example> Examples(ArticleDocument article, string? disclosure)
    {
        var wanted = disclosure is null ? null : Fold(disclosure);
        return Of(article, TranslationProvenanceDetector.PageLanguage(Normalised(article))).Select(f => new DisclosureSentenceTrainer.Example(f.Features, wanted is not null && Overlaps(Fold(f.Sentence.Text), wanted))).ToList();
    }

    private static bool Overlaps(string sentence, string disclosure) =>
        sentence.Length >= MinimumLabelledLength
        && (disclosure.Contains(sentence, StringComparison.Ordinal) || sentence.Contains(disclosure, StringComparison.Ordinal)
            || (sentence.Length > PrefixLength && disclosure.Contains(sentence[..PrefixLength], StringComparison.Ordinal)));

    private static string Fold(string text) => Regex.Replace(text.ToLowerInvariant(), @"\s+", " ").Trim();

    private static ArticleDocument Normalised(ArticleDocument article) => article with
    {
        Notes = article.Notes ?? [],
        Paragraphs = article.Paragraphs ?? [],
        Body = article.Body ?? "",
    };
}
