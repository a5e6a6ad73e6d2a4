using System.Text.RegularExpressions;
using Platform.Contracts;
using static Platform.Provenance.Detection.DisclosurePatterns;

namespace Platform.Provenance.Detection;

/// <summary>
/// A small clause grammar over translation notes. The note is cut into clauses (at sentence ends, ";", "|",
/// dashes, and "and"/"," before a new participle such as "edited"); each clause is read as
/// label ("Translation: X"), passive ("translated from S by X using T") or active ("X translated this article").
/// Source outlet, source language and means are read from phrase patterns anywhere in the note.
/// </summary>
public static partial class DisclosureParser
{
    private const RegexOptions Opt = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly string L = @"(?-i:(?<lang>" + LanguageNames.Pattern + @"))";
    // (?-i:) around \p{Lu}: under IgnoreCase a \p{Lu} class matches lower-case letters too.
    // (nor a day or month: "carried on Thursday by Meskot" names Meskot)
    private static readonly string NotLanguage = @"(?!(?-i:" + LanguageNames.Pattern + @")\b(?![- ]?\s*(?-i:\p{Lu})))" +
        @"(?!(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)";
    private const string Token = @"(?:(?:al|el|an|ar|as|ad|ash|at|az|ul)-|[lLdD]['’])?[\p{Lu}\p{N}][\p{L}\p{N}'’&\-]*(?:\.(?=\p{L})[\p{L}\p{N}'’&\-]*)*";
    // Particles inside outlet names: "Sawt al-Wadi", "Dagblad van het Wad", "La Gazette de Nyons et Buis", "Diário do Vale do Zambeze".
    private const string Connector = @"(?:of|the|de|del|della|delle|di|da|do|dos|das|der|die|den|des|du|la|le|les|el|al|y|e|i|et|und|am|im|van|von|het|na|ya|wa|&)";
    // Outlet nouns written in lower case after a capitalised name ("Kraški tednik", "Ostravské listy", "Večerní noviny").
    private const string LowerOutletNoun = @"(?:\s+(?:tednik|dnevnik|listy|list|noviny|novine|vjesnik|vesnik|vestnik|vesti|vijesti|gazeta|hírlap|napló|lapok|tidende|avis|posten|dagblad|krant|sanomat|lehti|uutiset|ziņas|žinios|uudised|gazetesi|postası|haber|zeitung|blatt)\b)?";
    private static readonly string Pub = NotLanguage + @"(?-i:(?<pub>" + Token + @"(?:\s+(?:" + Connector + @"\s+){0,2}" + Token + @")*" + LowerOutletNoun + "))";

    private static readonly Regex[] SourceLanguagePatterns =
    [
        // (not a department: "Note from the English desk")
        new(@"\bfrom\s+(?:the\s+|an?\s+|our\s+)?(?:original\s+)?" + L + @"(?-i:(?!\s+\p{Lu}\p{Ll}))(?:[- ]language)?\b(?!\s+(?:desk|newsroom|team|service|staff|section|department|bureau|editors?|office)\b)", Opt, RegexMatchTimeout.PerMatch),
        new(@"\b(?:first|originally|initially)\s+(?:published|written|appeared|reported|ran|aired|posted|printed|produced)\s+(?:[\w'’.-]+\s+){0,4}?in\s+(?:the\s+)?" + L + @"\b", Opt, RegexMatchTimeout.PerMatch),
        new(@"\boriginal\s+(?:[\w-]+\s+){0,3}?in\s+" + L + @"\b", Opt, RegexMatchTimeout.PerMatch),
        // "published on the Armenian website ...", "appeared in a Catalan weekly"
        new(@"\b(?:published|appeared|ran|printed)\b[^.]{0,30}?\b(?:in|on|by)\s+(?:the\s+|an?\s+)" + L + @"(?:-language)?\s+(?:website|site|newspaper|daily|weekly|magazine|outlet|paper|edition|blog|portal|news\s+site)\b", Opt, RegexMatchTimeout.PerMatch),
        new(@"\boriginal\s+" + L + @"\b", Opt, RegexMatchTimeout.PerMatch),
        new(@"\b" + L + @"[- ](?:to|into)[- ](?-i:(?:" + LanguageNames.Pattern + @"))\b", Opt, RegexMatchTimeout.PerMatch),
        new(@"\b" + L + @"(?:[- ]language)?\s+(?:original|source|newspaper|daily|weekly|magazine|outlet|service|edition|version|article|text|story|report)\b", Opt, RegexMatchTimeout.PerMatch),
        // "the Welsh-language community paper", "a Tamil-language regional weekly"
        new(@"\b" + L + @"[- ]language\s+(?:[\w-]+\s+){0,2}?(?:paper|newspaper|daily|weekly|monthly|magazine|outlet|site|website|radio|broadcaster|portal|blog)\b", Opt, RegexMatchTimeout.PerMatch),
        new(@"\b(?:written|published|reported|appeared|filed|produced|broadcast)\s+in\s+" + L + @"\b", Opt, RegexMatchTimeout.PerMatch),
        // "Adapted for English readers from reporting in Inuktitut by ..."
        new(@"\bfrom\s+(?:the\s+)?(?:original\s+)?(?:reporting|a\s+report|an\s+interview|a\s+broadcast)\s+in\s+" + L + @"\b", Opt, RegexMatchTimeout.PerMatch),
        // "based on reporting in Japanese", "adapted from a report in Thai"
        new(@"\b(?:based\s+on|adapted\s+from|drawn\s+from)\s+(?:[\w'’-]+\s+){0,3}?(?:in|from)\s+(?:the\s+)?" + L + @"\b", Opt, RegexMatchTimeout.PerMatch),
        new(@"^\W*(?:read|view|see)\s+(?:(?:this|the|it)\s+(?:[\w-]+\s+){0,2}?)?in\s+" + L + @"\b|^\W*in\s+" + L + @"\s*:", Opt, RegexMatchTimeout.PerMatch),
    ];

