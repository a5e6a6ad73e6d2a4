using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Provenance.Detection;

/// <summary>
/// The languages the page's own chrome (menus, labels, links and footers that ingest removed) is written in: by script
/// where the script settles it, otherwise by the most frequent function words of each language (several distinct ones
/// are needed, and more than any other language shows). An English page whose chrome is Finnish is the English edition
/// of a Finnish site. The word lists are the commonest short words of each language (articles, conjunctions,
/// prepositions, copulas), chosen to be rare in English text.
/// </summary>
public static partial class ChromeLanguages
{
    /// <summary>Distinct function words a language needs before the chrome counts as written in it.</summary>
    public const int MinimumDistinctWords = 3;

    private static readonly Dictionary<string, HashSet<string>> FunctionWords = new()
    {
        ["de"] = Set("und der die das nicht mit für auf ist den von zu ein eine im dem des sich auch"),
        ["fr"] = Set("le la les et des du une est pour dans sur au aux avec plus par ce qui"),
        ["es"] = Set("el los las y del por para una con más que es lo se su al"),
        ["pt"] = Set("os as do da dos das não para com uma em no na é ao mais"),
        ["it"] = Set("il gli di della per con una che non è del nel alla sono"),
        ["nl"] = Set("de het een en van voor niet met op is zijn bij naar ook"),
        ["pl"] = Set("się nie do że jest od dla jak po na w z ze czy"),
        ["fi"] = Set("ja on ei että se oli myös kun mutta tai lue suomeksi ovat"),
        ["sv"] = Set("och att det som på är för med inte av till om"),
        ["no"] = Set("og at det som er på for med ikke av til om"),
        ["da"] = Set("og at det som er på for med ikke af til om"),
        ["lv"] = Set("un ir par no uz ar kas arī bet vai lasīt"),
        ["lt"] = Set("ir kad su iš bet tai yra į"),
        ["et"] = Set("ja on ei see ka mis aga loe"),
        ["id"] = Set("dan di yang ini itu dengan untuk dari ke tidak juga baca"),
        ["ms"] = Set("dan di yang ini itu dengan untuk dari ke tidak juga baca"),
        ["tr"] = Set("ve bir bu için ile da de çok daha olarak haber"),
        ["vi"] = Set("và của là các có trong được những cho"),
        ["hu"] = Set("és az hogy nem is egy meg"),
        ["cs"] = Set("je se na že to pro jako"),
        ["ro"] = Set("și la în cu pe este nu că"),
        ["hr"] = Set("je na se za da od su"),
        ["sw"] = Set("na ya wa kwa katika ni za la"),
        ["tl"] = Set("ang ng sa mga na at"),
    };

    // The words of a site's own furniture (skip link, sign-in, subscription, search, home, share, comments, issue,
    // read more): counted with the function words, so "Zum Inhalt springen / Anmelden Abo / Ausgabe 14" reads as German.
    private static readonly Dictionary<string, HashSet<string>> FurnitureWords = new()
    {
        ["de"] = Set("zum inhalt springen anmelden abmelden abo abonnieren suche startseite teilen kommentare ausgabe mehr lesen weiterlesen impressum datenschutz"),
        ["fr"] = Set("aller au contenu connexion abonnez-vous rechercher accueil partager commentaires lire aussi suite mentions légales"),
        ["es"] = Set("saltar al contenido iniciar sesión suscríbete buscar inicio portada compartir comentarios leer también más aviso legal"),
        ["pt"] = Set("pular para conteúdo entrar assine buscar pesquisar início compartilhar comentários leia também mais"),
        ["it"] = Set("vai al contenuto accedi abbonati cerca condividi commenti leggi anche"),
        ["nl"] = Set("naar inhoud inloggen abonneren zoeken delen reacties lees ook meer"),
        ["pl"] = Set("przejdź do treści zaloguj się subskrybuj szukaj strona główna udostępnij komentarze czytaj także więcej"),
        ["tr"] = Set("içeriğe geç giriş yap abone ol ara ana sayfa paylaş yorumlar ilginizi çekebilir sayı"),
        ["cs"] = Set("přeskočit na obsah přihlásit se předplatné hledat úvod sdílet komentáře čtěte také"),
        ["sk"] = Set("preskočiť na obsah prihlásiť sa predplatné hľadať úvod zdieľať komentáre čítajte aj"),
        ["hu"] = Set("ugrás a tartalomra belépés előfizetés keresés címlap megosztás hozzászólások olvasta már"),
        ["ro"] = Set("sari la conținut autentificare abonează-te caută acasă distribuie comentarii citește și"),
        ["sv"] = Set("hoppa till innehåll logga in prenumerera sök startsida dela kommentarer läs också"),
        ["fi"] = Set("siirry sisältöön kirjaudu tilaa hae etusivu jaa kommentit lue myös"),
        ["lv"] = Set("pāriet uz saturu pieslēgties abonēt meklēt sākums dalīties komentāri lasi vēl ziņas"),
        ["lt"] = Set("pereiti prie turinio prisijungti prenumeruoti ieškoti pradžia dalintis komentarai skaitykite"),
        ["et"] = Set("liigu sisule logi sisse telli otsi avaleht jaga kommentaarid loe ka"),
        ["hr"] = Set("preskoči na sadržaj prijava pretplata pretraži naslovnica podijeli komentari pročitajte vijesti"),
        ["id"] = Set("lompat ke konten masuk langganan cari beranda bagikan komentar baca juga setuju"),
        ["vi"] = Set("chuyển đến nội dung đăng nhập tìm kiếm trang chủ chia sẻ bình luận xem thêm"),
        ["sw"] = Set("ruka hadi maudhui ingia jisajili tafuta nyumbani shiriki maoni soma habari"),
        ["tl"] = Set("lumaktaw sa nilalaman mag-login maghanap tahanan ibahagi mga komento basahin balita"),
    };

