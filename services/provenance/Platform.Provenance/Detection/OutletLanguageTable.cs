using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Provenance.Detection;

/// <summary>
/// Publications whose home language is known, used when a note names the source outlet but not its language.
/// Each entry lists the spellings seen in notes; the longest spelling that matches wins, so "Nikkei Asia" (English)
/// is not read as "Nikkei" (Japanese). The table is documented in services/provenance/PROVENANCE.md.
/// </summary>
public static class OutletLanguageTable
{
    private sealed record Entry(string Language, string[] Names, string[]? Domains = null);

    private static readonly Entry[] Entries =
    [
        // Korean
        new("ko", ["JoongAng Ilbo", "Joongang Ilbo", "JoongAng Sunday"], ["joongang.co.kr"]),
        new("ko", ["Chosun Ilbo", "Chosun Biz", "ChosunBiz"], ["chosun.com"]),
        new("ko", ["Dong-A Ilbo", "Donga Ilbo", "DongA Ilbo"], ["donga.com"]),
        new("ko", ["Hankyoreh", "Hankyoreh Sinmun"], ["hani.co.kr"]),
        new("ko", ["Kyunghyang Shinmun", "Kyunghyang"], ["khan.co.kr"]),
        new("ko", ["Hankook Ilbo"]),
        new("ko", ["Maeil Business Newspaper", "Maeil Kyungje", "Maeil Business"]),
        new("ko", ["Korea Economic Daily", "Hankyung"]),
        new("ko", ["Yonhap", "Yonhap News Agency", "Yonhap News"], ["yna.co.kr"]),
        new("ko", ["Seoul Shinmun", "Munhwa Ilbo", "Kukmin Ilbo", "Segye Ilbo", "Ohmynews", "OhmyNews"]),
        new("ko", ["KBS", "MBC", "SBS", "JTBC"]),
        // Japanese
        new("ja", ["Asahi Shimbun", "Asahi"], ["asahi.com"]),
        new("ja", ["Yomiuri Shimbun", "Yomiuri"], ["yomiuri.co.jp"]),
        new("ja", ["Mainichi Shimbun", "Mainichi"], ["mainichi.jp"]),
        new("ja", ["Nikkei", "Nihon Keizai Shimbun"], ["nikkei.com"]),
        new("ja", ["Sankei Shimbun", "Sankei"]),
        new("ja", ["Tokyo Shimbun", "Chunichi Shimbun", "Kyodo", "Jiji Press", "NHK"]),
        // Chinese
        new("zh", ["People's Daily", "People’s Daily", "Renmin Ribao"]),
        new("zh", ["Caixin", "Xinhua", "Southern Weekly", "Southern Weekend", "Beijing Youth Daily", "Pengpai"]),
        new("zh", ["Liberty Times", "United Daily News", "Apple Daily", "Ming Pao"]),
        // French
        new("fr", ["Le Monde"], ["lemonde.fr"]),
        new("fr", ["Le Figaro", "Libération", "Les Echos", "Le Parisien", "L'Obs", "Le Point", "Le Devoir", "La Presse", "Mediapart"]),
        // German
        new("de", ["Der Spiegel", "Spiegel"], ["spiegel.de"]),
        new("de", ["Die Zeit", "Zeit Online"], ["zeit.de"]),
        new("de", [ "Süddeutsche Zeitung", "Sueddeutsche Zeitung",
                   "Frankfurter Allgemeine Zeitung", "Frankfurter Allgemeine", "FAZ", "Die Welt", "Handelsblatt",
                   "Tagesspiegel", "Der Standard", "Neue Zürcher Zeitung", "NZZ", "Tages-Anzeiger", "Bild"]),
        // Spanish
        new("es", ["El País", "El Pais"], ["elpais.com"]),
        new("es", ["El Mundo", "La Vanguardia", "El Confidencial", "eldiario.es", "Clarín", "Clarin", "La Nación", "La Nacion", "El Tiempo", "El Universal"]),
        // Italian
        new("it", ["Corriere della Sera", "La Repubblica", "Repubblica", "La Stampa", "Il Sole 24 Ore", "Il Fatto Quotidiano"]),
        // Portuguese
        new("pt", ["Folha de S.Paulo", "Folha de São Paulo", "Folha de Sao Paulo", "Folha"], ["folha.uol.com.br"]),
        new("pt", ["O Globo", "Estadão", "Estadao", "Público", "Expresso", "Diário de Notícias"]),
        // Polish, Dutch, Nordic, Greek, Turkish
        new("pl", ["Gazeta Wyborcza", "Rzeczpospolita", "Polityka"]),
        new("nl", ["NRC", "NRC Handelsblad", "de Volkskrant", "Volkskrant", "Trouw", "De Standaard", "De Morgen"]),
        new("sv", ["Dagens Nyheter", "Svenska Dagbladet"]),
        new("nb", ["Aftenposten"]),
        new("da", ["Politiken", "Berlingske"]),
        new("fi", ["Helsingin Sanomat"]),
        new("el", ["Kathimerini"]),
        new("tr", ["Hürriyet", "Hurriyet", "Cumhuriyet", "Sözcü"]),
        // Russian, Ukrainian
        new("ru", ["Kommersant", "Novaya Gazeta", "Vedomosti", "Izvestia", "RIA Novosti", "Meduza", "Moskovsky Komsomolets", "Fontanka"]),
        new("uk", ["Ukrainska Pravda", "Dzerkalo Tyzhnia", "Zerkalo Nedeli", "Hromadske"]),
        // Hebrew, Arabic, Persian
        new("he", ["Haaretz", "Yedioth Ahronoth", "Yedioth", "Maariv", "Israel Hayom"]),
        new("ar", ["Al Jazeera Arabic", "Al-Ahram", "Al Ahram", "Asharq Al-Awsat", "Al Arabiya", "Al-Masry Al-Youm", "Annahar", "An-Nahar"]),
        new("fa", ["Etemad", "Shargh", "Kayhan", "Hamshahri"]),
        // South and South-East Asia
        new("hi", ["Dainik Bhaskar", "Dainik Jagran", "Amar Ujala"]),
        new("vi", ["Tuoi Tre", "Tuổi Trẻ", "VnExpress", "Thanh Nien"]),
        new("id", ["Kompas"]),
        new("th", ["Thai Rath", "Matichon"]),
        // English-language editions that share a name with a foreign-language parent: listed so that the longest match wins.
        new("en", ["Korea JoongAng Daily", "JoongAng Daily", "Nikkei Asia", "Asahi Shimbun Asia & Japan Watch", "Japan Times",
                   "Korea Herald", "Korea Times", "Kyiv Independent", "Moscow Times", "Haaretz English Edition", "Global Times",
                   "Yonhap English", "Al Jazeera English", "Caixin Global", "El País English", "Le Monde in English", "Spiegel International"]),
    ];