    private static readonly Regex[] TargetLanguagePatterns =
    [
        new(@"\binto\s+(?:the\s+)?" + L + @"\b", Opt, RegexMatchTimeout.PerMatch),
        new(@"\b(?-i:(?:" + LanguageNames.Pattern + @"))[- ](?:to|into)[- ]" + L + @"\b", Opt, RegexMatchTimeout.PerMatch),
        new(@"\b" + L + @"(?:[- ]language)?\s+(?:translation|version|edition)\b", Opt, RegexMatchTimeout.PerMatch),
    ];

    private static readonly Regex[] PublicationPatterns =
    [
        // "Dilnoza Yusupova's investigation for our Uzbek-language site, Erkin Tong": the outlet in apposition after its description
        new(@"\bfor\s+(?:our|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:site|website|paper|newspaper|weekly|daily|monthly|service|edition|magazine|outlet|channel|portal),\s+(?:the\s+)?" + Pub, Opt, RegexMatchTimeout.PerMatch),
        // "comes from our partners at Glas Podrinja, a small weekly published in Goražde": the partner is the source
        new(@"\b(?:comes?|came)\s+(?:to\s+us\s+)?from\s+(?:our\s+)?(?:partners?|colleagues|friends|sister\s+[\p{L}-]+)\s+(?:at|of)\s+(?:the\s+)?" + Pub, Opt, RegexMatchTimeout.PerMatch),
        // "working from Chan Hoi-yan's Cantonese feature for Kaifong Weekly": the outlet a piece was written for, not its writer
        // (a name in a script without capitals before the Latin one is skipped: "for 街坊週報 Kaifong Weekly")
        new(@"\b(?:article|story|report|piece|column|feature|interview|essay|op-ed|dispatch)s?\s+for\s+(?:the\s+)?(?:\p{Lo}+\s+)?" + Pub, Opt, RegexMatchTimeout.PerMatch),
        // "Zëri i Veriut published it first", "Radio Kita aired the original": the outlet as the subject of first publication
        new(@"(?:^|[:;,—–]\s*|\.\s+)" + Pub + @"\s+(?:first\s+|originally\s+)?(?:published|ran|carried|printed|aired|broadcast)\s+(?:it|this|the\s+(?:story|report|original|article|piece))\b", Opt, RegexMatchTimeout.PerMatch),
        // "in the Russian-language Baku weekly Absheron Vestnik": up to three describing words before the kind of outlet
        new(@"\b(?:on|in|at|for|by)\s+(?:the\s+|an?\s+|our\s+)?(?:[\p{L}-]+\s+){0,3}?(?:blog|site|website|newspaper|daily|weekly|monthly|magazine|paper|portal|news\s+site|news\s+agency|broadcaster|publication|title)\s+" + Pub, Opt, RegexMatchTimeout.PerMatch),
        new(@"\bfrom\s+(?:the\s+|an?\s+)?(?:(?-i:(?:" + LanguageNames.Pattern + @"))(?:[- ]language\s+|\s+(?=(?:newspaper|daily|weekly|magazine|outlet|news\s+agency|agency|broadcaster|website|site|paper|publication|tabloid|journal|edition|version|text|original|copy)\b)))?(?:(?:newspaper|daily|weekly|magazine|outlet|news\s+agency|agency|broadcaster|website|site|paper|publication|news\s+site|newsmagazine|tabloid|journal|news\s+outlet)\s+)?(?:(?:edition|version|original|website|site|pages|text|copy)\s+(?:of|in|by|at)\s+)?(?:the\s+)?" + Pub, Opt, RegexMatchTimeout.PerMatch),
        new(@"\b(?:article|story|report|piece|column|editorial|interview|op-ed|original|essay|feature)s?\s+(?:(?:first\s+|originally\s+)?(?:published|that\s+(?:first\s+|originally\s+)?(?:appeared|ran)|which\s+(?:first\s+|originally\s+)?appeared|appearing|run)\s+)?(?:in|by|from|of|at|on)\s+(?:the\s+)?" + Pub, Opt, RegexMatchTimeout.PerMatch),
        new(@"\b(?:published|appeared|ran|printed|aired|posted|produced|carried|filed)\s+(?:(?:first|originally|initially)\s+)?(?:(?:[\w'’-]+\s+){0,4}?)(?:in|by|on|at)\s+(?:the\s+)?" + Pub, Opt, RegexMatchTimeout.PerMatch),
        new(@"(?:^|\b(?:the|by|from|in|for)\s+)" + Pub + @"(?:'s|’s)\s+(?:original|article|story|report|edition|version|[\p{L}]+-language)\b", Opt, RegexMatchTimeout.PerMatch),
        // "Reporters at SPM Italiano wrote this story": the newsroom the original's writers work at
        new(@"\b(?:reporters?|journalists?|correspondents?|colleagues|writers?|editors?|staff|team|newsroom)\s+(?:at|of|from)\s+(?:the\s+)?" + Pub + @"(?=[^.;]{0,60}?\b(?:wrote|write|reported|filed|produced|published|prepared)\b)", Opt, RegexMatchTimeout.PerMatch),
        // "the English edition of X", "appeared on the blog X", "appeared in <X>", "publicado por X", "publié par X"
        new(@"\b(?:edition|version)s?\s+of\s+(?:the\s+|an?\s+)?" + Pub, Opt, RegexMatchTimeout.PerMatch),
        new(@"\b(?:published|appeared|ran|printed)\s+(?:(?:first|originally)\s+)?(?:in|on|by)\s+[<«""“]\s*" + Pub, Opt, RegexMatchTimeout.PerMatch),
        // "a report by Rana Khaddaj that first ran with our partner Al-Fayha Daily"
        new(@"\b(?:ran|appeared|published|carried)\s+(?:first\s+)?with\s+(?:our\s+)?(?:partners?\s+|sister\s+[\p{L}-]+\s+)?(?:the\s+)?" + Pub, Opt, RegexMatchTimeout.PerMatch),
        // "a story Lori Lratu, an independent newsroom in Vanadzor, first ran in Armenian"
        new(@"\b(?:report|story|article|piece)\s+(?:that\s+)?" + Pub + @"(?:\s*,[^,.;]{1,80},)?\s+(?:first\s+|originally\s+)?(?:ran|published|printed|carried|aired)\b", Opt, RegexMatchTimeout.PerMatch),
        // "a report Ane Zubizarreta wrote for the Zubiak Astekaria weekly"
        new(@"\b(?:wrote|written|filed|reported|produced)\s+(?:it\s+)?for\s+(?:the\s+)?" + Pub, Opt, RegexMatchTimeout.PerMatch),
        // "published with the permission of X", "courtesy of X": the rights holder of a translated text is its source
        new(@"\b(?:(?:with|by|under)\s+(?:the\s+)?(?:kind\s+)?permission\s+(?:of|from)|courtesy\s+of)\s+(?:the\s+)?" + Pub, Opt, RegexMatchTimeout.PerMatch),
        // "Chinese text by our reporter for 蘭陽時報", "first printed in 바다신문": a name in a script without capitals after a
        // preposition of place or purpose in an English note is a proper name, and here an outlet's (after "by" it is a person's)
        // (also inside the title marks Chinese and Japanese put around a publication's name: "original in 《南港晨報》")
        new(@"(?:\b(?:for|in|from|at|on|of)|\bpublished\s+by)\s+(?:the\s+)?[《「『〈]?(?<pub>\p{Lo}[\p{Lo}\p{M}·・]*(?:\s\p{Lo}[\p{Lo}\p{M}·・]*){0,3})(?![\p{L}\p{M}])", Opt, RegexMatchTimeout.PerMatch),
        new(@"\b(?:publicad[oa]|publié|publiée|paru|parue|pubblicat[oa]|veröffentlicht|erschienen|gepubliceerd|opublikowan\w*)\s+(?:originalmente\s+|initialement\s+|d'abord\s+|zuerst\s+)?(?:(?:en|em|in|auf)\s+\p{L}+\s+)?(?:por|par|da|en|in|von|door|w|przez|dans|no|na|em|nel|sul)\s+(?:el\s+|la\s+|le\s+|o\s+|a\s+|der\s+|de\s+)?" + Pub, Opt, RegexMatchTimeout.PerMatch),
    ];

