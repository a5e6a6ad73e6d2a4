namespace Platform.Ingest.Decoding.Outlets;

/// <summary>
/// The small documented table of outlets: canonical name, aliases, domains and home time zone.
/// Used to canonicalize outlet names, to infer a UTC offset when a date has no zone, and to tell agencies from people.
/// </summary>
public static class OutletDirectory
{
    public static readonly IReadOnlyList<KnownOutlet> All =
    [
        // South Korea
        Outlet("Korea JoongAng Daily", "Asia/Seoul", ["JoongAng Daily", "Korea JoongAng Daily staff", "코리아중앙데일리"], ["koreajoongangdaily.joins.com", "koreajoongangdaily.com"]),
        Outlet("JoongAng Ilbo", "Asia/Seoul", ["JoongAng", "Joongang Ilbo", "중앙일보"], ["joongang.co.kr", "joins.com"]),
        Outlet("Korea Herald", "Asia/Seoul", [], ["koreaherald.com"]),
        Outlet("Korea Times", "Asia/Seoul", [], ["koreatimes.co.kr"]),
        Outlet("Hankook Ilbo", "Asia/Seoul", ["한국일보"], ["hankookilbo.com"]),
        Agency("Yonhap", "Asia/Seoul", ["Yonhap News Agency", "Yonhap News", "Yonhap News TV", "연합뉴스"], ["yna.co.kr", "yonhapnews.co.kr"]),
        Outlet("Chosun Ilbo", "Asia/Seoul", ["Chosun", "Chosun Media", "조선일보"], ["chosun.com"]),
        Outlet("Hankyoreh", "Asia/Seoul", ["Hankyoreh Shinmun", "한겨레", "한겨레신문"], ["hani.co.kr"]),
        Outlet("Dong-A Ilbo", "Asia/Seoul", ["Donga Ilbo", "Dong-a Ilbo", "동아일보"], ["donga.com"]),
        Outlet("KBS", "Asia/Seoul", ["KBS World", "Korean Broadcasting System", "한국방송"], ["kbs.co.kr"]),
        Outlet("Arirang", "Asia/Seoul", ["Arirang TV", "Arirang News"], ["arirang.com", "arirang.co.kr"]),
        Outlet("Kyunghyang Shinmun", "Asia/Seoul", ["Kyunghyang", "경향신문"], ["khan.co.kr"]),
        Outlet("Maeil Business Newspaper", "Asia/Seoul", ["Maeil Business", "Pulse", "매일경제"], ["mk.co.kr"]),
        Outlet("Korea Economic Daily", "Asia/Seoul", ["Hankyung", "한국경제"], ["hankyung.com"]),
        Outlet("Korea Bizwire", "Asia/Seoul", [], ["koreabizwire.com"]),
        Outlet("Business Korea", "Asia/Seoul", ["BusinessKorea"], ["businesskorea.co.kr"]),
        Outlet("SBS", "Asia/Seoul", [], ["sbs.co.kr"]),
        Outlet("MBC", "Asia/Seoul", [], ["imbc.com"]),
        Outlet("JTBC", "Asia/Seoul", [], ["jtbc.co.kr"]),
        Agency("Newsis", "Asia/Seoul", ["뉴시스"], ["newsis.com"]),
        Agency("News1", "Asia/Seoul", ["News 1", "뉴스1"], ["news1.kr"]),
        Outlet("NK News", "Asia/Seoul", [], ["nknews.org"]),
        Outlet("Daily NK", "Asia/Seoul", [], ["dailynk.com"]),
        Agency("KCNA", "Asia/Pyongyang", ["Korean Central News Agency"], ["kcna.kp", "kcnawatch.org"]),
        // Japan
        Outlet("Japan Times", "Asia/Tokyo", [], ["japantimes.co.jp"]),
        Agency("Kyodo", "Asia/Tokyo", ["Kyodo News"], ["kyodonews.net", "kyodonews.jp"]),
        Agency("Jiji Press", "Asia/Tokyo", ["Jiji"], ["jiji.com"]),
        Outlet("Asahi Shimbun", "Asia/Tokyo", ["Asahi", "朝日新聞"], ["asahi.com"]),
        Outlet("Nikkei", "Asia/Tokyo", ["Nikkei Asia", "Nikkei Asian Review", "Nihon Keizai Shimbun"], ["nikkei.com", "asia.nikkei.com"]),
        Outlet("NHK", "Asia/Tokyo", ["NHK World", "NHK World-Japan"], ["nhk.or.jp"]),
        Outlet("Yomiuri Shimbun", "Asia/Tokyo", ["Yomiuri", "Japan News", "読売新聞"], ["yomiuri.co.jp"]),
        Outlet("Mainichi Shimbun", "Asia/Tokyo", ["Mainichi"], ["mainichi.jp"]),
        Outlet("Japan Today", "Asia/Tokyo", [], ["japantoday.com"]),
        // Greater China and Southeast Asia
        Outlet("South China Morning Post", "Asia/Hong_Kong", ["SCMP"], ["scmp.com"]),
        Outlet("Hong Kong Free Press", "Asia/Hong_Kong", ["HKFP"], ["hongkongfp.com"]),
        Agency("Xinhua", "Asia/Shanghai", ["Xinhua News Agency"], ["xinhuanet.com", "news.cn"]),
        Outlet("China Daily", "Asia/Shanghai", [], ["chinadaily.com.cn"]),
        Outlet("Global Times", "Asia/Shanghai", [], ["globaltimes.cn"]),
        Outlet("People's Daily", "Asia/Shanghai", [], ["people.com.cn"]),
        Outlet("CGTN", "Asia/Shanghai", [], ["cgtn.com"]),
        Outlet("Taipei Times", "Asia/Taipei", [], ["taipeitimes.com"]),
        Outlet("Focus Taiwan", "Asia/Taipei", [], ["focustaiwan.tw"]),
        Outlet("Straits Times", "Asia/Singapore", [], ["straitstimes.com"]),
        Outlet("CNA", "Asia/Singapore", ["Channel NewsAsia", "Channel News Asia"], ["channelnewsasia.com"]),
        Agency("Bernama", "Asia/Kuala_Lumpur", [], ["bernama.com"]),
        Outlet("Malay Mail", "Asia/Kuala_Lumpur", [], ["malaymail.com"]),
        Outlet("Bangkok Post", "Asia/Bangkok", [], ["bangkokpost.com"]),
        Outlet("Jakarta Post", "Asia/Jakarta", [], ["thejakartapost.com"]),
        Agency("Antara", "Asia/Jakarta", ["Antara News"], ["antaranews.com"]),
        Outlet("Philippine Daily Inquirer", "Asia/Manila", ["Inquirer"], ["inquirer.net"]),
        Outlet("Rappler", "Asia/Manila", [], ["rappler.com"]),
        Outlet("VnExpress", "Asia/Ho_Chi_Minh", ["VnExpress International"], ["vnexpress.net"]),
        // South Asia, Middle East
        Outlet("Times of India", "Asia/Kolkata", [], ["timesofindia.indiatimes.com"]),
        Outlet("Hindustan Times", "Asia/Kolkata", [], ["hindustantimes.com"]),
        Outlet("The Hindu", "Asia/Kolkata", [], ["thehindu.com"]),
        Outlet("Indian Express", "Asia/Kolkata", [], ["indianexpress.com"]),
        Outlet("NDTV", "Asia/Kolkata", [], ["ndtv.com"]),
        Agency("PTI", "Asia/Kolkata", ["Press Trust of India"], ["ptinews.com"]),
        Outlet("Al Jazeera", "Asia/Qatar", [], ["aljazeera.com"]),
        Outlet("Gulf News", "Asia/Dubai", [], ["gulfnews.com"]),
        Outlet("Khaleej Times", "Asia/Dubai", [], ["khaleejtimes.com"]),
        Outlet("Haaretz", "Asia/Jerusalem", [], ["haaretz.com"]),
        Outlet("Times of Israel", "Asia/Jerusalem", [], ["timesofisrael.com"]),
        Outlet("Jerusalem Post", "Asia/Jerusalem", [], ["jpost.com"]),
        Agency("Anadolu Agency", "Europe/Istanbul", ["Anadolu"], ["aa.com.tr"]),
        Outlet("Daily Sabah", "Europe/Istanbul", [], ["dailysabah.com"]),
        // Europe
        Agency("TASS", "Europe/Moscow", ["ITAR-TASS"], ["tass.com", "tass.ru"]),
        Outlet("Moscow Times", "Europe/Moscow", [], ["themoscowtimes.com"]),
        Agency("RIA Novosti", "Europe/Moscow", ["RIA"], ["ria.ru"]),
        Agency("Interfax", "Europe/Moscow", [], ["interfax.ru", "interfax.com"]),
        Outlet("Kommersant", "Europe/Moscow", [], ["kommersant.ru"]),
        Outlet("Kyiv Independent", "Europe/Kyiv", [], ["kyivindependent.com"]),
        Outlet("Kyiv Post", "Europe/Kyiv", [], ["kyivpost.com"]),
        Agency("Ukrinform", "Europe/Kyiv", [], ["ukrinform.net", "ukrinform.ua"]),
        Outlet("Le Monde", "Europe/Paris", [], ["lemonde.fr"]),
        Outlet("Le Figaro", "Europe/Paris", [], ["lefigaro.fr"]),
        Outlet("France 24", "Europe/Paris", [], ["france24.com"]),
        Agency("AFP", "Europe/Paris", ["Agence France-Presse", "Agence France Presse"], ["afp.com"]),
        Outlet("Der Spiegel", "Europe/Berlin", ["Spiegel", "Spiegel International"], ["spiegel.de"]),
        Outlet("Deutsche Welle", "Europe/Berlin", ["DW"], ["dw.com"]),
        Agency("dpa", "Europe/Berlin", ["Deutsche Presse-Agentur"], ["dpa.com"]),
        Outlet("Frankfurter Allgemeine Zeitung", "Europe/Berlin", ["FAZ", "Frankfurter Allgemeine"], ["faz.net"]),
        Outlet("Die Zeit", "Europe/Berlin", ["Zeit Online"], ["zeit.de"]),
        Outlet("Süddeutsche Zeitung", "Europe/Berlin", [], ["sueddeutsche.de"]),
        Outlet("El País", "Europe/Madrid", ["El Pais"], ["elpais.com"]),
        Outlet("El Mundo", "Europe/Madrid", [], ["elmundo.es"]),
        Agency("EFE", "Europe/Madrid", ["Agencia EFE"], ["efe.com"]),
        Agency("ANSA", "Europe/Rome", [], ["ansa.it"]),
        Outlet("Corriere della Sera", "Europe/Rome", [], ["corriere.it"]),
        Outlet("Guardian", "Europe/London", ["The Guardian", "Observer", "Guardian News"], ["theguardian.com"]),
        Outlet("BBC", "Europe/London", ["BBC News", "BBC World Service"], ["bbc.co.uk", "bbc.com"]),
        Agency("Reuters", "Europe/London", ["Thomson Reuters"], ["reuters.com"]),
        Outlet("Financial Times", "Europe/London", ["FT"], ["ft.com"]),
        Outlet("The Times", "Europe/London", [], ["thetimes.co.uk"]),
        Outlet("Telegraph", "Europe/London", ["Daily Telegraph"], ["telegraph.co.uk"]),
        Outlet("The Independent", "Europe/London", [], ["independent.co.uk"]),
        Outlet("Economist", "Europe/London", [], ["economist.com"]),
        Outlet("Sky News", "Europe/London", [], ["news.sky.com"]),
        Outlet("Irish Times", "Europe/Dublin", [], ["irishtimes.com"]),
        Outlet("RTÉ", "Europe/Dublin", ["RTE"], ["rte.ie"]),
        // Americas, Oceania
        Outlet("New York Times", "America/New_York", ["NYT", "New York Times staff"], ["nytimes.com"]),
        Outlet("Washington Post", "America/New_York", [], ["washingtonpost.com"]),
        Agency("AP", "America/New_York", ["Associated Press", "The Associated Press"], ["apnews.com", "ap.org"]),
        Outlet("Wall Street Journal", "America/New_York", ["WSJ"], ["wsj.com"]),
        Outlet("CNN", "America/New_York", [], ["cnn.com"]),
        Outlet("Bloomberg", "America/New_York", ["Bloomberg News"], ["bloomberg.com"]),
        Outlet("NPR", "America/New_York", [], ["npr.org"]),
        Outlet("Politico", "America/New_York", [], ["politico.com"]),
        Outlet("USA Today", "America/New_York", [], ["usatoday.com"]),
        Outlet("NBC News", "America/New_York", [], ["nbcnews.com"]),
        Outlet("CBS News", "America/New_York", [], ["cbsnews.com"]),
        Outlet("Fox News", "America/New_York", [], ["foxnews.com"]),
        Outlet("Voice of America", "America/New_York", ["VOA"], ["voanews.com"]),
        Outlet("Radio Free Asia", "America/New_York", ["RFA"], ["rfa.org"]),
        Agency("UPI", "America/New_York", ["United Press International"], ["upi.com"]),
        Outlet("Chicago Tribune", "America/Chicago", [], ["chicagotribune.com"]),
        Outlet("Los Angeles Times", "America/Los_Angeles", ["LA Times"], ["latimes.com"]),
        Outlet("Globe and Mail", "America/Toronto", [], ["theglobeandmail.com"]),
        Outlet("Toronto Star", "America/Toronto", [], ["thestar.com"]),
        Outlet("CBC", "America/Toronto", ["CBC News"], ["cbc.ca"]),
        Outlet("Sydney Morning Herald", "Australia/Sydney", [], ["smh.com.au"]),
        Outlet("The Australian", "Australia/Sydney", [], ["theaustralian.com.au"]),
    ];