    /// <summary>Name and domain matchers, longest first. <c>Canonical</c> is set for a domain ("lemonde.fr" => "Le Monde").</summary>
    private static readonly (Regex Pattern, string? Canonical, string Language)[] Matchers = Entries
        .SelectMany(e => e.Names.Select(n => (Text: n, Canonical: (string?)null, e.Language, Domain: false))
            .Concat((e.Domains ?? []).Select(d => (Text: d, Canonical: (string?)e.Names[0], e.Language, Domain: true))))
        .OrderByDescending(x => x.Text.Length)
        .Select(x => (new Regex(
            x.Domain
                ? @"(?<![\p{L}\p{N}.])(?:www\.)?" + Regex.Escape(x.Text) + @"(?![\p{L}\p{N}])"
                : @"(?<![\p{L}\p{N}])" + Regex.Escape(x.Text) + @"(?![\p{L}\p{N}])",
            RegexOptions.CultureInvariant | (x.Text.Length <= 4 ? RegexOptions.None : RegexOptions.IgnoreCase), RegexMatchTimeout.PerMatch), x.Canonical, x.Language))
        .ToArray();

    /// <summary>The language of a publication named exactly (after dropping a leading "the"), or null.</summary>
    public static string? LanguageOf(string? publication)
    {
        if (string.IsNullOrWhiteSpace(publication)) return null;
        var name = StripArticle(publication);
        foreach (var (pattern, _, language) in Matchers)
        {
            var m = pattern.Match(name);
            if (m.Success && m.Index == 0 && m.Length == name.Length) return language;
        }
        // A longer phrase that contains a known name ("the JoongAng Ilbo newspaper"): longest contained name decides.
        foreach (var (pattern, _, language) in Matchers)
            if (pattern.IsMatch(name)) return language;
        return null;
    }

    /// <summary>Every known publication named in a text, longest names first, without overlaps.</summary>
    /// <remarks><c>Matched</c> is the text as written; <c>Name</c> is the same, or the outlet's name for a domain.</remarks>
    public static IEnumerable<(string Name, string Language, int Index, string Matched)> FindAll(string text)
    {
        var taken = new List<(int Start, int End)>();
        foreach (var (pattern, canonical, language) in Matchers)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length)) continue;
                taken.Add((m.Index, m.Index + m.Length));
                yield return (canonical ?? m.Value, language, m.Index, m.Value);
            }
        }
    }

    /// <summary>Finds the longest known publication named anywhere in a text.</summary>
    public static (string Name, string Language, int Index)? FindIn(string text)
    {
        foreach (var (pattern, canonical, language) in Matchers)
        {
            var m = pattern.Match(text);
            if (m.Success) return (canonical ?? m.Value, language, m.Index);
        }
        return null;
    }

    internal static string StripArticle(string name)
    {
        var t = name.Trim();
        return t.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? t[4..].Trim() : t;
    }
}
