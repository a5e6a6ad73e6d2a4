using System.Text.RegularExpressions;
using Platform.Contracts;
using static Platform.Provenance.Detection.DisclosurePatterns;

namespace Platform.Provenance.Detection;

/// <summary>
/// Clues outside the disclosure itself that name a translated text's source: a "Source: X" credit line, an editor's line
/// saying where the original ran, a pointer in the chrome to this story in another language. Each clue comes with the
/// evidence that points at the text it was read from. Used only once a page is known to be a translation.
/// </summary>
internal static class SourceClues
{
    /// <summary>A value read from a clue, and the evidence span it was read from.</summary>
    public sealed record Clue(string Value, ProvenanceEvidence Evidence);

    private const RegexOptions Opt = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>A web address: a pointer that carries one leads to another site.</summary>
    public static readonly Regex WebAddress = new(@"https?://|www\.|\b[\w-]+\.(?:com|org|net|[a-z]{2})/", Opt, RegexMatchTimeout.PerMatch);

    private static readonly Regex SourceCreditLine = new(
        @"^\W*(?:Source|Sources|Fonte|Fuente|Quelle|Bron|Źródło|Источник|Original(?:\s+(?:article|story|source|text))?)\s*:\s*(?<pub>(?-i:\p{Lu})[\p{L}\p{M}'’.&-]*(?:\s+(?:(?:of|the|do|da|de|del|la|le|el|al|des|du|dos|das|di|van|von|wa|ya|na)\s+){0,2}(?-i:\p{Lu})[\p{L}\p{M}'’.&-]*){0,6})\s*(?:$|[,;·|(–—-])",
        Opt, RegexMatchTimeout.PerMatch);

    private static readonly Regex OriginSentence = new(
        @"\b(?:report|story|article|piece|original|column|interview|essay|feature)\b[^.;]{0,60}?\b(?:ran|appeared|was\s+(?:first\s+|originally\s+)?(?:published|printed)|first\s+published|originally\s+published|comes?\s+(?:to\s+us\s+)?from)\s+(?:first\s+|originally\s+)?(?:in|on|by|our\s+partners?\s+at|\b)|^\W*(?:originally|first)\s+(?:published|printed|appeared|ran)\s+(?:in|on|by)\b",
        Opt, RegexMatchTimeout.PerMatch);

    /// <summary>"Source: O Correio do Barlavento, 2 October 2024" in the notes, the chrome, or a short edge paragraph.</summary>
    public static Clue? CreditLine(ArticleDocument article)
    {
        for (var i = 0; i < article.Notes.Count; i++)
            if (SourceCreditLine.Match(article.Notes[i]) is { Success: true } m)
                return Found(m, "source-publication-credit-line", article.Notes[i], "note", i, 0);
        foreach (var line in article.Removed ?? [])
            if (line.Text.Length <= 160 && SourceCreditLine.Match(line.Text.Trim()) is { Success: true } m)
                return Found(m, "source-publication-credit-line", line.Text.Trim(), "chrome", null, 0);
        var paragraphs = article.Paragraphs;
        foreach (var paragraph in paragraphs.Take(2).Concat(paragraphs.TakeLast(2)))
            if (paragraph.Length <= 120 && SourceCreditLine.Match(paragraph) is { Success: true } m
                && article.Body.IndexOf(paragraph, StringComparison.Ordinal) is var at and >= 0)
                return Found(m, "source-publication-credit-line", paragraph, "body", null, at);
        return null;
    }

    /// <summary>"Milena Stoyanova's report ran in the Smolyan weekly Rodopa Dnes on 28 January." in a note or the chrome.</summary>
    public static Clue? OriginLine(ArticleDocument article, string? target)
    {
        var lines = article.Notes.Select((text, i) => (Text: text, Location: "note", NoteIndex: (int?)i))
            .Concat((article.Removed ?? []).Select(r => (Text: r.Text.Trim(), Location: "chrome", NoteIndex: (int?)null)));
        foreach (var (text, location, noteIndex) in lines.Where(l => l.Text.Length <= 300))
            foreach (var (start, end) in SentenceSplitter.Split(text))
                if (text[start..end] is var sentence && OriginSentence.IsMatch(sentence) && DisclosureParser.Parse(sentence, target).SourcePublication is { } outlet)
                    return new Clue(outlet, Span("source-publication-origin-line", text, location, noteIndex, 0));
        return null;
    }

    /// <summary>"Read this story in Portuguese" left in the chrome of a translated page: the original's language.</summary>
    public static Clue? ChromePointer(IReadOnlyList<RemovedText>? removed, string? target)
    {
        foreach (var line in removed ?? [])
        {
            var text = line.Text.Trim();
            if (text.Length > 80 || OtherLanguageVersion.Match(text) is not { Success: true } m) continue;
            if (LanguageNames.ToTag(m.Groups["lang"].Value) is { } tag && (target is null || LanguageNames.Primary(tag) != LanguageNames.Primary(target)))
                return new Clue(LanguageNames.Primary(tag), Span("original-link-in-chrome", text, "chrome", null, 0));
        }
        // "Les saken på norsk": the same pointer written in the original's language
        foreach (var line in removed ?? [])
            if (ChromeLanguages.PointedToInOwnName(line.Text, target) is { } language)
                return new Clue(language, Span("original-link-in-chrome", line.Text.Trim(), "chrome", null, 0));
        return null;
    }

    private static Clue Found(Match m, string kind, string text, string location, int? noteIndex, int at) =>
        new(m.Groups["pub"].Value.TrimEnd('.'), Span(kind, text, location, noteIndex, at));

    private static ProvenanceEvidence Span(string kind, string text, string location, int? noteIndex, int at) => new()
    {
        Kind = kind, Text = text, Location = location, NoteIndex = noteIndex, Start = at, End = at + text.Length,
    };
}
