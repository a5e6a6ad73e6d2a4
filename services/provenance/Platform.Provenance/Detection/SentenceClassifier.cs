using System.Text.RegularExpressions;
using Platform.Contracts;
using static Platform.Provenance.Detection.DisclosurePatterns;

namespace Platform.Provenance.Detection;

/// <summary>
/// Decides what one sentence says about translation. A body sentence counts as a disclosure only in a "meta" context
/// (it refers to this article, begins like a note, or stands alone in a short paragraph at the top or bottom);
/// otherwise a mention of translation or AI is a quote credit or the article's topic.
/// </summary>
public static class SentenceClassifier
{
    /// <summary>Removes leading decorations and labels ("*", "Editor's note:", "[") from a sentence.</summary>
    public static string Core(string sentence)
    {
        var core = LeadingDecoration.Replace(sentence, "");
        return core.TrimEnd(' ', '*', '_', ')', ']', '}');
    }

    /// <param name="sentence">The sentence as written.</param>
    /// <param name="inNote">True for a sentence of <c>ArticleDocument.Notes</c>.</param>
    /// <param name="standalone">A body sentence in a short first or last paragraph.</param>
    /// <param name="targetLanguage">The article's language, when known.</param>
    /// <param name="shortParagraph">The body paragraph is short; a note-like opening counts in the body only there.</param>
    /// <summary>The longest sentence read as a possible disclosure.</summary>
    public const int MaxDisclosureSentenceChars = 2000;