    private static readonly Regex ClauseBoundary = new(
        // (not after a common abbreviation: "(Feb. 13 morning edition) by Graham Wilkes" is one clause)
        // (nor after a name's initial: "put into English by R. Kalaivani")
        @"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gov|Sen|Rep|Inc|Ltd|Co|vs|ca))(?<!(?:^|[\s(])(?-i:\p{Lu}))[.;!?]+(?=\s|$)|\s+[|/·•]\s+|\s+[—–]\s+|\s-\s" +
        @"|,?\s+and\s+(?=(?:(?:was|were|has|have|had|been|is|are|not|never|then|later|also|subsequently|further|carefully)\s+)*(?:" + EditVerbs + @"|translated)\b)" +
        @"|,\s*(?=(?:then\s+)?(?:" + EditVerbs + @"|translated|translation|editing)\b)" +
        @"|,?\s+(?:and|while)\s+(?=(?:it|the\s+translation|the\s+text|our|the\s+article|the\s+story|the\s+piece)\b)" +
        @"|\s+with\s+(?=(?:additional\s+)?(?:editing|review|proofreading|fact-checking)\b)", Opt, RegexMatchTimeout.PerMatch);

    private static readonly Regex Label = new(
        @"^[\W_]*(?:(?<t>(?:english\s+|ai[- ]assisted\s+|human\s+)?(?:translation|translated|translators?)(?:\s+(?:from|into)\s+(?:the\s+)?[\p{L}-]+)*(?<both>\s+(?:and|&)\s+(?:editing|edited|adaptation|review))?(?:\s+by)?)|(?<e>(?:editing|edited|editors?|review(?:ed)?|reviewers?|proofreading|proofread|fact-?check(?:ing|ed)?|copy-?edit(?:ing|ed)?)(?:\s+by)?))\s*[:：]\s*(?<who>.+)$", Opt, RegexMatchTimeout.PerMatch);

