using Platform.Contracts;

namespace Platform.Provenance.Detection;

/// <summary>
/// The sentences of an article's notes and body paragraphs, with offsets (into the note, or into Body) and the
/// context flags the classifier needs: standalone (a short first or last paragraph) and short paragraph.
/// </summary>
internal static class ArticleSentences
{
    private const int StandaloneMaxWords = 40;

    /// <param name="ShortParagraph">The sentence's note or paragraph is short (at most 3 sentences, 45 words): where notes stand.</param>
    public sealed record Located(TextSentence Sentence, bool Standalone, string Paragraph, bool ShortParagraph);

    public static List<Located> Of(ArticleDocument article)
    {
        var list = new List<Located>();
        for (var i = 0; i < article.Notes.Count; i++)
            AddSentences(list, article.Notes[i], 0, "note", i, i, standalone: false);

        var body = article.Body ?? "";
        var paragraphs = ParagraphSpans(body);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (start, end) = paragraphs[p];
            var text = body[start..end];
            var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            var atEdge = p == 0 || p == paragraphs.Count - 1;
            // (a paragraph wholly in square brackets is an editor's aside wherever it stands: "[This is our English rendering of ...]")
            var standalone = (atEdge || IsBracketedAside(text)) && words <= StandaloneMaxWords && SentenceSplitter.Split(text).Count <= 3;
            AddSentences(list, text, start, "body", null, p, standalone);
        }
        return list;
    }

    private static bool IsBracketedAside(string paragraph)
    {
        var text = paragraph.Trim();
        return text.Length > 2 && text[0] == '[' && text[^1] == ']' && text.IndexOf(']', 1) == text.Length - 1;
    }

    private static void AddSentences(List<Located> list, string text, int offset, string location, int? noteIndex, int container,
        bool standalone)
    {
        var spans = SentenceSplitter.Split(text);
        var shortParagraph = spans.Count <= 3 && text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= 45;
        for (var k = 0; k < spans.Count; k++)
        {
            var (s, e) = spans[k];
            list.Add(new Located(
                new TextSentence(text[s..e], location, noteIndex, container, offset + s, offset + e, k == 0, k == spans.Count - 1),
                standalone, text, shortParagraph));
        }
    }

    /// <summary>Paragraph spans in Body: the stretches between its blank-line separators (what <see cref="ArticleDocument.Paragraphs"/> reads), blank ones left out.</summary>
    private static List<(int Start, int End)> ParagraphSpans(string body)
    {
        var spans = new List<(int, int)>();
        var start = 0;
        while (start <= body.Length)
        {
            var separator = body.IndexOf("\n\n", start, StringComparison.Ordinal);
            var end = separator < 0 ? body.Length : separator;
            if (!string.IsNullOrWhiteSpace(body[start..end])) spans.Add((start, end));
            if (separator < 0) break;
            start = separator + 2;
        }
        return spans;
    }
}
