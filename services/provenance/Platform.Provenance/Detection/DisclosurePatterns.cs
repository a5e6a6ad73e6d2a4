using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Provenance.Detection;

/// <summary>
/// The vocabulary of translation notes: the word classes the clause grammar in <see cref="DisclosureParser"/> and
/// <see cref="SentenceClassifier"/> is built from. Each pattern recognises a kind of phrase, not a memorised sentence.
/// </summary>
internal static class DisclosurePatterns
{
    private const RegexOptions Opt = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    public static readonly string Lang = LanguageNames.Pattern;

    /// <summary>Verbs of editorial handling after translation.</summary>
    public const string EditVerbs =
        @"(?:edited|reviewed|checked|verified|proof-?read|fact-?checked|copy-?edited|revised|approved|supervised|overseen|vetted|polished|post-?edited|refined)";

    /// <summary>Wordings of a translation event without the word "translated".</summary>
    public static readonly string TranslationWording =
        // "rendered into English", "rendered by software from our Vietnamese article"
        @"\b(?:rendered|put)\s+(?:by\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+)?(?:into|from)\s+(?:the\s+|our\s+|its\s+|their\s+|an?\s+)?(?-i:" + LanguageNames.Pattern + @")\b" +
        // "adapted for English-language readers from a radio script"
        @"|\b(?:adapted|prepared|rewritten|edited)\s+for\s+(?-i:" + LanguageNames.Pattern + @")(?:[- ]language)?\s+(?:readers|audiences?|viewers|listeners)\b" +
        // "Adapted from Sagarmatha Sandesh's Nepali-language report"
        @"|\badapted\s+from\s+[^.;:]{0,60}?(?-i:" + LanguageNames.Pattern + @")(?:[- ]language)?\s+(?:report|article|story|original|text|version|piece|reporting)\b" +
        @"|\badapted\s+(?:into\s+(?-i:" + LanguageNames.Pattern + @")\b|from\s+(?:the\s+)?(?:original\b|(?-i:" + LanguageNames.Pattern + @")\b))" +
        @"|\b(?-i:" + LanguageNames.Pattern + @")[- ](?:language\s+)?version\s+(?:of|by)\b" +
        @"|\bbased\s+on\s+(?:(?:the\s+)?(?:original\s+)?reporting|an?\s+(?:report|article|story))\s+(?:in|from)\s+(?-i:" + LanguageNames.Pattern + @")\b" +
        // "first appeared in Russian and is published here in translation", "presented in English translation"
        @"|\b(?:published|appears?|appearing|presented|republished|reproduced|runs?|printed|available)\s+(?:here\s+)?in\s+(?:an?\s+)?(?:(?-i:" + LanguageNames.Pattern + @")\s+)?translation\b" +
        // a site's language editions "generated automatically by AI from our Arabic journalism"
        @"|\b(?:editions?|versions?)\b[^.]{0,60}\b(?:generated|produced|created)\b[^.]{0,40}\bfrom\b[^.]{0,30}\b(?-i:" + LanguageNames.Pattern + @")\b";


    // Besides the word itself, the wordings notes use instead of "translated": "rendered into English", "adapted into
    // English from ...", "English version of/by ...", "based on reporting in Japanese".
    public static readonly Regex Translat = new(@"\btranslat(?:e|ed|es|ing|ion|ions|or|ors|or's|ors')\b|" + TranslationWording, Opt, RegexMatchTimeout.PerMatch);


