using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Text;

/// <summary>
/// Recognizes short note-like lines that belong to the article but not to its body: translation and AI notes,
/// editor's notes, corrections, "originally appeared" lines, author bios. A body paragraph that merely talks
/// about translation ("The book was translated into 30 languages.") is not a note: a note either opens like one,
/// is labelled or bracketed, or refers to the article itself.
/// </summary>
public static partial class NoteRecognizer
{
    public static bool IsNote(string line) => Recognise(line) != Strength.None;

    /// <summary>
    /// A line that is a note only because it names a tool or AI with translation, without a note's label, opening or
    /// reference to this text ("Taiwan's platforms bet on AI translation. Their translators are not so sure."): in a
    /// headline's place it may be the headline.
    /// </summary>
    public static bool IsToolMentionOnly(string line) => Recognise(line) == Strength.ToolMention;

    private enum Strength { None, ToolMention, Note }

    private static Strength Recognise(string line)
    {
        if (line.Length < 8 || line.Length > 600) return Strength.None;
        if (LabelledNote().IsMatch(line)) return Strength.Note;
        if (IsLanguageCredit(line)) return Strength.Note;
        if (Bracketed().IsMatch(line) && NoteKeywords().IsMatch(line)) return Strength.Note;
        if (line.Length > 320 || !NoteKeywords().IsMatch(line)) return Strength.None;
        // "Each bulletin ends with a line on screen: "This programme was translated ..."": someone else's note quoted in a
        // report. The line is judged by its own words outside the quotation.
        var frame = Quotation().Replace(line, "\"\"");
        var judged = frame.Length < line.Length - 20 ? frame : line;
        if (!NoteKeywords().IsMatch(judged)) return Strength.None;
        if (NoteOpening().IsMatch(judged)) return Strength.Note;
        if (line.Length > 220 || StartsWithQuote(line) || ReportingVerb().IsMatch(judged) || SentenceCount(line) > 2) return Strength.None;
        if (SelfReference().IsMatch(judged)) return Strength.Note;
        // A tool named with translation, without a note's opening or a reference to this text, is a note only as a
        // sentence: a title-shaped line ("Dearborn's new AI translation tool gets mixed reviews") is a headline about it.
        return TranslationTool().IsMatch(judged) && SentenceClose().IsMatch(line) ? Strength.ToolMention : Strength.None;
    }

    /// <summary>
    /// "English: Tomasz Hale", "English: Hamid Nuristani, from the Pashto", "Galician text: A (Outlet, 12.03.2025) · In
    /// English: B", "Amharic original: A (Outlet) / English: B, language desk": languages named as labels before persons'
    /// names credit who wrote the text in each language (the original's writer and the translator). Every part of the line
    /// must be such a credit and every label a language's name in the culture data, not any capitalised word ("Photos:
    /// ...", "Source: ...").
    /// A part may also credit a person with a role label in parentheses in any language ("Ingrid Haugland (tekst)",
    /// "Even Brattli (foto)") or a translation ("rendered into English by Tor Eirik Lund", "translated by B"), as long as
    /// one part of the line credits a language or a translation.
    /// </summary>
    public static bool IsLanguageCredit(string line) => LanguageCredits(line).Count > 0;

    /// <summary>The credits of a language credit line, in order, each with its language label ("" for a role credit):
    /// "Galician text: A · In English: B" gives (Galician, A), (English, B).</summary>
    public static IReadOnlyList<(string Language, string Credit)> LanguageCredits(string line)
    {
        if (line.Length > 240) return [];
        var credits = new List<(string Language, string Credit)>();
        var languageOrTranslation = false;
        foreach (var part in CreditSeparator().Split(line.Trim()))
        {
            if (LanguageCredit().Match(part) is { Success: true } labelled && LanguageNamesInEnglish.Contains(labelled.Groups["lang"].Value))
            {
                credits.Add((labelled.Groups["lang"].Value, labelled.Groups["credit"].Value));
                languageOrTranslation = true;
            }
            else if (TranslationCredit().Match(part) is { Success: true } translated
                     && (!translated.Groups["lang"].Success || LanguageNamesInEnglish.Contains(translated.Groups["lang"].Value))
                     && (!translated.Groups["from"].Success || LanguageNamesInEnglish.Contains(translated.Groups["from"].Value)))
            {
                credits.Add((translated.Groups["lang"].Success ? translated.Groups["lang"].Value : "", translated.Groups["credit"].Value));
                languageOrTranslation = true;
            }
            else if (RoleCredit().Match(part) is { Success: true } role)
                credits.Add(("", role.Groups["credit"].Value));
            else
                return [];
        }
        return languageOrTranslation ? credits : [];
    }

    private const string PersonName = @"\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){0,3}";