    public static SentenceKind Classify(string sentence, bool inNote, bool standalone, string? targetLanguage, bool shortParagraph = true)
    {
        // A disclosure is a note of a sentence or two; a "sentence" longer than this (a run-on line of a hostile file) is not
        // one, and is not scanned by the patterns at all.
        if (sentence.Length > MaxDisclosureSentenceChars) return SentenceKind.None;
        var core = Core(sentence);
        if (core.Length == 0) return SentenceKind.None;
        if (Correction.IsMatch(core)) return SentenceKind.None;

        // A proxy's banner ("Translated by https://proxy.example/", "Translated by PageRelay Web Proxy") names the service
        // that displays the page in another language, not a translation of the article.
        if (WebTranslationServices.IsBanner(core)) return SentenceKind.Elsewhere;
        // The end of a quotation the sentence splitter cut at an inner full stop ("... The original version is in Finnish.”"):
        // someone else's words, not this article's note.
        if (QuotationTail.IsMatch(core)) return SentenceKind.None;
        // A heading over links to other content ("Translation and dubbing: more from our archive") points elsewhere.
        if (Navigation.IsMatch(core)) return SentenceKind.Elsewhere;
        // "Read the Chinese edition for our separate reporting on the same issue": the other text is another story, not this
        // one's original (unless the sentence also says what was translated).
        if (SeparateText.IsMatch(core) && !TranslatedClause.IsMatch(core)) return SentenceKind.Elsewhere;
        // A "Translation:" tag in front of a quotation translates that quotation, not the article.
        if (QuotationTag.IsMatch(core)) return SentenceKind.QuoteTranslation;
        // "A Khmer translation of this story is available on ...", "A Korean translation of this story, prepared by our
        // partner X, is available here": a pointer to a translation published elsewhere.
        if (TranslationElsewhere.IsMatch(core)) return SentenceKind.Elsewhere;
        // "This article has been translated into Chinese and Malay", "Stories are written in English and translated by our
        // newsroom into Malay, Chinese and Tamil": versions in other languages exist; this text is not one of them.
        if (targetLanguage is not null && IntoLanguages(core) is { Count: > 0 } intoTags
            && intoTags.All(t => LanguageNames.Primary(t) != LanguageNames.Primary(targetLanguage)))
            return Slogan.IsMatch(core) || intoTags.Count > 1 ? SentenceKind.SiteSlogan : SentenceKind.Elsewhere;
        // "We translate our stories into four more languages", in a note: the site speaking of versions in languages it does not
        // even name (a report's "the novel has been translated into 30 languages" is about the novel).
        if ((inNote || standalone) && IntoUnnamedLanguages.IsMatch(core) && SiteVoice.IsMatch(core)) return SentenceKind.SiteSlogan;
        // "The French, German and Italian versions are translated by our partner services": the subject is versions in other
        // languages; this text is not one of them.
        if (targetLanguage is not null && OtherVersionsSubject(core) is { Count: > 0 } versionTags
            && versionTags.All(t => LanguageNames.Primary(t) != LanguageNames.Primary(targetLanguage)))
            return versionTags.Count > 1 ? SentenceKind.SiteSlogan : SentenceKind.Elsewhere;
        // A lone word or tag ("translation", "Translations") names a topic; a disclosure says something about the text.
        if (core.Length <= 24 && core.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= 2 && !core.Contains(':')
            && core.All(c => c < '\u0250' || !char.IsLetter(c))) return SentenceKind.None;
        // Words in quotation marks inside a sentence that has words of its own ("Every story ends with the line: "This
        // article was translated ..."") are someone else's words: the sentence is judged on its own frame.
        var unquoted = Quoted.Replace(core, "\"\"");
        var framed = unquoted.Count(char.IsLetter) >= 12 ? unquoted : core;
        var self = SelfReference.IsMatch(framed) || ForeignNoteLexicon.SelfReference.IsMatch(framed);
        var lead = NoteLead.IsMatch(framed);
        var translat = Translat.IsMatch(unquoted) || ForeignNoteLexicon.Trigger.IsMatch(unquoted);
        lead |= ForeignLead.IsMatch(core);
        // In the body, a note-like opening ("Translation of the treaty ...") counts only in a short paragraph without attribution.
        if (!inNote && lead && (!shortParagraph || Speech.IsMatch(Quoted.Replace(core, "")))) lead = false;
        var meta = inNote || self || lead || standalone;

        // "Our English service is produced by translation software", "Kitakaze's English edition is machine-translated": the
        // page's own language edition said to be translated, in a note or a short paragraph of its own, is about this text.
        if (translat && (inNote || standalone || shortParagraph) && OwnLanguageEdition(unquoted, targetLanguage)
            && !Speech.IsMatch(Quoted.Replace(core, "")) && !IntoUnnamedLanguages.IsMatch(core)) return SentenceKind.Translation;
        // ("English text prepared with an AI translation tool from our Indonesian edition" alone in its paragraph names this text)
        if (!inNote && StrongTopic.IsMatch(core) && !self && !lead && !(standalone && IsRendering(unquoted, targetLanguage))) return SentenceKind.Topic;
        // ("Our English edition uses an AI tool to translate stories from X": the page's own language edition, not a slogan)
        if (Slogan.IsMatch(core) && !self && (inNote || standalone) && !OwnLanguageEdition(core, targetLanguage)) return SentenceKind.SiteSlogan;
        if (Audio.IsMatch(core) && !TranslatedClause.IsMatch(core)) return meta ? SentenceKind.Audio : SentenceKind.None;
        // (judged without the words that name this text: "This post was translated ..." is about the article, "the
        // posts in this story were translated" about quoted posts)
        var creditScope = SelfReference.Replace(core, "this text");
        if ((translat || Interpreter.IsMatch(core)) && QuoteCredit.IsMatch(creditScope) && !(self && !QuoteObject.IsMatch(creditScope)) && !lead)
            return SentenceKind.QuoteTranslation;
        // "Amina Yusuf translated interviews conducted in Hausa for this report": what was translated is quoted material.
        if (TranslatedMaterial.IsMatch(core)) return SentenceKind.QuoteTranslation;
        if (meta && NotATranslation.IsMatch(core)) return SentenceKind.OriginalStatement;

        // "Its English text was drafted by an AI model and checked against the original", "From the Shona original in X",
        // "What you are reading is an English edition of a report X wrote for Y": this text named as a language version of
        // an original is a translation statement, whatever verb it uses.
        if ((inNote || self || lead || standalone) && IsRendering(unquoted, targetLanguage)) return SentenceKind.Translation;
        // Whatever its words, a note sentence whose features weigh like a translation statement is one (DisclosureScore).
        // (and so is a body sentence that introduces this text to its reader, weighed like a note: "the English draft you are
        // reading came out of an AI tool")
        var addressed = ReaderAddress.IsMatch(framed);
        if ((inNote || standalone || addressed) && IsScoredDisclosure(unquoted, targetLanguage, inNote || addressed)) return SentenceKind.Translation;

        var written = WrittenIn.Match(core);
        if (written.Success && !translat && meta && (self || lead || inNote))
        {
            var language = LanguageNames.ToTag(written.Groups["lang"].Value)!;
            var originally = written.Groups["orig"].Success;
            // ("reported in Spanish and Quechua and written in English": the interviews' languages, then the text's own)
            if (targetLanguage is not null)
                return WrittenIn.Matches(core).Any(w => LanguageNames.ToTag(w.Groups["lang"].Value) is { } tag && LanguageNames.Primary(tag) == LanguageNames.Primary(targetLanguage))
                    ? SentenceKind.OriginalStatement
                    : SentenceKind.Origin;
            return originally ? SentenceKind.Origin : SentenceKind.OriginalStatement;
        }

        // A translation word counts as a translation event only in a clause about translating ("translated from/by",
        // "this article was translated", "translation of", "Translator: X"), not in a topic ("a series on machine translation").
        var translationEvent = translat && (lead || TranslatedClause.IsMatch(unquoted) || ThisIsATranslation.IsMatch(unquoted)
            || TranslatedEvent.IsMatch(unquoted) || ForeignNoteLexicon.Trigger.IsMatch(unquoted));
        if (translat && !translationEvent && (inNote || self))
            return inNote ? SentenceKind.None : Topic.IsMatch(core) ? SentenceKind.Topic : SentenceKind.None;

        if (translat)
        {
            if (inNote || self || lead)
                return OriginalLink.IsMatch(core) && !TranslatedClause.IsMatch(core) ? SentenceKind.OriginalLink : SentenceKind.Translation;
            if (standalone && StandaloneTranslated.IsMatch(core) && !Speech.IsMatch(core)) return SentenceKind.Translation;
            return Topic.IsMatch(core) ? SentenceKind.Topic : SentenceKind.None;
        }

        if ((self || lead || inNote) && AiGenerated.IsMatch(core) && !Audio.IsMatch(core)) return SentenceKind.AiGeneration;
        var stated = inNote || self || lead;
        if (stated && PublishedOrigin.IsMatch(core)) return SentenceKind.Origin;
        if ((stated || (standalone && !Speech.IsMatch(core) && WordCount(core) <= 15)) && OriginalLink.IsMatch(core)) return SentenceKind.OriginalLink;
        if (meta && OtherLanguageVersion.Match(core) is { Success: true } other
            && (targetLanguage is null || LanguageNames.Primary(LanguageNames.ToTag(other.Groups["lang"].Value)!) != LanguageNames.Primary(targetLanguage)))
            return SentenceKind.OriginalLink;
        if (IsContinuation(core)) return SentenceKind.Continuation;
        if (!inNote && Topic.IsMatch(core)) return SentenceKind.Topic;
        return SentenceKind.None;
    }