    /// <summary>
    /// This text named as a language version of something ("Its English text ...", "This English edition ...", "What you are
    /// reading is an English edition of ...", "English text: NAME", "English by NAME from ..."): the text in one language,
    /// which a disclosure then relates to an original (see <see cref="OriginReference"/>). Group <c>lang</c> is the language.
    /// </summary>
    public static readonly Regex TextInLanguage = new(
        @"\b(?:this|its|the\s+present|our|(?:what\s+you\s+are\s+reading|what\s+you\s+(?:have\s+)?just\s+read|what\s+follows|this)\s+is\s+(?:an?|the|our))\s+(?-i:(?<lang>" + LanguageNames.Pattern + @"))\s+(?:text|version|edition|rendering|copy|translation|adaptation|retelling|rendition|draft)\b" +
        @"|^\W*(?-i:(?<lang>" + LanguageNames.Pattern + @"))\s+(?:(?:text|version|rendering|translation)\s*(?:by\b|[:：])|by\s+(?-i:\p{Lu}))" +
        // "English: Tomasz Hale", "English: Hamid Nuristani, from the Pashto": the language as a label before a name
        @"|^\W*(?-i:(?<lang>" + LanguageNames.Pattern + @"))\s*[:：]\s*(?-i:\p{Lu}[\p{L}'’.-]+)(?:\s+(?-i:\p{Lu})[\p{L}'’.-]+){0,3}\s*(?:,\s*from\b|$)" +
        // "English text prepared with an AI tool from ...", "English output of our Binisaya copy": a language version made or drawn from
        @"|^\W*(?-i:(?<lang>" + LanguageNames.Pattern + @"))\s+(?:text|version|rendering|output|copy|edition)\s+(?:(?:prepared|produced|made|generated|created|drafted|done)\b|of\s+(?:our|the|its|a|an)\b)" +
        // "... first published by Deanu Jietna and appears here in English by arrangement with the paper"
        @"|\b(?:appears?|appearing|is\s+published|runs?|is\s+presented)\s+here\s+in\s+(?-i:(?<lang>" + LanguageNames.Pattern + @"))\b", Opt, RegexMatchTimeout.PerMatch);

    /// <summary>
    /// A reference to what this text was made from: "the original", "from X's Catalan text", "our Portuguese edition",
    /// "first carried by ...", "follows ...'s report", "a report NAME wrote for ...".
    /// </summary>
    public static readonly Regex OriginReference = new(
        @"\boriginal(?:ly)?\b" +
        @"|\bfrom\b[^.;]{0,60}?(?-i:" + LanguageNames.Pattern + @")(?:[- ]language)?\s+(?:text|edition|version|report|article|story|piece|copy|service|original|newspaper|daily|weekly|site)\b" +
        // "from a report filed in Marathi"
        @"|\bfrom\s+(?:an?|the|our)\s+(?:report|article|story|text|original|version|dispatch)\b[^.;]{0,30}?\bin\s+(?-i:" + LanguageNames.Pattern + @")\b" +
        @"|\b(?:first|initially)\s+(?:carried|published|printed|appeared|ran|aired|filed)\b" +
        // "of our Binisaya copy", "from the Malay edition"
        @"|\b(?:of|from)\s+(?:our|the|its)\s+[\p{L}-]+(?:[- ]language)?\s+(?:copy|edition|original|text|version)\b" +
        @"|\b(?:follows|is\s+based\s+on|draws\s+on|reproduces)\b[^.;]{0,60}?\b(?:report|article|story|piece|text|original|reporting|column)\b" +
        // "began life as a Wolof radio script", "started out as a draft in Nepali": this text's earlier form
        @"|\b(?:began|begun|started|starts|begins)\s+(?:life|out)\s+as\b" +
        // "our English rendering of a dispatch by NAME for the daily X": a text by someone, for or in some outlet
        @"|\b(?:of|from)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:report|article|story|dispatch|piece|column|feature|interview|investigation|essay)\s+(?:by|for|in|published|filed|written)\b" +
        // "produced from a Keelung Harbor Daily report": a text by a named outlet
        @"|\bfrom\s+(?:an?|the)\s+(?-i:\p{Lu})[\p{L}'’.&-]*(?:\s+(?-i:\p{Lu})[\p{L}'’.&-]*){0,4}\s+(?:report|article|story|dispatch|piece|column|feature|interview|investigation)\b" +
        @"|\b(?:report|article|story|piece|column)\s+(?:that\s+)?(?-i:\p{Lu})[\p{L}'’-]+(?:\s+(?-i:\p{Lu})[\p{L}'’-]+){0,3}\s+(?:wrote|filed|published)\s+(?:for|in)\b", Opt, RegexMatchTimeout.PerMatch);