    // "Ingrid Haugland (tekst)": a name with a one-word role label in parentheses
    [GeneratedRegex(@"^\W*(?<credit>" + PersonName + @")\s*\((?<role>\p{Ll}[\p{L}\p{M}]{1,20})\)\s*\.?$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex RoleCredit();

    // "rendered into English by Tor Eirik Lund", "translated from the Norwegian by B", "Translation: B"
    [GeneratedRegex(@"^\W*(?:(?:translated|rendered|put)\s+(?:into\s+(?<lang>\p{Lu}\p{Ll}+)\s+)?(?:from\s+(?:the\s+)?(?<from>\p{Lu}\p{Ll}+)\s+)?by|translation\s*(?:by|:))\s+(?<credit>" + PersonName + @")\s*\.?$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex TranslationCredit();

    // Parts of a credit line: " · ", " / ", " | ", " • ", "; ".
    [GeneratedRegex(@"\s+[·/|•]\s+|\s*;\s+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CreditSeparator();

    /// <summary>Whether a text names a language (a capitalised word that is a language's English name in the culture data).</summary>
    public static bool NamesLanguage(string text) => CapitalisedWord().Matches(text).Any(m => LanguageNamesInEnglish.Contains(m.Value));

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+\b", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CapitalisedWord();

    private static readonly HashSet<string> LanguageNamesInEnglish = System.Globalization.CultureInfo
        .GetCultures(System.Globalization.CultureTypes.NeutralCultures)
        .Select(c => c.EnglishName.Split(' ', '(')[0])
        .Where(n => n.Length > 2 && n.All(char.IsLetter))
        .ToHashSet(StringComparer.Ordinal);

    // One credit: an optional "In", the language, an optional "text"/"original"/"version", a colon and a person's name, then
    // perhaps a parenthesis (the outlet and date of the original) and up to two comma-separated remarks ("from the Pashto",
    // "language desk").
    [GeneratedRegex(@"^\W*(?:In\s+)?(?<lang>\p{Lu}\p{Ll}+)(?:\s+(?:original|text|version|translation|edition))?(?:\s*[:：]|\s+by)\s*(?<credit>\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){0,3}(?:\s*\([^()]{1,80}\))?(?:\s*,\s*[^,:;]{1,60}){0,2})\s*\.?$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex LanguageCredit();

    private static bool StartsWithQuote(string line) => line.Length > 0 && line[0] is '"' or '“' or '\'' or '‘';

    private static int SentenceCount(string line) => SentenceEnd().Matches(line.TrimEnd('.', '!', '?', ' ')).Count + 1;

    [GeneratedRegex(@"^[\[\(\*\s¹²³⁴⁵†‡§]*(?:Editor'?s?['’]?s?\s*note|Editors['’]\s*note|Ed\.?\s*note|Note from the editor|(?:English|French|Spanish|Portuguese|Arabic|Russian|German|Chinese|Japanese|Korean|Italian|Dutch|Polish|Turkish) original|Correction|Corrections|Clarification|Update|Updated note|Disclosure|Disclaimer|Translator'?s?['’]?\s*note|Translation|Translated|Transl\.|Note|Notice|Author'?s note|AI disclosure|AI notice|Machine translation|Automatic translation|AI translation|Nota|Hinweis|Remarque|Aviso|Uwaga|Catatan|Huomautus|Obs)\s*[:\]\)\-—–·•|]|^\s*(?:Attention|Внимание|Увага|Achtung|Atención|Atenção|Attenzione|Uwaga|Dikkat)\s*[!:]", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex LabelledNote();

    [GeneratedRegex(@"^\s*(?:\[.*\]|\(.*\)|\*.+|※.+|[¹²³⁴⁵†‡§].+)\s*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"contributed (?:to )?(?:this|the) (?:report|story|article)|contributed reporting|translat|\btrad(?:uit|uite|uction|ucido|ucida|ucción|ução|uzido|uzida|uzione|otto|otta)\b|übersetz|Übersetzung|vertaald|vertaling|versi[oó]n en \p{L}+ de|versão em \p{L}+ d[eoa]|\b(?:paru|parue|publié|publiée|publicado|publicada|pubblicato|pubblicata|erschienen) (?:\w+ )?(?:en|em|in|auf|dans|no|na|nel|sul) |\b(?:English|French|Spanish|Portuguese|Arabic|Russian|German|Chinese|Japanese|Korean) (?:version|edition) of (?:a|an|the)\b|^\s*(?:English|French|Spanish|Portuguese|Arabic|Russian|German|Chinese|Japanese|Korean|Italian|Dutch|Polish|Turkish) original\s*:|generative AI|\bAI\b|artificial[\s-]intelligence|originally (?:appeared|published|written|ran|posted|reported)|first (?:published|appeared|ran|reported)|read the original|original (?:\p{Lu}\p{Ll}+ )?(?:article|story|version|text|report)|English (?:text|edition|version)\b|\b(?:put|rendered) into \p{Lu}\p{Ll}+\b|\b(?:put|rendered) by [\w-]+(?: [\w-]+){0,2}? (?:into|from) (?:the |our |its |their )?\p{Lu}\p{Ll}+\b|\b\p{Lu}\p{Ll}+ original by\b|\bfrom the \p{L}+(?:-language)? original\b|[- ]language (?:original|version|article|edition|report)|written in (?:Korean|Japanese|Chinese|Russian|German|French|Spanish|English)|this (?:article|story|report|piece|column|interview|editorial|text|content) (?:was|has been|is|were) (?:originally|first|translated|machine|updated|corrected|edited|written|produced|published|adapted|generated|amended|changed|based|part|created|reviewed|a translation|an? (?:edited|abridged|updated|translated))|an earlier version|a previous version|editor'?s note|correction|with the (?:help|assistance|aid|use) of|adapted (?:into \p{L}+ )?from|adapted for \p{L}+|adapted into|rendered into|based on (?:the )?(?:original )?reporting in|reproduced from|republished|(?:the )?(?:writer|author|columnist|contributor) is (?:a|an|the)|views expressed|do(?:es)? not necessarily reflect|DeepL|Google Translate|Papago|ChatGPT|\bGPT\b|Claude|Gemini", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NoteKeywords();

    [GeneratedRegex(@"^[\[\(\*※\s¹²³⁴⁵†‡§]*(?:Translated|Translation|(?:Machine|Automatically|Auto|Computer)[- ]translated|(?:Automatic|Machine|AI|Automated) translation of|AI[- ](?:translated|assisted|generated)|Original (?:report|article|story|text|version) in \p{L}+|This (?:article|story|report|piece|column|interview|editorial|text|content|translation|news|material|item|page|post)|The (?:article|story|original|writer|author|columnist|contributor|views)|Originally|First (?:published|appeared|reported)|Read the original|(?:This|Its|The) English (?:text|edition|version)\b|English (?:text|version|translation)\s*:|English (?:text|version|edition|translation) (?:produced|generated|prepared|made|created|by|from)\b|English by\b|What (?:you are reading|follows) is\b|(?:Automatic|Machine|AI|Automated) translation\b|Original \p{Lu}\p{Ll}+ (?:text|version|article|story|report)\s*(?:by\b|:)|The \p{L}+(?:,? (?:and )?\p{L}+)* (?:editions?|versions?) of\b|(?:Our|All) \p{L}+(?:[- ]language)? (?:editions?|versions?)\b|\p{Lu}\p{Ll}+ original by\b|From the \p{L}+(?:-language)? original\b|An earlier version|A previous version|Correction|Edited by|Written in|Written by .{0,60} in (?:Korean|Japanese|Chinese)|Produced|Adapted|This is an? (?:[\w-]+ ){0,2}(?:translation|version|adaptation)\b|English version|(?:An? )?\p{L}+[- ]language version|Based on (?:reporting|a story|an article|the original)|(?:Article|Artículo|Artigo|Articolo|Texte|Texto|Testo|Artikel) (?:paru|publié|publicado|pubblicato|erschienen)|Publié (?:initialement|à l'origine|d'abord)|Publicado originalmente|Originalmente publicado|Tradu(?:it|ction|cción|ção|zione|cido|zido)|Übersetz|Republished|Reproduced|With the (?:help|assistance)|Generated|Powered by|Views expressed)", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NoteOpening();

    // (staff as the article's handlers: "edited by staff", "our staff", "X staff"; not "two staff translators" in a report)
    // (the newsroom speaking of itself: "whose name we withhold", "the Chiang Mai desk")
    [GeneratedRegex(@"\b(?:this|the) (?:article|story|report|piece|column|text|content|interview|editorial|original|news)\b|\b(?:our|the) (?:\p{Lu}[\p{L}-]+ ){0,3}(?:editors|newsroom|desk)\b|\b(?:we|us)\b|\b(?:by|our|from)\s+(?:\p{L}+\s+){0,3}?staff\b|\bstaff\s*(?:$|[.,;)\]])|\bthis report\b|contributed reporting", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SelfReference();

    // Participles and nouns ("translated with AI", "AI-assisted translation"), not a verb with a subject of its own
    // ("Dolomites daily lets AI translate its news"): a note describes this text, a headline reports what someone does.
    [GeneratedRegex(@"(?:translated|translation)\b.*\b(?:generative AI|\bAI\b|artificial[\s-]intelligence|machine|DeepL|Papago|Google Translate|ChatGPT|GPT|Claude|Gemini)|(?:generative AI|\bAI\b|machine|DeepL|Papago|Google Translate|ChatGPT)\b.*\btranslat(?:ed|ion)\b", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex TranslationTool();

    [GeneratedRegex(@"\b(?:say|said|says|told|according to|stated|noted|added|explained|argued|claimed|warn|warns|warned)\b", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"""[^""]{12,}(?:""|$)|“[^”]{12,}(?:”|$)|«[^»]{12,}(?:»|$)|„[^“”]{12,}(?:[“”]|$)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Quotation();

    [GeneratedRegex(@"[.!?)\]][""”’]?\s*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SentenceClose();

    // (not after a name's initial: "by S. Senthil Kumar")
    [GeneratedRegex(@"(?<!(?:^|\s)[A-Z])[.!?](?=\s+[A-Z""“])", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SentenceEnd();
}