    /// <summary>
    /// True when the sentence names this text as a version in the article's language of an original ("This English text
    /// follows X's original Afrikaans report"), or is a credit of the form "English text: NAME" / "English by NAME", or opens
    /// with "From the Shona original".
    /// </summary>
    public static bool IsRendering(string text, string? targetLanguage)
    {
        if (FromOriginal.IsMatch(text)) return true;
        var version = TextInLanguage.Match(text);
        if (!version.Success) return false;
        if (targetLanguage is not null && LanguageNames.ToTag(version.Groups["lang"].Value) is { } language
            && LanguageNames.Primary(language) != LanguageNames.Primary(targetLanguage)) return false;
        var credit = version.Index <= 3 && (version.Value.Contains(':') || version.Value.Contains('：') || version.Value.EndsWith(" by", StringComparison.OrdinalIgnoreCase) || version.Value.Contains(" by "));
        return credit || OriginReference.IsMatch(text);
    }

    private static readonly Regex IntoUnnamedLanguages = new(
        @"\b(?:translat\w*|rendered|put|published|available)\b[^.;]{0,60}?\b(?:in|into)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|various|multiple|other|more|a\s+dozen|dozens\s+of)\s+)+(?:other\s+|more\s+)?languages\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex SiteVoice = new(@"\b(?:we|our|us)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex VersionsSubject = new(
        @"^\W*(?:the\s+|our\s+|its\s+)?(?<langs>(?-i:" + LanguageNames.Pattern + @")(?:\s*,\s*(?-i:" + LanguageNames.Pattern + @"))*(?:,?\s+(?:and|or)\s+(?-i:" + LanguageNames.Pattern + @"))?)(?:[- ]language)?\s+(?:versions|editions|translations|texts|version|edition|translation|text)\s+(?:of\s+(?:this|the)\s+\w+\s+)?(?:are|is|were|was|have\s+been|has\s+been|get|gets)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    /// <summary>The languages of the versions a sentence is about when they are its subject ("The French and German versions are ...").</summary>
    private static List<string> OtherVersionsSubject(string text)
    {
        var m = VersionsSubject.Match(text);
        if (!m.Success) return [];
        return Regex.Matches(m.Groups["langs"].Value, @"\p{L}+", RegexOptions.None, RegexMatchTimeout.PerMatch).Select(w => LanguageNames.ToTag(w.Value)).OfType<string>().Distinct().ToList();
    }

    private static readonly Regex LanguageEdition = new(
        @"\b(?:our|the|this|(?:this\s+|the\s+)?site['’]s|(?-i:\p{Lu})[\p{L}-]+['’]s)\s+(?-i:(?<lang>" + LanguageNames.Pattern + @"))(?:[- ]language)?\s+(?:edition|version|service|site|pages|section)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    /// <summary>"Our English edition ...", on an English page: the sentence is about this page's language edition.</summary>
    private static bool OwnLanguageEdition(string text, string? targetLanguage) =>
        LanguageEdition.Match(text) is { Success: true } m && LanguageNames.ToTag(m.Groups["lang"].Value) is { } tag
        && LanguageNames.Primary(tag) == LanguageNames.Primary(targetLanguage ?? "en");

    private static readonly Regex FromOriginal = new(
        @"^\W*(?:(?:adapted\s+|translated\s+)?from\s+(?:the\s+|an?\s+)?(?-i:" + LanguageNames.Pattern + @")(?:[- ]language)?\s+original\b" +
        // "Tamil original by S. Senthil Kumar", "(Japanese original by Taro Yamada, City News Department)"
        @"|(?:the\s+)?(?-i:" + LanguageNames.Pattern + @")(?:[- ]language)?\s+original\s+(?:text\s+|story\s+|report\s+)?by\b" +
        // "Original Guarani text: Lorena Benítez Arce · English rendering: ..."
        @"|original\s+(?-i:" + LanguageNames.Pattern + @")\s+(?:text|version|story|report|article)\s*(?:by\b|[:：])" +
        // "Carried over from Tok Pisin", "Brought across into English from Fijian": a participle of carrying opening the
        // sentence, with a language it came from or went into
        @"|(?:carried|brought|taken|turned|moved|ported)\s+(?:over|across|back)\s+(?:(?:in)?to\s+(?-i:" + LanguageNames.Pattern + @")\s+)?from\s+(?:the\s+)?(?-i:" + LanguageNames.Pattern + @")\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    /// <summary>The weighed features of <see cref="DisclosureScore"/> reach the threshold for a note or an edge paragraph.</summary>
    public static bool IsScoredDisclosure(string text, string? targetLanguage, bool inNote) =>
        DisclosureScore.Of(text, targetLanguage) >= (inNote ? DisclosureScore.NoteThreshold : DisclosureScore.EdgeThreshold);

    /// <summary>True when a sentence only adds detail that belongs to a neighbouring disclosure.</summary>
    public static bool IsContinuation(string core) =>
        EditClause.IsMatch(core) || NegativeReview.IsMatch(core) || HumanReviewPhrase.IsMatch(core)
        || ForeignNoteLexicon.Editors(core).Any()
        || (TranslationTools.FindIn(core) is not null && UsedWith.IsMatch(core))
        || ((GenerativeAi.IsMatch(core) || MachineTranslation.IsMatch(core)) && UsedWith.IsMatch(core))
        || Precedence.IsMatch(core);

    // Which version counts when a translation and its original differ: "In case of any difference, the French text
    // prevails", "Where the English and the Japanese articles differ, please rely on the Japanese one".
    private static readonly Regex Precedence = new(
        @"\b(?:differ\w*|discrepanc\w*|inconsistenc\w*|conflicts?|doubt)\b[^.;]{0,120}\b(?:prevail\w*|precedence|valid|authoritative|binding|rely\s+on|refer\s+to)\b|\b(?:shall|will)\s+prevail\b|\btakes?\s+precedence\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex QuotationTail = new(@"^[^“„«""]{3,400}[.!?,]?[”»]\s*$", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex Navigation = new(
        @"\b(?:more\s+(?:from|on|in)\s+(?:our|the|this)\s+(?:archive|archives|site|series|section|coverage)|read\s+more\b|related\s+(?:stories|articles|coverage|reading)|see\s+also|further\s+reading|recommended\s+(?:stories|reading))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex QuoteObject = new(
        @"\b(?:quotes?|quotations?|remarks|comments|statements?|excerpts?|passages?|citations?|posts?|messages?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex TranslatedMaterial = new(
        @"\btranslat(?:ed|ing|es|e)\s+(?:the\s+|all\s+|her\s+|his\s+|their\s+|our\s+|several\s+|many\s+)?(?:interviews?|quotes?|quotations?|remarks|comments|testimon(?:y|ies)|posts|messages|letters|documents|subtitles|surtitles|captions|conversations)\b" +
        // "Quotes given in Kalaallisut and Danish were ... translated into English by our staff"
        @"|^\W*(?:all\s+|the\s+)?(?:quotes?|quotations?|remarks|comments|interviews?|testimon(?:y|ies)|statements)\b[^.;]{0,100}?\btranslat",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex Interpreter = new(@"\b(?:interpreter|interpreters)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    /// <summary>Text in double quotes (a series title such as "Lost in Translation" says nothing about this article).</summary>
    private static readonly Regex Quoted = new(@"""[^""]{1,400}""|“[^”]{1,400}”|«[^»]{1,400}»|„[^“”]{1,400}[“”]" +
        // a quotation the sentence splitter cut at its own full stop: an opening mark with no closing one before the end
        @"|(?<=[:,]\s*)[""“„«][^""”“»]{10,400}$", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex TranslationElsewhere = new(
        @"\b(?:an?\s+)?(?-i:" + LanguageNames.Pattern + @")[- ](?:language\s+)?(?:translation|version)\s+of\s+this\s+(?:story|article|report|piece|review|column|interview|essay|feature|post)(?:\s*[,(—–-]\s*[^,()—–]{1,80}[,)—–])?\s+(?:(?:is|are|was|has\s+been|will\s+be)\s+(?:also\s+)?(?:available|published|online)|will\s+(?:also\s+)?(?:appear|run))\b" +
        // ("A Macedonian-language version of this review will appear in our print edition": one still to be made from it)
        // "Our Dutch-language edition carries a translation of this report"
        @"|\b(?:our|the|its)\s+(?-i:" + LanguageNames.Pattern + @")(?:[- ]language)?\s+(?:edition|service|site|version|page)\s+(?:carries|has|runs|publishes|offers|will\s+carry)\s+(?:a\s+|an\s+)?(?:translation|version)\s+of\s+this\b" +
        // "This story is also available in French and in Hausa, translated by our desk": versions in other languages exist
        @"|\bthis\s+(?:story|article|report|piece|page)\s+is\s+also\s+(?:available|published|online)\s+in\s+(?-i:" + LanguageNames.Pattern + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    // "translated into Malay", "translated by our newsroom into Malay, Chinese and Tamil", "rendered into Khmer"
    private static readonly Regex TranslatedInto = new(
        @"\b(?:translat\w*|rendered|adapted)\s+(?:(?:by|with|using|via)\s+[^.;:]{1,50}?\s+)?into\s+(?:the\s+)?(?<list>(?-i:" + LanguageNames.Pattern + @")(?:\s*(?:,|and|&|or)\s*(?-i:" + LanguageNames.Pattern + @"))*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex LanguageName = new(@"(?-i:" + LanguageNames.Pattern + @")", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    /// <summary>The languages a sentence says something was translated into.</summary>
    private static List<string> IntoLanguages(string core) =>
        TranslatedInto.Matches(core).SelectMany(m => LanguageName.Matches(m.Groups["list"].Value))
            .Select(l => LanguageNames.ToTag(l.Value)).OfType<string>().ToList();

    // "Translation: "From 1 June ..."", "Translation: The fare remains one of the lowest": a label over quoted words or a
    // sentence (a lower-case word among its first three), not over a translator's name ("Translation: Lena Vogt").
    private static readonly Regex QuotationTag = new(@"^\W*(?:translation|translated|traducción|traduction|tradução|Übersetzung|перевод)\s*:\s*(?:[""“«„']|[^\s;|,]+\s+(?:[^\s;|,]+\s+)?(?-i:(?!(?:and|of|the|by|de|van|von|da|del)\b)\p{Ll}{2,})\b[^.]*[.!?]?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    /// <summary>A note that begins with a translation word in another language ("Traduit de ...", "번역: ...", "Перевод ...").</summary>
    private static readonly Regex ForeignLead = new(
        @"^(?:(?:articolo|article|artículo|artigo|artikel|texte|texto|testo|статья|материал|стаття)\s+)?(?:" +
        @"(?:tradu(?:it|ite|its|ites|cido|cida|zido|zida)|tradott[oaie]|übersetzt|vertaald|przetłumacz\w*|перевед\w*|перев[её]л\w*|переклав\w*|перекладен\w*)\b" +
        @"|(?:traduction|traducción|tradução|traduzione|Übersetzung|vertaling|tłumaczenie|перевод|переклад)(?=\s*[:：]|\s+(?:de|del|do|da|dal|dall['’]|dallo|aus|uit|z|с|з|from)\b)" +
        @"|(?:번역|翻訳|翻译|翻譯)\s*[:：/|=]|aus\s+dem\s+\w+en\s+(?:übersetzt\s+)?von)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex TranslatedEvent = new(
        @"\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being|been)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]+-)?translated\b" +
        @"|\btranslated\s+(?:this|the|it)\b|\btranslation\s+of\s+(?:this|the|an?)\b|\btranslators?\s+(?-i:\p{Lu})|(?-i:\bAI\b)[- ]translation\b|\b[\w-]+\s+translated\s+(?:from|by|with|using|via|into)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    internal static int WordCount(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>A short paragraph whose subject is the translator ("Kim Min-ji translated from the Korean original.").</summary>
    private static readonly Regex StandaloneTranslated = new(@"^(?:[\p{Lu}][\p{L}'’-]+\s+){1,5}(?:staff\s+)?translated\s+(?:from|this|the\s+original|it)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex UsedWith = new(
        @"\b(?:used|using|with|via|through|help|assist\w*|produced|generated|powered|by)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);
}