    private const string ReaderAddressPattern =
        @"^\W*(?:what\s+follows|the\s+following|below)\s+(?:is|are)\b|\b(?:you\s+are|you['’]re)\s+(?:now\s+)?(?:reading|about\s+to\s+read)\b" +
        // "A word before you read: ...", "The English below is ..."
        @"|\bbefore\s+you\s+(?:read|listen)\b|^\W*what\s+you\s+(?:have\s+)?(?:just\s+)?(?:read|heard)\s+(?:is|was)\b|^\W*the\s+(?-i:\p{Lu}\p{Ll}+)(?:\s+(?:text|version))?\s+below\s+(?:is|was|comes)\b";

    /// <summary>The sentence introduces this text to its reader ("What follows is ...", "the English you are reading"): a frame only a note uses.</summary>
    public static readonly Regex ReaderAddress = new(ReaderAddressPattern, Opt, RegexMatchTimeout.PerMatch);

    /// <summary>Self-reference: the sentence talks about this very article.</summary>
    public static readonly Regex SelfReference = new(
        @"\b(?:this|the\s+present|the\s+following|the\s+above|the\s+accompanying)\s+(?:[\w-]+\s+)?(?:article|story|report|piece|text|column|op-ed|editorial|interview|essay|feature|analysis|commentary|content|post|dispatch|letter|review|version|translation|newsletter|transcript|explainer|item|news(?:\s+item)?|page)s?\b" +
        @"|\bthis\s+is\s+an?\s+(?:[\w-]+\s+){0,2}(?:translation|translated|version|adaptation)\b" +
        // "The following is my own translation of ...", "What follows is an unofficial translation"
        @"|\b(?:the\s+following|what\s+follows|below)\s+is\s+(?:an?|my|our|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}(?:translation|version|adaptation)\b" +
        // the reader addressed: "What follows is the channel's own Russian text", "the English draft you are reading"
        @"|" + ReaderAddressPattern +
        // (not "every major story is translated": a quantified set of stories is the site, not this text)
        @"|(?<!\b(?:every|each|all|any|our|many|most|some)\s+(?:[\w-]+\s+)?)\b(?:article|story|report|piece)\s+(?:was|has\s+been|is)\s+(?:originally\s+|first\s+)?(?:translated|published|written)\b", Opt, RegexMatchTimeout.PerMatch);

    /// <summary>A note that begins the way translation notes begin (after decorations and labels are stripped).</summary>
    public static readonly Regex NoteLead = new(
        @"^(?:(?:AI|machine|automatic|automated|automatically|auto|computer|human|professionally)[- ]?)?(?:translated|translation|translations|translator|translators)\b(?=\s*(?:by|from|into|with|using|via|through|of|and|&|provided|courtesy|[:：—–(\[,-]|[.]?$))" +
        @"|^(?:originally|first|initially)\s+(?:published|appeared|written|ran|printed|posted|reported|aired)\b" +
        @"|^(?:article|story|text|report|piece|interview|column)\s+(?:(?:was|has\s+been)\s+)?(?:(?:AI|machine|automatically)[- ]?)?(?:translated|originally\s+published|first\s+published)\b" +
        @"|^(?:read|see|view|find)\s+(?:the\s+)?original\b" +
        @"|^(?:the\s+|its\s+)?original\b(?:\s+[\p{L}-]+){0,4}?\s+(?:appeared|was\s+(?:first\s+)?published|ran|was\s+written|is\s+available|can\s+be\s+(?:found|read)|(?:is|was)\s+in\s+(?-i:" + LanguageNames.Pattern + @"))\b" +
        @"|^original(?:\s+(?:article|story|version|text|report|source|in\s+[\p{L}]+))?\s*[:(]" +
        @"|^(?:adapted|excerpted|abridged)\s+(?:and\s+translated\s+)?from\b" +
        @"|^(?:an?\s+|the\s+)?[\p{L}]+[- ](?:language\s+)?(?:version|translation|edition|adaptation)\s+(?:by|of|from|:)" +
        @"|^(?:this|the)\s+(?:English\s+|[\p{L}]+\s+)?(?:translation|version)\b", Opt, RegexMatchTimeout.PerMatch);

