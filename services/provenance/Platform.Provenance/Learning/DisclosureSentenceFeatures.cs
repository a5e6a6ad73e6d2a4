using System.Text.RegularExpressions;
using Platform.Provenance.Detection;
using Platform.Contracts;

namespace Platform.Provenance.Learning;

/// <summary>
/// The features the learned disclosure-sentence model reads from one sentence of a page: where it stands (a note, the
/// first, last or a middle paragraph, alone in a short paragraph, or text ingest set aside as chrome, with its reason), its shape (length, a leading bracket or mark, quotation
/// marks, a capitalised name, an address), the word classes the rules also use (a translation word in English or in
/// another language, a self-reference, a named language other than the page's), and its words: lower-cased, cut to their
/// first six letters, with every language name read as one token, as single words and adjacent pairs. The same function
/// serves training and detection, so a model file and the code that reads it cannot drift apart.
/// </summary>
public static class DisclosureSentenceFeatures
{
    private const int StemLength = 6;

    private static readonly Regex LanguageName = new(@"(?<![\p{L}])(?:" + LanguageNames.Pattern + @")(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex Word = new(@"\p{L}+", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);
    private static readonly Regex LeadingMark = new(@"^\s*[\[\(\*_—–•·※ⓘ>-]", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);
    private static readonly Regex QuotationMark = new("[\"“”«»„]", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);
    private static readonly Regex CapitalisedPair = new(@"\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);
    private static readonly Regex Address = new(@"https?://|www\.|\.\w{2,3}/", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);
    private static readonly Regex EnglishTranslationWord = new(@"\btranslat", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    /// <summary>Where a sentence stands on the page.</summary>
    /// <param name="InNote">The sentence is in one of the article's notes (a line the reader set apart from the body).</param>
    /// <param name="Paragraph">Its body paragraph's index (0 for notes).</param>
    /// <param name="Paragraphs">How many body paragraphs the article has.</param>
    /// <param name="Standalone">A short first or last paragraph of its own.</param>
    /// <param name="ShortParagraph">Its note or paragraph has at most three sentences and 45 words.</param>
    /// <param name="ChromeReason">For text ingest set aside as page chrome: its reason code (<c>navigation</c>, <c>subheadline</c> ...).</param>
    public readonly record struct Position(bool InNote, int Paragraph, int Paragraphs, bool Standalone, bool ShortParagraph, string? ChromeReason = null);

    public static IReadOnlyList<string> Of(string sentence, Position position, string? pageLanguage)
    {
        var features = new List<string>(64) { "bias", "where=" + Where(position) };
        if (position.ChromeReason is { } reason) features.Add("chrome=" + reason);
        if (position.Standalone) features.Add("standalone");
        if (position.ShortParagraph) features.Add("short-paragraph");
        if (LeadingMark.IsMatch(sentence)) features.Add("leading-mark");
        if (QuotationMark.IsMatch(sentence)) features.Add("quotation-mark");
        if (CapitalisedPair.IsMatch(sentence)) features.Add("capitalised-pair");
        if (Address.IsMatch(sentence)) features.Add("address");
        if (EnglishTranslationWord.IsMatch(sentence)) features.Add("translation-word");
        if (ForeignNoteLexicon.Trigger.IsMatch(sentence)) features.Add("foreign-translation-word");
        if (DisclosurePatterns.SelfReference.IsMatch(sentence) || ForeignNoteLexicon.SelfReference.IsMatch(sentence)) features.Add("self-reference");
        var page = LanguageNames.Primary(string.IsNullOrWhiteSpace(pageLanguage) ? "en" : pageLanguage);
        var languages = LanguageName.Matches(sentence).Select(m => LanguageNames.ToTag(m.Value)).OfType<string>().Select(LanguageNames.Primary).ToList();
        if (languages.Any(l => l != page)) features.Add("other-language");
        if (languages.Any(l => l == page)) features.Add("page-language");

        var words = Word.Matches(LanguageName.Replace(sentence, " LANGUAGE ")).Select(m => Stem(m.Value)).ToList();
        features.Add("length=" + (words.Count < 6 ? "short" : words.Count < 15 ? "medium" : words.Count < 30 ? "long" : "very-long"));
        var previous = "^";
        foreach (var word in words)
        {
            features.Add("w=" + word);
            features.Add("p=" + previous + "_" + word);
            previous = word;
        }
        return features;
    }

    private static string Where(Position p) =>
        p.ChromeReason is not null ? "chrome"
        : p.InNote ? "note"
        : p.Paragraph == 0 ? "first"
        : p.Paragraph == p.Paragraphs - 1 ? "last"
        : p.Paragraph < 3 ? "early"
        : p.Paragraph >= p.Paragraphs - 3 ? "late"
        : "middle";

    private static string Stem(string word)
    {
        if (word == "LANGUAGE") return word;
        var lower = word.ToLowerInvariant();
        return lower.Length > StemLength ? lower[..StemLength] : lower;
    }
}