    private static readonly Regex Passive = new(
        @"\b(?<verb>translat(?:ed|ion|ions)|(?<=\b(?-i:" + LanguageNames.Pattern + @")[- ](?:language\s+)?)version|rendered(?=\s+into)|put(?=\s+into\s+(?-i:" + LanguageNames.Pattern + @"))|" + EditVerbs + @"|editing|review)\b(?<mid>(?:(?!\b(?:published|written|appeared|printed|posted|ran|reported|carried|filed|aired)\b)[^,;|])*?)\s+by\s+(?<who>.+)$", Opt, RegexMatchTimeout.PerMatch);

    private static readonly Regex Active = new(
        @"^[\W_]*(?:(?:using|with|via|after|in|for)\b[^,;]*,\s*)?(?<who>[^,;]+?)\s+(?:(?:has|have|had|then|also|later|subsequently|carefully|jointly)\s+)*(?<verb>translated|" + EditVerbs + @")\b(?!\s+by\b)", Opt, RegexMatchTimeout.PerMatch);

    private static readonly Regex SharedAgent = new(
        @"(?<![-\w])(?:translated\s+and\s+" + EditVerbs + @"|" + EditVerbs + @"\s+and\s+translated)\s+by\s+(?<who>.+)$", Opt, RegexMatchTimeout.PerMatch);

    private static readonly Regex RoleApposition = new(
        @"(?:^|\b(?:contact|and|with)\s+|,\s*)(?<role>translators?|editors?)\s+(?-i:(?<who>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}))", Opt, RegexMatchTimeout.PerMatch);

    // "English text: Rutendo Chikowore", "English by Gabriel Yambun from ...": the person named for this language version
    // is its translator.
    private static readonly Regex VersionCredit = new(
        @"^[\W_]*(?:in\s+)?(?-i:(?<lang>" + LanguageNames.Pattern + @"))(?:\s+(?:(?:text|version|rendering)(?:\s+from\s+[^:：]{1,60}?)?\s*(?:by\s+|[:：]\s*)|by\s+)|\s*[:：]\s*(?=(?-i:\p{Lu})))(?<who>.+)$" +
        // "... appears here in an English text by Sekar Ayuningtyas": the version credited inside a clause
        @"|\b(?:in|as)\s+(?:an?|its|the)\s+(?-i:(?<lang>" + LanguageNames.Pattern + @"))\s+(?:text|version|rendering|translation)\s+by\s+(?<who>(?-i:\p{Lu}).+)$", Opt, RegexMatchTimeout.PerMatch);

    private static readonly Regex PassiveVoice = new(@"\b(?:was|were|is|are|been|being)\b", Opt, RegexMatchTimeout.PerMatch);

    private static string Titled(string word) => word[0] + word[1..].ToLowerInvariant();

