using System.Text.RegularExpressions;
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
        var paragraphs = ParagraphSpans(article, body);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (start, end) = paragraphs[p];
            var text = body[start..end];
            var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            var atEdge = p == 0 || p == paragraphs.Count - 1;
            var standalone = atEdge && words <= StandaloneMaxWords && SentenceSplitter.Split(text).Count <= 3;
            AddSentences(list, text, start, "body", null, p, standalone);
        }
        return list;
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

    /// <summary>Paragraph spans in Body: found in order from <see cref="ArticleDocument.Paragraphs"/>, else split at blank lines.</summary>
    private static List<(int Start, int End)> ParagraphSpans(ArticleDocument article, string body)
    {
        var spans = new List<(int, int)>();
        var cursor = 0;
        foreach (var p in article.Paragraphs)
        {
            if (string.IsNullOrWhiteSpace(p)) continue;
            var at = body.IndexOf(p, cursor, StringComparison.Ordinal);
            if (at < 0) { spans.Clear(); break; }
            spans.Add((at, at + p.Length));
            cursor = at + p.Length;
        }
        if (spans.Count > 0 || body.Length == 0) return spans;
        foreach (Match m in Regex.Matches(body, @"[^\n]+(?:\n(?!\s*\n)[^\n]*)*"))
        {
            var t = m.Value.Trim();
            if (t.Length == 0) continue;
            var lead = m.Value.Length - m.Value.TrimStart().Length;
            spans.Add((m.Index + lead, m.Index + lead + t.Length));
        }
        return spans;
    }
}