    private static readonly Dictionary<string, KnownOutlet> ByName = BuildNameIndex();

    /// <summary>Finds an outlet by its name or an alias (case-insensitive, a leading "the" ignored).</summary>
    public static KnownOutlet? FindByName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        return ByName.GetValueOrDefault(Key(name));
    }

    /// <summary>Finds an outlet by a URL or host name.</summary>
    public static KnownOutlet? FindByUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var host = url.Trim();
        if (Uri.TryCreate(host.Contains("://", StringComparison.Ordinal) ? host : "https://" + host, UriKind.Absolute, out var uri))
            host = uri.Host;
        host = host.ToLowerInvariant();
        foreach (var outlet in All)
            foreach (var domain in outlet.Domains)
                if (host == domain || host.EndsWith("." + domain, StringComparison.Ordinal))
                    return outlet;
        return null;
    }

    /// <summary>Removes a leading "the" and surrounding punctuation from an outlet name.</summary>
    public static string CleanName(string name)
    {
        var s = name.Trim().Trim('.', ',', ';', ':', '"', '\'', '“', '”', '(', ')', '[', ']', ' ');
        if (s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && s.Length > 4) s = s[4..].Trim();
        return s;
    }

    /// <summary>The canonical name when the outlet is known, otherwise the cleaned name.</summary>
    public static string Canonicalize(string name)
    {
        var known = FindByName(name);
        return known?.Name ?? CleanName(name);
    }

    private static string Key(string name) => CleanName(name).ToLowerInvariant();

    private static Dictionary<string, KnownOutlet> BuildNameIndex()
    {
        var index = new Dictionary<string, KnownOutlet>(StringComparer.Ordinal);
        foreach (var outlet in All)
        {
            index.TryAdd(Key(outlet.Name), outlet);
            foreach (var alias in outlet.Aliases) index.TryAdd(Key(alias), outlet);
        }
        return index;
    }

    private static KnownOutlet Outlet(string name, string zone, string[] aliases, string[] domains) => new(name, zone, false, aliases, domains);
    private static KnownOutlet Agency(string name, string zone, string[] aliases, string[] domains) => new(name, zone, true, aliases, domains);
}