    [GeneratedRegex(@"(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CapitalWord();

    public static ParsedDisclosure Parse(string text, string? targetLanguage)
    {
        var shouting = IsShouting(text);
        if (shouting) text = Decapitalize(text);
        // "TRANSLATED FROM PORTUGUESE — Algarve councils ...": a language name in capitals inside a mixed-case note.
        else text = CapitalWord().Replace(text, m => LanguageNames.ToTag(Titled(m.Value)) is not null ? Titled(m.Value) : m.Value);
        var sourceLanguage = LanguagePairSource(text, targetLanguage)
            ?? FindLanguage(SourceLanguagePatterns, text, targetLanguage, skipSameAsTargetFrom: 5)
            ?? ForeignNoteLexicon.SourceLanguage(text)
            ?? SoleOtherLanguage(text, targetLanguage);
        var targetFromNote = FindLanguage(TargetLanguagePatterns, text, null, skipSameAsTargetFrom: int.MaxValue);
        var effectiveTarget = targetLanguage ?? targetFromNote;
        var publication = FindPublication(text, effectiveTarget);

        var translators = new List<string>();
        var editors = new List<string>();
        var nonHumanTranslator = false;
        var nonHumanEditor = false;
        var agentlessEdit = false;

        foreach (Match shared in SharedAgent.Matches(text))
        {
            // "translated and edited by X": one agent for both verbs.
            var (who, nh) = AgentPhrase.Read(AgentPhrase.Cut(shared.Groups["who"].Value));
            AddAll(translators, who); AddAll(editors, who);
            nonHumanTranslator |= nh;
        }

        foreach (Match m in RoleApposition.Matches(text))
        {
            // "Contact translator Wang Lei and editor Joshua Dummer"
            var (who, _) = AgentPhrase.Read(m.Groups["who"].Value);
            AddAll(m.Groups["role"].Value.StartsWith("translat", StringComparison.OrdinalIgnoreCase) ? translators : editors, who);
        }

        foreach (var clause in Clauses(text))
        {
            var negativeReview = NegativeReview.IsMatch(clause);
            // (only the version in this text's language: "Korean version: <address>" points to the original)
            if (VersionCredit.Match(clause) is { Success: true } version && !SourceClues.WebAddress.IsMatch(version.Groups["who"].Value)
                && LanguageNames.ToTag(version.Groups["lang"].Value) is { } versionLanguage
                && LanguageNames.Primary(versionLanguage) == LanguageNames.Primary(effectiveTarget ?? "en"))
            {
                var (who, nh) = AgentPhrase.Read(AgentPhrase.Cut(version.Groups["who"].Value));
                AddAll(translators, who); nonHumanTranslator |= nh;
                continue;
            }
            var label = Label.Match(clause);
            if (label.Success)
            {
                var (who, nh) = AgentPhrase.Read(Regex.Split(label.Groups["who"].Value, @"\s*[;|(\[]", RegexOptions.None, RegexMatchTimeout.PerMatch)[0]);
                if (label.Groups["t"].Success)
                {
                    AddAll(translators, who); nonHumanTranslator |= nh;
                    if (label.Groups["both"].Success) AddAll(editors, who);
                }
                else { AddAll(editors, who); nonHumanEditor |= nh; }
                continue;
            }
            var passive = Passive.Match(clause);
            if (passive.Success)
            {
                var (who, nh) = AgentPhrase.Read(AgentPhrase.Cut(passive.Groups["who"].Value));
                if (IsTranslateVerb(passive.Groups["verb"].Value)) { AddAll(translators, who); nonHumanTranslator |= nh; }
                else if (!negativeReview) { AddAll(editors, who); nonHumanEditor |= nh; if (who.Count == 0 && !nh) agentlessEdit = true; }
                continue;
            }
            var active = Active.Match(clause);
            if (active.Success && !PassiveVoice.IsMatch(active.Groups["who"].Value) && !SelfReference.IsMatch(active.Groups["who"].Value))
            {
                var (who, nh) = AgentPhrase.Read(active.Groups["who"].Value);
                if (IsTranslateVerb(active.Groups["verb"].Value)) { AddAll(translators, who); nonHumanTranslator |= nh; }
                else if (!negativeReview) { AddAll(editors, who); nonHumanEditor |= nh; if (who.Count == 0 && !nh) agentlessEdit = true; }
                continue;
            }
            if (EditClause.IsMatch(clause) && !NegativeReview.IsMatch(clause)) agentlessEdit = true;
        }

        AddAll(translators, ForeignNoteLexicon.Translators(text));
        AddAll(editors, ForeignNoteLexicon.Editors(text));
        if (shouting)
        {
            translators = translators.Select(TitleCase).ToList();
            editors = editors.Select(TitleCase).ToList();
        }
        var (method, tool) = ReadMethod(text, translators.Count > 0);
        if (method == TranslationMethods.Unknown && nonHumanTranslator) method = TranslationMethods.Machine; // "translated by an algorithm"
        bool? humanEdited = null;
        if (NegativeReview.IsMatch(text)) humanEdited = false;
        else if (editors.Count > 0 || HumanReviewPhrase.IsMatch(text) || (agentlessEdit && !nonHumanEditor)
                 || (ForeignNoteLexicon.Trigger.IsMatch(text) && ForeignNoteLexicon.Reviewed.IsMatch(text))) humanEdited = true;

        return new ParsedDisclosure
        {
            SourcePublication = publication,
            SourceLanguageFromNote = sourceLanguage,
            TargetLanguageFromNote = targetFromNote,
            Method = method,
            Tool = tool,
            Translators = translators,
            Editors = editors,
            HumanEdited = humanEdited,
            HasTranslationClause = TranslatedClause.IsMatch(text) || (ForeignNoteLexicon.Trigger.IsMatch(text) && !OriginalLink.IsMatch(text)),
        };
    }

    /// <summary>True for a note written in capitals ("TRANSLATED FROM THE JAPANESE BY KENJI MORI").</summary>
    private static bool IsShouting(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 8 && letters.Count(char.IsUpper) > letters.Count * 0.8;
    }

    /// <summary>Lowercases a note in capitals, then restores the capitals of language names and known outlets.</summary>
    private static string Decapitalize(string text)
    {
        var lower = text.ToLowerInvariant();
        lower = Regex.Replace(lower, @"\b(?:" + LanguageNames.Pattern + @")\b",
            m => LanguageNames.ToTag(m.Value) is null ? m.Value : TitleCase(m.Value), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatch);
        foreach (var k in OutletLanguageTable.FindAll(text).ToList())
            if (k.Matched.Contains('.', StringComparison.Ordinal)) continue; // a domain stays lowercase
            else lower = lower[..k.Index] + TitleCase(k.Matched.ToLowerInvariant()) + lower[(k.Index + k.Matched.Length)..];
        lower = Regex.Replace(lower, @"\b(?:ai|deepl|papago|chatgpt|google translate)\b", m => m.Value switch
        {
            "ai" => "AI",
            "deepl" => "DeepL",
            "papago" => "Papago",
            "chatgpt" => "ChatGPT",
            _ => "Google Translate",
        }, RegexOptions.None, RegexMatchTimeout.PerMatch);
        return lower;
    }

    private static string TitleCase(string s) =>
        System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(s.ToLowerInvariant());

    /// <summary>The clauses of a note, in order.</summary>
    public static IEnumerable<string> Clauses(string text) =>
        ClauseBoundary.Split(text).Select(c => c.Trim()).Where(c => c.Length > 0);

    private static bool IsTranslateVerb(string verb) =>
        verb.StartsWith("translat", StringComparison.OrdinalIgnoreCase) || verb.ToLowerInvariant() is "version" or "rendered" or "put";

    private static void AddAll(List<string> into, IEnumerable<string> items)
    {
        foreach (var i in items)
            if (!into.Contains(i, StringComparer.OrdinalIgnoreCase)) into.Add(i);
    }

    /// <summary>"ES>EN", "pt → en", "DE->EN": a pair of language codes with an arrow names the source first. The second code
    /// must be this text's language when that is known.</summary>
    private static string? LanguagePairSource(string text, string? target)
    {
        foreach (Match m in LanguagePair().Matches(text))
        {
            var (from, to) = (m.Groups["from"].Value, m.Groups["to"].Value);
            if (!LanguageNames.IsKnownTag(from) || !LanguageNames.IsKnownTag(to) || string.Equals(from, to, StringComparison.OrdinalIgnoreCase)) continue;
            if (target is not null && LanguageNames.Primary(target) != to.ToLowerInvariant()) continue;
            return from.ToLowerInvariant();
        }
        return null;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<from>[A-Z]{2}|[a-z]{2})\s*(?:>|→|->|⟶|=>|»|›)\s*(?<to>[A-Z]{2}|[a-z]{2})(?![\p{L}\p{N}])", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex LanguagePair();

    private static string? FindLanguage(Regex[] patterns, string text, string? target, int skipSameAsTargetFrom)
    {
        for (var i = 0; i < patterns.Length; i++)
        {
            foreach (Match m in patterns[i].Matches(text))
            {
                var tag = LanguageNames.ToTag(m.Groups["lang"].Value);
                if (tag is null) continue;
                if (i >= skipSameAsTargetFrom && target is not null && LanguageNames.Primary(tag) == LanguageNames.Primary(target)) continue;
                return tag;
            }
        }
        return null;
    }

    // (not a language name that opens a proper name: "the Korean Central News Agency")
    private static readonly Regex CapitalisedLanguage = new(@"(?<![\p{L}])(?-i:" + LanguageNames.Pattern + @")(?![\p{L}])(?!\s+\p{Lu}\p{Ll})", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    /// <summary>
    /// "Adapted for English readers from Kim Su-jin's report in Korean", "reaches you in English by way of Albanian": a
    /// disclosure that names exactly one language besides the page's own (and not as a language it was put into) names
    /// the original's, whatever the phrase around it.
    /// </summary>
    private static string? SoleOtherLanguage(string text, string? target)
    {
        if (target is null) return null;
        var into = TargetLanguagePatterns.SelectMany(p => p.Matches(text)).Select(m => m.Groups["lang"]).Where(g => g.Success).Select(g => g.Index).ToHashSet();
        var others = CapitalisedLanguage.Matches(text).Where(m => !into.Contains(m.Index))
            .Select(m => LanguageNames.ToTag(m.Value)).OfType<string>()
            .Where(t => LanguageNames.Primary(t) != LanguageNames.Primary(target)).Distinct().ToList();
        return others is [var only] ? only : null;
    }

    private static string? FindPublication(string text, string? target)
    {
        // An outlet's name in quotes or angle brackets ("the Armenian website 'Lraber Gegharkunik'", "<Kyunghwa Sinmun>")
        // reads like a bare name.
        text = QuotedName().Replace(text, "${name}");
        // A citation line: "Originally published in Persian: «title». Author. Outlet. date" names the outlet after the
        // author; "Original Czech article: Ostravské listy, 11. 3. 2025" names it at once.
        // A language credit: "Galician text: Uxía Figueiroa Lema (Xornal da Ría, 12.03.2025)", "Amharic original: Dawit
        // Alemayehu (Yekatit Gazeta)": the outlet in brackets after the original's writer.
        foreach (Match credited in CreditedOriginal().Matches(text))
        {
            if (LanguageNames.ToTag(credited.Groups["lang"].Value) is { } creditLanguage
                && (target is null || LanguageNames.Primary(creditLanguage) != LanguageNames.Primary(target))
                && CleanPublication(credited.Groups["pub"].Value) is { } creditedOutlet)
                return creditedOutlet;
        }
        var citation = CitationLine().Match(text);
        if (citation.Success && CleanPublication(citation.Groups["pub"].Value) is { } cited) return cited;
        // A publication the outlet table knows, in a language other than the target, is the most reliable reading.
        foreach (var k in OutletLanguageTable.FindAll(text).OrderBy(k => k.Index))
        {
            if ((target is null || LanguageNames.Primary(k.Language) != LanguageNames.Primary(target))
                && !AgentNoun.IsMatch(text[(k.Index + k.Matched.Length)..]))
                return OutletLanguageTable.StripArticle(k.Name);
        }
        foreach (var pattern in PublicationPatterns)
        {
            foreach (Match m in pattern.Matches(text))
            {
                var name = CleanPublication(m.Groups["pub"].Value);
                if (name is null) continue;
                // "ran in the Smolyan weekly Rodopa Dnes": a place describing the outlet named after it.
                if (DescribedNext.IsMatch(text[(m.Groups["pub"].Index + m.Groups["pub"].Length)..])) continue;
                // "filed this story in Spanish from Maracaibo": where a reporter filed or wrote from is a place.
                if (FiledFrom.IsMatch(text[..m.Groups["pub"].Index])) continue;
                // After "by", a bare personal name ("original by Taro Yamada") is the author, not the outlet.
                // ("published by", "first ran in" name a publisher whatever its name looks like.)
                var byAgent = ByBefore.IsMatch(text[..m.Groups["pub"].Index]) && !PublishedBy.IsMatch(text[..m.Groups["pub"].Index]);
                if (byAgent && !OutletWord.IsMatch(name) && OutletLanguageTable.LanguageOf(name) is null) continue;
                return name;
            }
        }
        return null;
    }

    [GeneratedRegex(@"['‘""“<«]\s*(?<name>\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|de|del|do|da|van|von|al|el|la|le|ya|wa)){0,5})\s*['’""”>»]", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex QuotedName();

    // (after "original ...:" a title in quotation marks may come first: "Original Greek article: «title» — Outlet, date"; the
    // outlet's name may be in a script without capitals: "Chinese original: 明燈週報, 14 March 2025")
    [GeneratedRegex(@"\b(?i:originally\s+published\s+in\s+\p{L}+)\s*:\s*[""“«„'].+?[""”»'“]\.?\s+[^.]{2,60}\.\s+(?<pub>\p{Lu}[^.]{1,60}?)\.\s|\b(?:(?i:original)\s+(?:\p{Lu}\p{Ll}+\s+)?(?i:article|story|text|version|report)|\p{Lu}\p{Ll}+\s+(?i:original))\s*[:：]\s*(?:[«""“„][^»""”“]{1,200}[»""”“]\s*[—–,-]?\s*)?(?<pub>[\p{Lu}\p{Lo}][^,.;:«»""“”]{0,60}?)\s*(?:,|\.|;|$)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CitationLine();

    [GeneratedRegex(@"(?<![\p{L}])(?<lang>\p{Lu}\p{Ll}+)(?:\s+(?i:original|text|version))?\s*[:：]\s*\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){0,3}\s*\((?<pub>[^(),]{2,60}?)\s*(?:,[^()]*)?\)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CreditedOriginal();

    private static readonly Regex DescribedNext = new(@"^\s+(?:[\p{L}-]+\s+)?(?:weekly|daily|monthly|newspaper|paper|magazine|news\s+site|website|portal|radio|broadcaster|tabloid)\s+(?-i:\p{Lu})", Opt, RegexMatchTimeout.PerMatch);

    private static readonly Regex FiledFrom = new(@"\b(?:filed|filing|reporting|reported|writing|wrote|written|dispatched|sent|datelined)\b[^.;:]{0,60}\bfrom\s+(?:the\s+)?$", Opt, RegexMatchTimeout.PerMatch);

    private static readonly Regex ByBefore = new(@"\bby\s+(?:the\s+)?$", Opt, RegexMatchTimeout.PerMatch);

    // ("carried on Thursday by Meskot": a few words of time or place between the verb and "by")
    private static readonly Regex PublishedBy = new(@"\b(?:published|printed|aired|broadcast|carried|issued)\s+(?:(?:first|originally|initially)\s+)?(?:(?:in|on|last|this)\s+[\p{L}]+\s+)?by\s+(?:the\s+)?$", Opt, RegexMatchTimeout.PerMatch);

    /// <summary>Words that mark a name as a publication rather than a person.</summary>
    /// <summary>True when a name has a word outlets are named with ("Daily", "News", "Agência", "Radio" ...).</summary>
    public static bool HasOutletWord(string name) => OutletWord.IsMatch(name);

    private static readonly Regex OutletWord = new(
        @"\b(?:Times|News|Daily|Post|Herald|Shimbun|Ilbo|Sinmun|Shinmun|Journal|Zeitung|Gazette|Gazeta|Courier|Review|Press|Agency|Tribune|Observer|Monitor|Mail|Express|Standard|Chronicle|Weekly|Magazine|Today|Telegraph|Guardian|Independent|Post|Globe|Star|Sun|Nachrichten|Allgemeine|Corriere|Diario|Diário|Folha|Jornal|Le|La|El|Il|Der|Die|Das|De|Radio|TV|Television|Broadcasting|Network|Media|Online|Insider|Wire|Bulletin|Dispatch|Record|Register|Economist|Week|Ledger)\b" +
        // the words outlet names are made of in other languages, with their case endings ("Observatorul", "Gazetesi",
        // "Vestnik", "Sandesh", "Roznama", "Matsne"): a name holding one is an outlet even after "by"
        @"|\b(?:Observ|Gazet|Tribun|Kurier|Curier|Courrier|Correio|Corriere|Vestnik|Vesti|Vijest|Novost|Novin|Noviny|Jurnal|Dziennik|Hírlap|Lapok|Sandesh|Samachar|Patrika|Akhbar|Roznama|Nippo|Shimbun|Khabar|Haber|Matsne|Sanomat|Tidende|Posten|Blad|Krant|Nieuws|Notici|Notíci|Nouvell|Écho|Echo|Ekho|Voz|Voix|Stimme|Svoboda|Pravda|Izvesti|Zvezd|Lratu|Dnevnik|Listy|Avis)\p{L}*",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex AgentNoun = new(@"^(?:'s|’s)?\s+(?:staff|editors?|team|desk|translators?|newsroom|reporters?|journalists?)\b", Opt, RegexMatchTimeout.PerMatch);

    private static readonly Regex NotAPublication = new(
        @"^(?:AI|A\.I\.|It|This|That|The|Our|We|They|He|She|English|Korean|Japanese|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Read|See|Click|Editor|Editors|Translation|Translated)$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex PossessiveEnd = new(@"['’]s(?=\s|$)", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static string? CleanPublication(string raw)
    {
        var name = OutletLanguageTable.StripArticle(raw.Trim().TrimEnd('.', ',', ';', ':', '\'', '’'));
        // A possessive ends the outlet's name: "the Kookje Shinmun's Korean original" names the Kookje Shinmun.
        var possessive = PossessiveEnd.Match(name);
        if (possessive.Success) name = name[..possessive.Index];
        if (name.Length < 2 || NotAPublication.IsMatch(name) || LanguageNames.IsLanguageName(name) || TranslationTools.IsTool(name)) return null;
        if (name.Contains(" AI", StringComparison.Ordinal)) return null;
        return name;
    }

    private static (string Method, string? Tool) ReadMethod(string text, bool humanTranslatorNamed)
    {
        var tool = TranslationTools.FindIn(text);
        if (tool is not null && !IsNegated(text, tool.Index)) return (tool.Method, tool.Name);
        if (FirstUnnegated(GenerativeAi, text) || ForeignNoteLexicon.GenerativeAi.IsMatch(text)) return (TranslationMethods.GenerativeAi, null);
        if (FirstUnnegated(MachineTranslation, text) || ForeignNoteLexicon.Machine.IsMatch(text)) return (TranslationMethods.Machine, null);
        if (humanTranslatorNamed || HumanTranslation.IsMatch(text)) return (TranslationMethods.Human, null);
        return (TranslationMethods.Unknown, null);
    }

    private static bool FirstUnnegated(Regex pattern, string text)
    {
        foreach (Match m in pattern.Matches(text))
            if (!IsNegated(text, m.Index)) return true;
        return false;
    }

    private static bool IsNegated(string text, int index)
    {
        var from = Math.Max(0, index - 30);
        return Negation.IsMatch(text[from..index]);
    }
}
