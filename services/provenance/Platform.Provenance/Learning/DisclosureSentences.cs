using System.Text.RegularExpressions;
using Platform.Contracts;
using Platform.Provenance.Detection;

namespace Platform.Provenance.Learning;

/// <summary>
/// The sentences of an article as the learned model sees them (the detector's own sentences: notes, then body
/// paragraphs; then the text ingest set aside as chrome), each with its features; and, for training, each labelled by whether it is part of the page's disclosure.
/// </summary>
public static class DisclosureSentences
{
    private const int MinimumLabelledLength = 8;
    private const int PrefixLength = 30;

    public sealed record Featured(TextSentence Sentence, IReadOnlyList<string> Features);

    /// <summary>
    /// Reasons for set-aside text that may hold this page's disclosure (a byline badge, a line under the headline, a bar
    /// in the navigation, a footer, a box after the article); lists of other stories, comments, scripts and the headline
    /// itself are not read.
    /// </summary>
    private static readonly HashSet<string> ChromeRead = new(StringComparer.Ordinal)
    {
        "page-chrome", "navigation", "subheadline", "byline", "copyright", "site-boilerplate", "caption", "page-jump",
        "document-info", "end-marker", OtherItem,
    };

    /// <summary>Text ingest read as another item after the article: a footer box about this text can land there, so it is
    /// read, but the detector holds it to the higher bar.</summary>
    public const string OtherItem = "other-item";

    /// <summary>Location of a sentence from set-aside chrome; its <see cref="TextSentence.NoteIndex"/> is the index in Removed.</summary>
    public const string ChromeLocation = "chrome";

    /// <summary>The notes' and body's sentences, then the sentences of the chrome ingest set aside.</summary>
    public static IReadOnlyList<Featured> Of(ArticleDocument article, string? pageLanguage)
    {
        article = Normalised(article);
        return [.. Of(ArticleSentences.Of(article), pageLanguage), .. ChromeOf(article, pageLanguage)];
    }

    internal static IReadOnlyList<Featured> Of(IReadOnlyList<ArticleSentences.Located> located, string? pageLanguage)
    {
        var paragraphs = located.Where(l => l.Sentence.Location == "body").Select(l => l.Sentence.Container + 1).DefaultIfEmpty(0).Max();
        // A run-on "sentence" is read by its head only: no disclosure is longer, and the features stay linear in the page.
        return located.Select(l => new Featured(l.Sentence, DisclosureSentenceFeatures.Of(Head(l.Sentence.Text),
            new DisclosureSentenceFeatures.Position(l.Sentence.Location == "note", l.Sentence.Location == "note" ? 0 : l.Sentence.Container,
                paragraphs, l.Standalone, l.ShortParagraph), pageLanguage))).ToList();
    }

    private static string Head(string sentence) =>
        sentence.Length > SentenceClassifier.MaxDisclosureSentenceChars ? sentence[..SentenceClassifier.MaxDisclosureSentenceChars] : sentence;

    /// <summary>The sentences of the chrome ingest set aside (of the reasons in <see cref="ChromeRead"/>), each its own short note.</summary>
    internal static IReadOnlyList<Featured> ChromeOf(ArticleDocument article, string? pageLanguage)
    {
        var list = new List<Featured>();
        var removed = article.Removed ?? [];
        for (var i = 0; i < removed.Count; i++)
        {
            if (!ChromeRead.Contains(removed[i].Reason) || string.IsNullOrWhiteSpace(removed[i].Text)) continue;
            var text = removed[i].Text;
            var spans = SentenceSplitter.Split(text);
            var position = new DisclosureSentenceFeatures.Position(false, 0, 0, spans.Count <= 3, spans.Count <= 3, removed[i].Reason);
            for (var k = 0; k < spans.Count; k++)
            {
                var (start, end) = spans[k];
                var sentence = new TextSentence(text[start..end], ChromeLocation, i, i, start, end, k == 0, k == spans.Count - 1);
                list.Add(new Featured(sentence, DisclosureSentenceFeatures.Of(sentence.Text, position, pageLanguage)));
            }
        }
        return list;
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

    private static string Fold(string text) => Regex.Replace(text.ToLowerInvariant(), @"\s+", " ", RegexOptions.None, RegexMatchTimeout.PerMatch).Trim();

    private static ArticleDocument Normalised(ArticleDocument article) => article with
    {
        Notes = article.Notes ?? [],
        Body = article.Body ?? "",
        Removed = article.Removed ?? [],
    };
}
