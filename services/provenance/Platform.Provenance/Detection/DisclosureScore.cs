using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Provenance.Detection;

/// <summary>
/// A weighed reading of a note sentence that the clause grammar did not recognise: does it say that this text is a
/// translation, in whatever words? Each feature adds its documented weight; a note sentence scoring
/// <see cref="NoteThreshold"/> or more (a short edge paragraph of the body: <see cref="EdgeThreshold"/>) is a translation
/// statement. A sentence naming neither another language nor a means of translating scores nothing: "first published in
/// English by X and republished here" is a same-language republication.
/// <list type="table">
/// <item><term>+2.0</term><description>names a language other than the page's ("Kriolu", "our French-language article").</description></item>
/// <item><term>+2.0</term><description>names this text in the page's language ("The English text", "This English page",
/// "English version", "into English", "for English-language readers").</description></item>
/// <item><term>+1.5</term><description>refers to an original or a source it was made from ("original", "first ran", "from
/// a radio script", "rendering of a report", "adapted", "broadcast").</description></item>
/// <item><term>+1.0</term><description>names a means of translating ("translation software", "an AI tool", "automatic",
/// "machine", "generative").</description></item>
/// <item><term>+1.0</term><description>speaks about this text or as the outlet ("this", "our").</description></item>
/// <item><term>-3.0</term><description>reports speech or interpretation ("said", "told", "according to", "interpreter").</description></item>
/// <item><term>-3.0</term><description>points to other versions ("also available in", "read it in", "is available in").</description></item>
/// <item><term>-3.0</term><description>names quoted material as what was translated ("interviews", "quotes", "posts", "subtitles").</description></item>
/// <item><term>-3.0</term><description>someone is at work translating something other than this text ("four translators sit ...
/// turning judgments written in Kiswahili into English"): an active verb with an object of its own is a report of the
/// work, where a note says what was done to this text ("translated from", "this article was translated").</description></item>
/// <item><term>-3.0</term><description>says the text was written in the page's own language ("reported in Spanish and Quechua
/// and written in English"): the other language is the reporting's, not the text's.</description></item>
/// </list>
/// </summary>
internal static partial class DisclosureScore
{
    public const double NoteThreshold = 4.0;
    public const double EdgeThreshold = 5.0;

    public static double Of(string sentence, string? targetLanguage)
    {
        var target = LanguageNames.Primary(targetLanguage ?? "en");
        var score = 0.0;
        var other = false;
        var page = false;
        foreach (Match m in LanguageName().Matches(sentence))
        {
            if (LanguageNames.ToTag(m.Value) is not { } tag) continue;
            if (LanguageNames.Primary(tag) == target) page = true; else other = true;
        }
        // Without another language or a means of translating, nothing was translated: "first published in English by X and
        // republished here" is a same-language republication.
        var means = Means().IsMatch(sentence);
        if (!other && !means) return 0.0;
        if (other) score += 2.0;
        if (page && PageVersion().IsMatch(sentence)) score += 2.0;
        if (OriginWords().IsMatch(sentence)) score += 1.5;
        if (means) score += 1.0;
        if (SelfWords().IsMatch(sentence)) score += 1.0;
        if (Speech().IsMatch(sentence)) score -= 3.0;
        if (Elsewhere().IsMatch(sentence)) score -= 3.0;
        if (QuotedMaterial().IsMatch(sentence)) score -= 3.0;
        if (TranslatingSomethingElse().IsMatch(sentence)) score -= 3.0;
        foreach (Match w in WrittenInLanguage().Matches(sentence))
            if (LanguageNames.ToTag(w.Groups["lang"].Value) is { } written && LanguageNames.Primary(written) == target)
            {
                score -= 3.0;
                break;
            }
        return score;
    }

    // capitalised words and pairs ("Tok Pisin"); LanguageNames decides which are languages
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\b", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex LanguageName();

    [GeneratedRegex(@"\b(?:text|page|version|edition|rendering|copy|translation|article|story|report|retelling|rendition|draft|adaptation)\b|\binto\s+\p{Lu}|\b\p{Lu}\p{Ll}+-language\s+(?:readers|audiences?|edition|service)\b|^\W*\p{Lu}\p{Ll}+\s+(?:text|version|by)\b", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex PageVersion();

    [GeneratedRegex(@"\boriginal(?:ly)?\b|\bfirst\s+(?:ran|run|written|published|aired|broadcast|carried|appeared)\b|\bfrom\s+(?:a|an|the|our|their|his|her)\s+(?:[\w-]+\s+){0,3}(?:script|broadcast|article|report|story|edition|text|dispatch|bulletin|programme|program|podcast|post|column)\b|\brendering\s+of\b|\badapted\b|\bbased\s+on\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex OriginWords();

    [GeneratedRegex(@"\btranslat\w*|\bsoftware\b|\b(?-i:AI)\b|\bartificial[\s-]intelligence\b|\bautomatic(?:ally)?\b|\bmachine\b|\bgenerative\b|\blanguage model\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Means();

    [GeneratedRegex(@"\b(?:this|our)\b|^\W*the\s+\p{Lu}\p{Ll}+\s+(?:text|version|page|edition)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SelfWords();

    [GeneratedRegex(@"\b(?:said|says|told|according\s+to|interpreter|interpreted|asked|added)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Speech();

    [GeneratedRegex(@"\b(?:interviews?|quotes?|quotations?|remarks|comments|testimon(?:y|ies)|posts|messages|letters|documents|subtitles|surtitles|captions)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex QuotedMaterial();

    [GeneratedRegex(@"\b(?:translating|translates|turning|turns|rendering|renders|converting|converts)\s+(?!(?:this|these|it|its|our|them|the\s+(?:original|article|story|text|report|piece|page|news))\b)\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,6}?\s+into\s+\p{Lu}", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex TranslatingSomethingElse();

    [GeneratedRegex(@"\b(?:written|composed|authored|drafted)\s+(?:[\p{L}'’-]+\s+){0,2}?in\s+(?<lang>\p{Lu}\p{Ll}+)", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex WrittenInLanguage();

    [GeneratedRegex(@"\b(?:also\s+available|available\s+in|read\s+(?:it|this|the\s+story)\s+in|listen\s+(?:to\s+it\s+)?in|is\s+also\s+published\s+in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Elsewhere();
}
