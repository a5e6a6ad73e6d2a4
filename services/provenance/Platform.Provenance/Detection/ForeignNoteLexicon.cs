using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Provenance.Detection;

/// <summary>
/// Translation notes written in the article's own language when that is not English (French, Spanish, Italian,
/// Portuguese, German, Dutch, Polish, Russian, Ukrainian, Korean, Japanese, Chinese, Arabic): the words for
/// "translated/translation", "this article", "from &lt;language&gt;", "by &lt;person&gt;", editing, and AI / machine means.
/// English notes are read by <see cref="DisclosureParser"/>; this lexicon fills what it leaves open.
/// </summary>
public static class ForeignNoteLexicon
{
    private const RegexOptions Opt = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    public static readonly Regex Trigger = new(
        @"\btrad(?:uit|uite|uits|uites|uction|ucido|ucida|ucción|ução|uzido|uzida|uzione|otto|otta|otti|uctor|uctrice|utor|utora|uttore|uttrice)\b|\bübersetz\w*|\bÜbersetzung\b|\bvertaald\b|\bvertaling\b" +
        // "una versión en español de un reportaje", "uma versão em português de", "une version française de"
        @"|\bversi[oó]n\s+en\s+\p{L}+\s+de\b|\bversão\s+em\s+\p{L}+\s+d[eoa]\b|\bversion\s+(?:en\s+\p{L}+|française|anglaise|espagnole)\s+d['’eu]|\bversione\s+(?:in\s+)?\p{L}+\s+d[ie]\b" +
        @"|\bprzetłumacz\w*|\btłumaczeni\w*|\bперев[её]л\w*|\bпереведен\w*|\bпереведён\w*|\bперевод\w*|\bпереклад\w*|번역|翻訳|翻译|翻譯|ترجم", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex SelfReference = new(
        @"\b(?:cet\s+article|cet\s+entretien|este\s+artículo|esta\s+nota|este\s+artigo|esta\s+matéria|questo\s+articolo|dieser\s+Artikel|dieser\s+Text|dit\s+artikel|ten\s+artykuł|эта\s+статья|этот\s+материал|этот\s+текст|данный\s+(?:текст|материал)|ця\s+стаття|цей\s+матеріал|цей\s+текст)\b|^\s*(?:Текст|Материал|Статья|Текст\s+статьи)\s+(?:был[аио]?\s+)?перев|이\s*기사|본\s*기사|この記事|本記事|本文|这篇文章|本文章|此文", Opt, RegexMatchTimeout.PerMatch);

    private static readonly (string Pattern, string Tag)[] SourceLanguages =
    [
        (@"de\s+l['’]anglais|del\s+inglés|dall['’]inglese|do\s+inglês|aus\s+dem\s+Englischen|uit\s+het\s+Engels|z\s+(?:języka\s+)?angielskiego|с\s+английского|з\s+англійської|영어|영문|英語|英文|英语", "en"),
        (@"du\s+coréen|del\s+coreano|dal\s+coreano|do\s+coreano|aus\s+dem\s+Koreanischen|uit\s+het\s+Koreaans|z\s+(?:języka\s+)?koreańskiego|с\s+корейского|з\s+корейської|韓国語|韩文|韩语|韓文|韓語", "ko"),
        (@"du\s+japonais|del\s+japonés|dal\s+giapponese|do\s+japonês|aus\s+dem\s+Japanischen|uit\s+het\s+Japans|z\s+(?:języka\s+)?japońskiego|с\s+японского|з\s+японської|일본어|일어|日文|日语|日語", "ja"),
        (@"du\s+chinois|del\s+chino|dal\s+cinese|do\s+chinês|aus\s+dem\s+Chinesischen|uit\s+het\s+Chinees|z\s+(?:języka\s+)?chińskiego|с\s+китайского|з\s+китайської|중국어|中国語", "zh"),
        (@"de\s+l['’]allemand|del\s+alemán|dal\s+tedesco|do\s+alemão|uit\s+het\s+Duits|z\s+(?:języka\s+)?niemieckiego|с\s+немецкого|з\s+німецької|독일어|ドイツ語|德文|德语", "de"),
        (@"du\s+français|del\s+francés|dal\s+francese|do\s+francês|aus\s+dem\s+Französischen|uit\s+het\s+Frans|z\s+(?:języka\s+)?francuskiego|с\s+французского|з\s+французької|프랑스어|불어|フランス語|法文|法语", "fr"),
        (@"de\s+l['’]espagnol|dallo\s+spagnolo|do\s+espanhol|aus\s+dem\s+Spanischen|uit\s+het\s+Spaans|z\s+(?:języka\s+)?hiszpańskiego|с\s+испанского|з\s+іспанської|스페인어|スペイン語|西班牙文|西班牙语", "es"),
        (@"du\s+russe|del\s+ruso|dal\s+russo|do\s+russo|aus\s+dem\s+Russischen|uit\s+het\s+Russisch|z\s+(?:języka\s+)?rosyjskiego|з\s+російської|러시아어|ロシア語|俄文|俄语", "ru"),
        (@"de\s+l['’]ukrainien|del\s+ucraniano|dall['’]ucraino|do\s+ucraniano|aus\s+dem\s+Ukrainischen|uit\s+het\s+Oekraïens|z\s+(?:języka\s+)?ukraińskiego|с\s+украинского|우크라이나어|ウクライナ語|乌克兰语", "uk"),
        (@"de\s+l['’]arabe|del\s+árabe|dall['’]arabo|do\s+árabe|aus\s+dem\s+Arabischen|uit\s+het\s+Arabisch|с\s+арабского|아랍어|アラビア語|阿拉伯语", "ar"),
        (@"de\s+l['’]italien|del\s+italiano|do\s+italiano|aus\s+dem\s+Italienischen|uit\s+het\s+Italiaans|с\s+итальянского|이탈리아어|イタリア語|意大利语", "it"),
        (@"du\s+portugais|del\s+portugués|dal\s+portoghese|aus\s+dem\s+Portugiesischen|uit\s+het\s+Portugees|с\s+португальского|포르투갈어|ポルトガル語|葡萄牙语", "pt"),
        // the languages of the former Soviet Union and its neighbours, as Russian and Ukrainian notes name them
        (@"с\s+грузинского|з\s+грузинської", "ka"), (@"с\s+армянского|з\s+вірменської", "hy"), (@"с\s+азербайджанского|з\s+азербайджанської", "az"),
        (@"с\s+казахского|з\s+казахської", "kk"), (@"с\s+(?:киргизского|кыргызского)|з\s+киргизької", "ky"), (@"с\s+узбекского|з\s+узбецької", "uz"),
        (@"с\s+таджикского|з\s+таджицької", "tg"), (@"с\s+туркменского", "tk"), (@"с\s+турецкого|з\s+турецької", "tr"),
        (@"с\s+белорусского|з\s+білоруської", "be"), (@"с\s+польского|з\s+польської", "pl"), (@"с\s+(?:румынского|молдавского)|з\s+румунської", "ro"),
        (@"с\s+русского", "ru"),
    ];

    private static readonly (Regex Pattern, string Tag)[] SourceMatchers =
        SourceLanguages.Select(s => (new Regex(s.Pattern, Opt, RegexMatchTimeout.PerMatch), s.Tag)).ToArray();

    private const string Name = @"(?<who>[\p{Lu}\p{Lo}][\p{L}'’\-]*(?:\s+[\p{Lu}][\p{L}'’\-]*){0,3})";

    private static readonly Regex TranslatorLabel = new(
        @"(?:Traduction|Traducción|Tradução|Traduzione|Übersetzung|Vertaling|Tłumaczenie|Перевод|Переклад|번역|翻訳|翻译|翻譯)(?:\s+[^\s:：]+){0,3}?\s*[:：]\s*" + Name, Opt, RegexMatchTimeout.PerMatch);

    private static readonly Regex TranslatorBy = new(
        @"(?:trad[uo]\w+|übersetzt|vertaald|przetłumaczy\w*|переведен\w*|перевел\w*)\s+(?:[^,;.:]*?\s)?(?:par|por|von|di|da|door|przez)\s+(?-i:" + Name + ")", Opt, RegexMatchTimeout.PerMatch);

    private static readonly Regex EditorLabel = new(
        @"(?:Édition|Révision|Relecture|Edición|Revisión|Edição|Revisão|Redaktion|Lektorat|Redactie|Redakcja|Редактор|Редакция|Редактура|Редагування|편집|감수|編集|校閲|编辑|审校|審校)\s*[:：]\s*" + Name, Opt, RegexMatchTimeout.PerMatch);

    private static readonly Regex EditorBy = new(
        @"(?:révisé|revue?|relu|édité|corrigé|editado|revisado|redigiert|lektoriert|überprüft|bewerkt|revisionato|rivisto|zredagowa\w*)\s+(?:par|por|von|door|da|przez)\s+(?-i:" + Name + ")", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex GenerativeAi = new(
        @"(?-i:(?<![\p{L}])(?:IA|KI|ИИ|ШІ|AI)(?![A-Za-z]))|intelligence\s+artificielle|inteligencia\s+artificial|intelligenza\s+artificiale|inteligência\s+artificial|künstliche[rn]?\s+Intelligenz|sztuczn\w+\s+inteligencj\w+|искусственн\w+\s+интеллект\w*|штучн\w+\s+інтелект\w*|인공지능|생성형|人工知能|生成AI|人工智能|人工智慧", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex Machine = new(
        @"traduction\s+automatique|traducción\s+automática|tradução\s+automática|traduzione\s+automatica|maschinell|automatisch\s+übersetzt|machinaal|tłumaczenie\s+maszynowe|машинн\w+\s+перевод|автоматическ\w+\s+перевод|машинн\w+\s+переклад|기계\s*번역|자동\s*번역|機械翻訳|自動翻訳|机器翻译|機器翻譯|自动翻译", Opt, RegexMatchTimeout.PerMatch);

    public static readonly Regex Reviewed = new(
        @"révisé|relu|vérifié|editado|revisado|verificado|überprüft|redigiert|lektoriert|geprüft|revisionato|rivisto|verificato|проверен\w*|отредактирован\w*|перевірен\w*|검수|감수|편집|校閲|審校|审校|审核", Opt, RegexMatchTimeout.PerMatch);

    // "paru en anglais dans ...", "publicado originalmente en inglés", "pubblicato in inglese", "auf Englisch erschienen"
    private static readonly Regex PublishedInLanguage = new(
        @"\b(?:paru|parue|publié|publiée|écrit|écrite|rédigé|rédigée|publicado|publicada|escrito|escrita|pubblicato|pubblicata|scritto|scritta|erschienen|veröffentlicht|geschrieben)\s+(?:\p{L}+\s+)?(?:en|em|in|auf)\s+(?<lang>\p{L}+)" +
        @"|\b(?:auf|in)\s+(?<lang>Englisch|Deutsch|Französisch|Spanisch|Portugiesisch|Italienisch|Russisch|Arabisch|Chinesisch|Japanisch)\s+(?:erschienen|veröffentlicht|geschrieben)", Opt, RegexMatchTimeout.PerMatch);

    private static readonly Dictionary<string, string> LanguageWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["anglais"] = "en", ["inglés"] = "en", ["inglês"] = "en", ["inglese"] = "en", ["Englisch"] = "en",
        ["français"] = "fr", ["francés"] = "fr", ["francês"] = "fr", ["francese"] = "fr", ["Französisch"] = "fr",
        ["espagnol"] = "es", ["español"] = "es", ["castellano"] = "es", ["espanhol"] = "es", ["spagnolo"] = "es", ["Spanisch"] = "es",
        ["portugais"] = "pt", ["portugués"] = "pt", ["português"] = "pt", ["portoghese"] = "pt", ["Portugiesisch"] = "pt",
        ["allemand"] = "de", ["alemán"] = "de", ["alemão"] = "de", ["tedesco"] = "de", ["Deutsch"] = "de",
        ["italien"] = "it", ["italiano"] = "it", ["Italienisch"] = "it",
        ["arabe"] = "ar", ["árabe"] = "ar", ["arabo"] = "ar", ["Arabisch"] = "ar",
        ["russe"] = "ru", ["ruso"] = "ru", ["russo"] = "ru", ["Russisch"] = "ru",
        ["chinois"] = "zh", ["chino"] = "zh", ["chinês"] = "zh", ["cinese"] = "zh", ["Chinesisch"] = "zh",
        ["japonais"] = "ja", ["japonés"] = "ja", ["japonês"] = "ja", ["giapponese"] = "ja", ["Japanisch"] = "ja",
        ["catalan"] = "ca", ["catalán"] = "ca", ["catalão"] = "ca", ["catalano"] = "ca", ["Katalanisch"] = "ca",
        ["wolof"] = "wo", ["malgache"] = "mg", ["swahili"] = "sw", ["néerlandais"] = "nl", ["neerlandés"] = "nl", ["Niederländisch"] = "nl",
    };

    public static string? SourceLanguage(string text)
    {
        foreach (var (pattern, tag) in SourceMatchers)
            if (pattern.IsMatch(text)) return tag;
        foreach (Match m in PublishedInLanguage.Matches(text))
            if (LanguageWords.TryGetValue(m.Groups["lang"].Value, out var tag)) return tag;
        return null;
    }

    public static IEnumerable<string> Translators(string text) =>
        TranslatorLabel.Matches(text).Concat(TranslatorBy.Matches(text)).Select(m => m.Groups["who"].Value.Trim());

    public static IEnumerable<string> Editors(string text) =>
        EditorLabel.Matches(text).Concat(EditorBy.Matches(text)).Select(m => m.Groups["who"].Value.Trim());
}