    // Names languages give themselves on switchers ("ES | EN", "Tiếng Việt | English", "Lue suomeksi").
    private static readonly Dictionary<string, string> Endonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["español"] = "es", ["français"] = "fr", ["deutsch"] = "de", ["português"] = "pt", ["italiano"] = "it",
        ["русский"] = "ru", ["українська"] = "uk", ["polski"] = "pl", ["suomi"] = "fi", ["suomeksi"] = "fi",
        ["svenska"] = "sv", ["norsk"] = "no", ["dansk"] = "da", ["latviešu"] = "lv", ["latviski"] = "lv", ["lietuvių"] = "lt",
        ["eesti"] = "et", ["indonesia"] = "id", ["türkçe"] = "tr", ["tiếng việt"] = "vi", ["magyar"] = "hu",
        ["čeština"] = "cs", ["română"] = "ro", ["hrvatski"] = "hr", ["kiswahili"] = "sw", ["nederlands"] = "nl",
        ["한국어"] = "ko", ["日本語"] = "ja", ["中文"] = "zh", ["العربية"] = "ar", ["فارسی"] = "fa", ["हिन्दी"] = "hi", ["ελληνικά"] = "el",
    };

    // Three- and four-letter abbreviations switchers use ("ENG | РУС | ҚАЗ", "ქართ"), in Latin and in the language's own script.
    private static readonly Dictionary<string, string> ShortNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ENG"] = "en", ["RUS"] = "ru", ["РУС"] = "ru", ["УКР"] = "uk", ["ҚАЗ"] = "kk", ["KAZ"] = "kk", ["QAZ"] = "kk", ["КЫР"] = "ky",
        ["ESP"] = "es", ["FRA"] = "fr", ["DEU"] = "de", ["GER"] = "de", ["ITA"] = "it", ["POR"] = "pt", ["ARA"] = "ar", ["TUR"] = "tr",
        ["ქართ"] = "ka", ["ქარ"] = "ka", ["ГЕО"] = "ka", ["GEO"] = "ka", ["ՀԱՅ"] = "hy", ["ARM"] = "hy", ["AZE"] = "az", ["AZ"] = "az",
        ["БЕЛ"] = "be", ["СРП"] = "sr", ["SRP"] = "sr", ["МОН"] = "mn", ["MON"] = "mn", ["УЗБ"] = "uz", ["UZB"] = "uz", ["TJK"] = "tg",
        ["ТОҶ"] = "tg", ["ΕΛ"] = "el", ["ΕΛΛ"] = "el", ["עב"] = "he", ["ع"] = "ar", ["中"] = "zh", ["日"] = "ja", ["한"] = "ko",
    };

    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "ES", "FR", "DE", "PT", "IT", "RU", "UK", "UA", "PL", "FI", "SV", "NO", "DA", "LV", "LT", "ET", "ID", "TR", "VI", "HU",
        "CS", "RO", "HR", "SW", "NL", "KO", "KR", "JA", "JP", "ZH", "CN", "AR", "FA", "HI", "EL", "EN", "KA", "HY", "KK", "KY", "UZ", "TG", "MN", "BE", "SR", "BG", "MK", "SQ", "SL", "SK", "HE", "UR", "BN", "TA", "SI", "NE", "TH", "MS", "TL", "HA", "YO", "CA", "EU", "GL", "GA", "CY", "MT", "LB", "BS", "KM", "LO", "PS", "KU", "AF", "ZU", "XH", "RW", "MG", "SM", "MI", "FJ",
    };

    public static IReadOnlySet<string> Of(IReadOnlyList<RemovedText>? removed)
    {
        var result = new HashSet<string>(WrittenIn(removed), StringComparer.Ordinal);
        if (removed is null) return result;
        foreach (var line in removed)
            foreach (var language in Switcher(line.Text)) result.Add(language);
        return result;
    }

    /// <summary>The languages the chrome is written in (by script and function words), leaving out what switchers offer.</summary>
    public static IReadOnlySet<string> WrittenIn(IReadOnlyList<RemovedText>? removed)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (removed is null || removed.Count == 0) return result;
        var text = string.Join("\n", removed.Select(r => r.Text));
        if (ScriptProfile.GuessLanguage(ForeignScriptOnly(text)) is { } byScript) result.Add(byScript);

        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var scores = FunctionWords.ToDictionary(kv => kv.Key,
            kv => kv.Value.Count(words.Contains) + (FurnitureWords.TryGetValue(kv.Key, out var furniture) ? furniture.Count(w => !kv.Value.Contains(w) && words.Contains(w)) : 0));
        foreach (var (language, furniture) in FurnitureWords.Where(kv => !scores.ContainsKey(kv.Key))) scores[language] = furniture.Count(words.Contains);
        var best = scores.Where(kv => kv.Value >= MinimumDistinctWords).OrderByDescending(kv => kv.Value).ToList();
        if (best.Count > 0)
        {
            // Languages tied at the top (Norwegian and Danish, Indonesian and Malay) are all kept.
            foreach (var kv in best.Where(kv => kv.Value == best[0].Value)) result.Add(kv.Key);
        }
        return result;
    }

    /// <summary>
    /// True when the chrome names this page as a language edition of the outlet: "Lantai Daily English", "Ege Postası |
    /// English", "English edition", "In English". Such a site translates the outlet's own stories.
    /// </summary>
    public static bool NamesLanguageEdition(IReadOnlyList<RemovedText>? removed, string outlet, string? targetLanguage)
    {
        if (removed is null || string.IsNullOrWhiteSpace(targetLanguage)) return false;
        var names = LanguageNames.NamesOf(targetLanguage);
        if (names.Count == 0) return false;
        var site = outlet.Trim();
        foreach (var line in removed)
        {
            var text = line.Text.Trim();
            if (text.Length > 80) continue;
            // "Outlet English", "Outlet | English", "Outlet – English edition", "English Digest", "News in English"
            var rest = text.StartsWith(site, StringComparison.OrdinalIgnoreCase) ? text[site.Length..].Trim(' ', '|', '·', ':', '–', '—', '-') : null;
            foreach (var name in names)
            {
                if (rest is not null && (rest.Equals(name, StringComparison.OrdinalIgnoreCase) || EditionLabel(rest, name)))
                    return true;
                if (EditionLabel(text, name)) return true;
            }
        }
        return false;
    }

    private static readonly Regex EditionWords = new(@"^(?:the\s+)?(?:(?<lang>[\p{L}-]+)\s+(?:edition|version|digest|service|supplement|section|site|desk)|(?:in|news\s+in)\s+(?<lang>[\p{L}-]+))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static bool EditionLabel(string text, string languageName) =>
        EditionWords.Match(text.Trim()) is { Success: true } m && m.Groups["lang"].Value.Equals(languageName, StringComparison.OrdinalIgnoreCase);

    private static readonly Regex EditionOfLine = new(
        @"^\W*(?:the\s+|an?\s+)?(?<lang>[\p{L}-]+)(?:[- ]language)?\s+(?:edition|version|service)\s+of\s+(?:the\s+)?(?<outlet>(?-i:\p{Lu})[\p{L}\p{M}'’.&-]*(?:\s+(?:(?:of|the|de|del|da|do|der|die|la|le|el|al|wa|ya|na|van|von|di)\s+){0,2}(?-i:\p{Lu})[\p{L}\p{M}'’.&-]*){0,5})\s*\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    /// <summary>
    /// The outlet a chrome tagline says this site is the language edition of: "The English edition of Mwangaza wa Pwani"
    /// under the masthead names the outlet whose stories the site translates.
    /// </summary>
    public static (string Outlet, string Line)? EditionOf(IReadOnlyList<RemovedText>? removed, string? targetLanguage)
    {
        if (removed is null || string.IsNullOrWhiteSpace(targetLanguage)) return null;
        foreach (var line in removed)
        {
            if (line.Text.Length > 100) continue;
            var m = EditionOfLine.Match(line.Text);
            if (m.Success && LanguageNames.ToTag(m.Groups["lang"].Value) is { } tag && LanguageNames.Primary(tag) == LanguageNames.Primary(targetLanguage))
                return (m.Groups["outlet"].Value.Trim(), line.Text.Trim());
        }
        return null;
    }

    /// <summary>
    /// The one other language a short chrome line points to in that language's own name: "Les saken på norsk", "Lue
    /// suomeksi", "Leer en español", "Читать на русском" (a link to the story in that language). A switcher (several
    /// languages) or a line that names the page's own language is not such a pointer.
    /// </summary>
    public static string? PointedToInOwnName(string line, string? targetLanguage)
    {
        var text = line.Trim();
        if (text.Length is 0 or > 50 || Switcher(text).Any()) return null;
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        if (words.Count is 0 or > 6) return null;
        var named = Endonyms.Where(kv => kv.Key.Contains(' ') ? text.Contains(kv.Key, StringComparison.OrdinalIgnoreCase) : words.Contains(kv.Key.ToLowerInvariant()))
            .Select(kv => kv.Value).Concat(words.Select(w => PointerForms.GetValueOrDefault(w)).OfType<string>()).Distinct().ToList();
        var target = targetLanguage is null ? null : LanguageNames.Primary(targetLanguage);
        return named is [var language] && language != target ? language : null;
    }

    // Inflected forms languages use for themselves after "in" ("på norsk", "po polsku", "на русском", "auf Deutsch").
    private static readonly Dictionary<string, string> PointerForms = new(StringComparer.Ordinal)
    {
        ["polsku"] = "pl", ["русском"] = "ru", ["русски"] = "ru", ["українською"] = "uk", ["lietuviškai"] = "lt", ["magyarul"] = "hu",
        ["česky"] = "cs", ["hrvatskom"] = "hr", ["srpskom"] = "sr", ["български"] = "bg", ["қазақша"] = "kk", ["ქართულად"] = "ka",
        ["հայերեն"] = "hy",
    };

    /// <summary>The languages a language switcher offers: a short line made only of language codes and names.</summary>
    private static IEnumerable<string> Switcher(string text)
    {
        if (text.Length > 60) return [];
        var parts = SwitcherSeparator().Split(text.Trim()).Where(p => p.Length > 0).ToList();
        // "LV EN RU": codes separated by single spaces (a dump that collapsed the switcher's spacing)
        if (parts.Count == 1) parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (parts.Count < 2) return [];
        var languages = new List<string>();
        foreach (var part in parts)
        {
            if (Codes.Contains(part)) languages.Add(part switch { "UA" => "uk", "KR" => "ko", "JP" => "ja", "CN" => "zh", _ => part.ToLowerInvariant() });
            else if (ShortNames.TryGetValue(part.TrimEnd('.'), out var shortTag)) languages.Add(shortTag);
            else if (Endonyms.TryGetValue(part, out var tag) || LanguageNames.ToTag(part) is { } english && (tag = english) is not null) languages.Add(LanguageNames.Primary(tag));
            else return [];
        }
        return languages;
    }

    [GeneratedRegex(@"\s*[|/·•]\s*|\s{2,}", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SwitcherSeparator();

    private static string ForeignScriptOnly(string text) => new(text.Where(c => !char.IsLetter(c) || c > '\u024F').ToArray());

    private static HashSet<string> Set(string words) => words.Split(' ').ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\p{L}{2,}", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Word();
}