    /// <summary>Decorations and labels in front of a note: "*", "†", "Editor's note:", brackets.</summary>
    public static readonly Regex LeadingDecoration = new(
        @"^(?:[\s*_†‡■□▶►•·※◆◇○●>\-–—(\[{]|(?:editor(?:'|’)?s?(?:'|’)?\s+note|note|disclosure|about\s+this\s+(?:article|story)|translator(?:'|’)?s\s+note|ai\s+disclosure|transparency\s+note)\s*[:：\-–—]\s*" +
        // a writer's credit before a separator: "By Andi Rahmawati · English text prepared with an AI tool ..."
        @"|by\s+(?-i:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s*[·|•]\s*)+", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex PublishedOrigin = new(
        @"\b(?:first|originally|initially|previously)\s+(?:published|appeared|written|ran|printed|posted|reported|aired|produced|carried|filed|broadcast)\b" +
        @"|\boriginal\s+(?:[\p{L}-]+\s+){0,3}?(?:appeared|was\s+published|ran|was\s+written)\b" +
        @"|\b(?:appeared|was\s+published|was\s+written|ran)\s+(?:first|originally)\b" +
        @"|\boriginal\s+(?:[\p{L}-]+\s+){0,2}?(?:is|was)\s+(?:written\s+)?in\s+(?-i:" + LanguageNames.Pattern + @")\b" +
        // "(Original report in Urdu by Imran Soomro.)"
        @"|^original\s+(?:article|story|report|text|version|piece|reporting|interview)\s+in\s+(?-i:" + LanguageNames.Pattern + @")\b", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex OriginalLink = new(
        @"\b(?:read|see|view|find|access|consult|click|link|links|available|here)\b[^.;]{0,40}?\boriginal\b" +
        @"|\boriginal\b[^.;]{0,40}?\b(?:here|available|link|online|can\s+be\s+(?:found|read|accessed|viewed))\b" +
        @"|\boriginal\s+(?:article|story|version|text|report)?\s*(?:in\s+[\p{L}]+\s*)?(?:is\s+)?at\s+\S+" +
        @"|^original\s*(?:article|story|version|text|source)?\s*[:(]", Opt, RegexMatchTimeout.PerMatch);

    /// <summary>A pointer to a version in another language: "Read this article in Korean", "Korean version: ...", "In Japanese: https://...".</summary>
    public static readonly Regex OtherLanguageVersion = new(
        @"^(?:read|view|see)\s+(?:(?:this|the|it)\s+(?:[\w-]+\s+){0,2}?)?in\s+(?-i:(?<lang>" + LanguageNames.Pattern + @"))\b" +
        @"|^(?:read|view|see)\s+(?:the\s+)?(?-i:(?<lang>" + LanguageNames.Pattern + @"))(?:[- ]language)?\s+(?:original|version|text|edition)\b" +
        // ("Tamil original by S. Senthil Kumar" credits the original's writer: not a pointer)
        @"|^(?-i:(?<lang>" + LanguageNames.Pattern + @"))(?:[- ]language)?\s+(?:(?:version|original|edition)\s*[:(]|(?:version|edition)\s+by\b)" +
        @"|^in\s+(?-i:(?<lang>" + LanguageNames.Pattern + @"))\s*:\s*\S", Opt, RegexMatchTimeout.PerMatch);

    /// <summary>"our separate reporting", "an independent story", "its own coverage": a text other than this one.</summary>
    public static readonly Regex SeparateText = new(@"\b(?:separate|independent|different|distinct|own)\s+(?:reporting|coverage|story|stories|article|articles|report|reports|piece|pieces|investigation)\b", Opt, RegexMatchTimeout.PerMatch);

    /// <summary>Words that make a line a pointer to the original (a link), not a statement about the translation.</summary>
    public static readonly Regex Pointer = new(@"\b(?:read|see|view|here|available|click|link|online|visit)\b|https?://|www\.|:\s*\S+\.\w{2,}", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex ThisIsATranslation = new(
        @"\b(?:this|it|the\s+following|what\s+follows|below)\s+(?:is|was)\s+(?:an?|my|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}translation\b|\b(?:this\s+)?(?:article|story)\s+is\s+an?\s+(?:[\w-]+\s+){0,2}translation\b", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex TranslatedClause = new(
        @"\btranslated\s+(?:(?:[\w'’-]+\s+){0,2})?(?:from|by|with|using|via|through|into|in)\b|\btranslation\s+(?:\([^)]{0,40}\)\s+)?(?:from|by|of)\b|\btranslators?\s*[:]|\btranslation\s*:|\b(?:machine|AI|automatically|auto)[- ]?translated\b|" + TranslationWording, Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex Audio = new(
        @"\b(?:voiced|narrated|read\s+aloud|read\s+out)\s+(?:by|using|with)\b|\blisten(?:ing)?\s+(?:to\s+)?(?:this|the)\s+(?:article|story|report|piece|audio)\b" +
        @"|\btext[- ]to[- ]speech\b|\baudio\s+(?:version|edition|narration|generated|of\s+this|is\s+(?:generated|produced|created))\b" +
        @"|\b(?:AI|synthetic|computer[- ]generated|automated|artificial|digital)[- ](?:generated\s+)?(?:voice|narration|narrator)s?\b|^listen\b|\bpodcast\s+version\b", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex Slogan = new(
        @"\bwe\s+(?:translate|bring|deliver|publish|offer|provide|curate|select)\b|\ball\s+(?:of\s+)?our\s+(?:articles|stories|content|reporting|news|coverage|journalism)\b" +
        @"|\b(?:available|published|read(?:\s+us)?|offered)\s+in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|[\w-]+\s+different)\s+languages\b" +
        @"|\bin\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple)\s+languages\b" +
        @"|\bevery\s+(?:[\w-]+\s+)?(?:article|story|day|report)\b[^.]{0,40}\btranslat" +
        // translated "into Sinhala, Tamil and English": a list of target languages describes the site, not this page
        @"|\btranslat\w*\s+into\s+(?-i:(?:" + LanguageNames.Pattern + @"))(?:\s*,\s*(?-i:(?:" + LanguageNames.Pattern + @")))*,?\s+(?:and|&)\s+(?-i:(?:" + LanguageNames.Pattern + @"))\b" +
        @"|\b(?:available|published|read\s+us)\s+in\s+(?-i:(?:" + LanguageNames.Pattern + @"))(?:\s*,\s*(?-i:(?:" + LanguageNames.Pattern + @")))*,?\s+(?:and|&)\s+(?-i:(?:" + LanguageNames.Pattern + @"))\b" +
        @"|\b(?:our\s+(?:site|website|team|newsroom|service|editors|platform|desk)|this\s+(?:site|website|page|service|newsletter))\s+(?:translates?|brings?|publish(?:es)?|offers?)\b" +
        @"|\btranslates?\s+(?:the\s+best|(?:the\s+)?(?:top\s+|latest\s+)?(?:news|stories|articles|reporting|journalism|headlines))\b", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex QuoteCredit = new(
        @"\baccording\s+to\s+(?:a|the|our|an?\s+[\w-]+)\s+translation\b|\(\s*translated(?:\s+(?:by|from)\s+[^)]{1,60})?\s*\)|\btranslated\s+by\s+the\s+(?:author|reporter|writer|correspondent|interviewer)\b" +
        // (not "my own translation of an article ...": a whole text translated is the article's translation)
        @"|\b(?:our|my|the\s+author(?:'|’)s|the\s+reporter(?:'|’)s)\s+(?:own\s+)?translation\b(?!\s+(?:\([^)]{0,40}\)\s+)?of\s+(?:an?|the|this)\s+(?:[\w-]+\s+)?(?:article|story|report|piece|post|column|interview|editorial|essay|text)\b)|\btranslation\s+(?:is\s+)?(?:ours|mine)\b|\bas\s+translated\s+by\b" +
        @"|\bthrough\s+an?\s+(?:interpreter|translator)\b|\bvia\s+an?\s+(?:interpreter|translator)\b" +
        @"|\b(?:quotes?|quotations?|remarks|comments|statements?|excerpts?|passages?|citations?|posts?|messages?|interviews|responses|answers|testimon(?:y|ies)|tweets?)\b[^.;]{0,40}?\btranslated\b" +
        @"|\btranslated\s+(?:quotes?|remarks|comments|statements?|excerpts?)\b|\bin\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?translation\s+(?:by|provided)\b", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex Speech = new(
        @"[""“”«»]|\b(?:said|says|told|wrote|writes|added|stated|asked|replied|tweeted)\b", Opt, RegexMatchTimeout.PerMatch);

    /// <summary>Terms that make a body sentence a mention of machine translation or AI (the article's topic).</summary>
    public static readonly Regex Topic = new(
        @"\bmachine[- ]translat\w*|\btranslation\s+(?:apps?|tools?|software|engines?|services?|technolog(?:y|ies)|models?|devices?|earbuds)\b|\b(?-i:AI)\b|\bartificial[\s-]+intelligence\b|\bchatbots?\b|\blanguage\s+models?\b|\b(?-i:LLMs?)\b|\bgenerative\b|\bDeepL\b|\bGoogle\s+Translate\b|\bPapago\b|\bChatGPT\b", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex StrongTopic = new(
        @"\bmachine[- ]translat\w*|\btranslation\s+(?:apps?|tools?|software|engines?|technolog(?:y|ies)|models?|devices?|earbuds)\b|\bAI[- ](?:powered\s+)?translat\w*|\bDeepL\b|\bGoogle\s+Translate\b|\bPapago\b|\bChatGPT\b|\b(?-i:LLMs?)\b|\blarge\s+language\s+models?\b|\bgenerative\s+AI\b", Opt, RegexMatchTimeout.PerMatch);

    /// <summary>The text was written, produced or summarised with AI ("This article was produced with the help of AI").</summary>
    public static readonly Regex AiGenerated = new(
        @"\b(?:written|produced|generated|created|drafted|composed|summari[sz]ed|prepared|compiled|assisted|researched|edited)\s+(?:[\w-]+\s+){0,3}?(?:with|using|by|via|through)\s+(?:the\s+)?(?:(?:help|assistance|support|aid)\s+of\s+)?(?:an?\s+)?(?:generative\s+)?(?:(?-i:AI)\b|artificial[\s-]+intelligence|ChatGPT|(?:large\s+)?language\s+models?|chatbots?)" +
        @"|(?-i:\bAI\b)[- ](?:generated|assisted|written|produced|drafted)\b", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex NotATranslation = new(
        @"\b(?:is|was|has)\s+not\s+(?:been\s+)?(?:a\s+)?translat(?:ed|ion)\b|\bis\s+(?:an?\s+)?original\s+(?:[\p{L}-]+\s+)?(?:article|story|report|piece|work)\b|\bno\s+(?:machine\s+|AI\s+)?translation\s+(?:was|has\s+been)\s+(?:used|involved)\b|\bnot\s+a\s+translation\b" +
        // "This English text is the original; the isiZulu version was made from it"
        @"|\b(?:this|the\s+present)\s+(?:[\w-]+\s+){0,2}(?:text|article|story|version|report|piece)\s+is\s+the\s+original\b(?!\s+(?:\w+\s+){0,2}(?:of|in|by|from)\b)", Opt, RegexMatchTimeout.PerMatch);

    /// <summary>"(This article was) written in English" and the like: the language the text was written or first published in.</summary>
    public static readonly Regex WrittenIn = new(
        @"\b(?<orig>originally\s+|first\s+|initially\s+)?(?:written|reported|produced|composed|published|appeared|ran|printed|posted)\s+(?:[\w'’-]+\s+){0,3}?in\s+(?:the\s+)?(?-i:(?<lang>" + LanguageNames.Pattern + @"))\b(?![- ]language\s+(?:press|media|newspaper|daily|outlet|edition\s+of))", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex Correction = new(
        @"^(?:correction|clarification|update|updated|corrections?)\b|\ban\s+earlier\s+version\b|\bpreviously\s+misstated\b|\bincorrectly\s+(?:stated|said|identified)\b", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex EditClause = new(
        @"\b" + EditVerbs + @"\b|^(?:editing|editor|editors|edit|review|reviewers?|fact-?check(?:ing)?|proofreading)\s*[:]|\bhuman\s+(?:review|oversight|editing|editors?|supervision)\b|\bwith\s+(?:editing|review)\s+by\b", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex NegativeReview = new(
        @"\b(?:has|have|was|were|is|are|had)\s+not\s+(?:been\s+)?(?:(?:human|manually)[- ]?)?" + EditVerbs + @"\b|\bwithout\s+(?:any\s+)?(?:human\s+|editorial\s+|further\s+)?(?:review|editing|oversight|verification|checking|proofreading|intervention)\b" +
        @"|\bun(?:edited|reviewed|checked|verified)\b|\bno\s+(?:human|editorial)\s+(?:review|editing|oversight|intervention)\b|\bnot\s+(?:been\s+)?(?:reviewed|edited|checked|verified)\b|\b(?:hasn't|haven't|wasn't|weren't)\s+(?:been\s+)?" + EditVerbs + @"\b", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex HumanReviewPhrase = new(
        @"\bhuman[- ](?:reviewed|edited|checked|verified|review|oversight|editing|editors?|supervision)\b|\b(?:reviewed|checked|edited|verified)\s+by\s+(?:a\s+)?humans?\b|\bhuman\s+in\s+the\s+loop\b", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex GenerativeAi = new(
        @"\bgenerative\s+(?:AI|artificial[\s-]+intelligence|model|tool)s?\b|\bgen-?AI\b|(?-i:\bAI\b)|\bA\.I\.|\bartificial[\s-]+intelligence\b|\blarge\s+language\s+models?\b|(?-i:\bLLMs?\b)|\blanguage\s+models?\b|\bchatbots?\b|(?-i:\bGPT\b)", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex MachineTranslation = new(
        @"\bmachine[- ]?(?:translat\w*|assisted)|\bby\s+(?:a\s+)?machine\b|\bautomat(?:ed|ic|ically)\s+(?:\w+\s+)?translat\w*|\bautomatically\b|\bauto-?translat\w*|\btranslation\s+(?:software|engine|tool|program|system|service)\b|\bneural\s+(?:machine\s+)?translation\b|\bcomputer[- ](?:translated|translation|assisted)\b|\bsoftware\b", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex HumanTranslation = new(
        @"\b(?:human|professional|staff|our|in-house|freelance)\s+translat(?:or|ors|ion|ed)\b|\btranslated\s+by\s+hand\b|\bhuman[- ]translated\b" +
        // a person's own translation: "my own unofficial translation", "I translated"
        @"|\bmy\s+(?:own\s+)?(?!(?:machine|AI|automatic|automated|computer)\b)(?:[\w-]+\s+)?translation\b|(?-i:\bI)\s+(?:have\s+)?translated\b" +
        // a language version credited to people: "an English rendering of a report ..., prepared by Kavir Review staff"
        @"|\b(?:rendering|version|translation|adaptation|text|edition)\b[^.;]{0,200}?\b(?:prepared|produced|made|done|written|rendered|put\s+together)\s+by\s+(?:the\s+|our\s+)?(?:[\p{L}'’&.-]+\s+){0,4}?(?:staff|desk|newsroom|editors?|team|journalists?|reporters?|correspondents?)\b", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex Negation = new(@"\b(?:not|without|no|never|nor|neither)\b(?:\s+[\w-]+){0,3}\s*$", Opt, RegexMatchTimeout.PerMatch);

    /// <summary>A phrase standing for a machine rather than a person ("an AI tool", "software").</summary>
    public static readonly Regex NonHumanAgent = new(
        @"(?-i:\bAI\b)|\bA\.I\.|\bartificial[\s-]+intelligence\b|\bmachines?\b|\bsoftware\b|\balgorithms?\b|\bcomputers?\b|\bmodels?\b|\b(?-i:LLMs?)\b|\bchatbots?\b|\bengines?\b|\btools?\b|\bautomat\w+|\bgenerative\b|\bapps?\b|\bsystems?\b|\bprograms?\b|\bbots?\b", Opt, RegexMatchTimeout.PerMatch);

    /// <summary>Where an agent phrase ("by X") ends.</summary>
    public static readonly Regex AgentEnd = new(
        @"\s+(?:using|with|via|through|from|into|for|on|at|under|after|before|as|who|which|based|in\s+(?=" + LanguageNames.Pattern + @"|the\s|an?\s|\d))\b|\s*[,;|/()\[\]:]|(?<!(?:^|\s)(?-i:\p{Lu}))\.(?:\s|$)|\s+and\s+(?=(?:then\s+|later\s+|also\s+)?(?:" + EditVerbs + @"|translated|was|were|has|have|it|is)\b)|\s+(?:was|were|has|have|had)\b|\.$", Opt, RegexMatchTimeout.PerMatch);
}
