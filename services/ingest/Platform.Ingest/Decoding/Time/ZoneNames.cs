using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Time;

/// <summary>Recognizes zones written in date lines: abbreviations (KST, EDT...), numeric offsets and "(Moscow time)".</summary>
public static partial class ZoneNames
{
    // Abbreviation -> (fixed offset minutes, IANA zone it usually names)
    private static readonly Dictionary<string, (int Offset, string? Zone)> Abbreviations = new(StringComparer.Ordinal)
    {
        ["KST"] = (540, "Asia/Seoul"),
        ["JST"] = (540, "Asia/Tokyo"),
        ["HKT"] = (480, "Asia/Hong_Kong"),
        ["SGT"] = (480, "Asia/Singapore"),
        ["PHT"] = (480, "Asia/Manila"),
        ["AWST"] = (480, "Australia/Perth"),
        ["WIB"] = (420, "Asia/Jakarta"),
        ["ICT"] = (420, "Asia/Bangkok"),
        ["IST"] = (330, "Asia/Kolkata"),
        ["PKT"] = (300, "Asia/Karachi"),
        ["GST"] = (240, "Asia/Dubai"),
        ["MSK"] = (180, "Europe/Moscow"),
        ["EEST"] = (180, null),
        ["EET"] = (120, null),
        ["CEST"] = (120, null),
        ["CET"] = (60, null),
        ["BST"] = (60, "Europe/London"),
        ["IST-IE"] = (60, "Europe/Dublin"),
        ["WEST"] = (60, null),
        ["WET"] = (0, null),
        ["GMT"] = (0, null),
        ["UTC"] = (0, null),
        ["UT"] = (0, null),
        ["Z"] = (0, null),
        ["ET"] = (int.MinValue, "America/New_York"),
        ["PT"] = (int.MinValue, "America/Los_Angeles"),
        ["EDT"] = (-240, "America/New_York"),
        ["EST"] = (-300, "America/New_York"),
        ["CDT"] = (-300, "America/Chicago"),
        ["CST"] = (-360, "America/Chicago"),
        ["MDT"] = (-360, "America/Denver"),
        ["MST"] = (-420, "America/Denver"),
        ["PDT"] = (-420, "America/Los_Angeles"),
        ["PST"] = (-480, "America/Los_Angeles"),
        ["AEDT"] = (660, "Australia/Sydney"),
        ["AEST"] = (600, "Australia/Sydney"),
        ["NZDT"] = (780, "Pacific/Auckland"),
        ["NZST"] = (720, "Pacific/Auckland"),
        ["NZT"] = (int.MinValue, "Pacific/Auckland"),
        ["AET"] = (int.MinValue, "Australia/Sydney"),
        ["CT"] = (int.MinValue, "America/Chicago"),
        ["MT"] = (int.MinValue, "America/Denver"),
        ["TSİ"] = (180, "Europe/Istanbul"),
        ["TRT"] = (180, "Europe/Istanbul"),
        ["WITA"] = (480, "Asia/Makassar"),
        ["WIT"] = (540, "Asia/Jayapura"),
        ["EAT"] = (180, "Africa/Nairobi"),
        ["MYT"] = (480, "Asia/Kuala_Lumpur"),
        ["VUT"] = (660, "Pacific/Efate"),
        ["SBT"] = (660, "Pacific/Guadalcanal"),
        ["FJT"] = (720, "Pacific/Fiji"),
        ["MVT"] = (300, "Indian/Maldives"),
        ["MMT"] = (390, "Asia/Yangon"),
        ["AFT"] = (270, "Asia/Kabul"),
        ["TLT"] = (540, "Asia/Dili"),
        ["PGT"] = (600, "Pacific/Port_Moresby"),
        ["SLST"] = (330, "Asia/Colombo"),
        ["BTT"] = (360, "Asia/Thimphu"),
        ["TOT"] = (780, "Pacific/Tongatapu"),
        ["CAT"] = (120, "Africa/Maputo"),
        ["WAT"] = (60, "Africa/Lagos"),
        ["SAST"] = (120, "Africa/Johannesburg"),
        ["IRST"] = (210, "Asia/Tehran"),
        ["NPT"] = (345, "Asia/Kathmandu"),
        ["ART"] = (-180, "America/Argentina/Buenos_Aires"),
        ["BRT"] = (-180, "America/Sao_Paulo"),
        ["CLT"] = (int.MinValue, "America/Santiago"),
        ["AKST"] = (-540, "America/Anchorage"),
        ["HST"] = (-600, "Pacific/Honolulu"),
        ["CVT"] = (-60, "Atlantic/Cape_Verde"),
        // Canadian French: heure normale / avancée de l'Est, du Centre, des Rocheuses, du Pacifique, de l'Atlantique
        ["HNE"] = (-300, "America/Toronto"),
        ["HAE"] = (-240, "America/Toronto"),
        ["HNC"] = (-360, "America/Winnipeg"),
        ["HAC"] = (-300, "America/Winnipeg"),
        ["HNR"] = (-420, "America/Edmonton"),
        ["HAR"] = (-360, "America/Edmonton"),
        ["HNP"] = (-480, "America/Vancouver"),
        ["HAP"] = (-420, "America/Vancouver"),
        ["HNA"] = (-240, "America/Halifax"),
        ["HAA"] = (-180, "America/Halifax"),
        ["UZT"] = (300, "Asia/Tashkent"),
        ["AZT"] = (240, "Asia/Baku"),
        ["KGT"] = (360, "Asia/Bishkek"),
        ["TJT"] = (300, "Asia/Dushanbe"),
        ["SCT"] = (240, "Indian/Mahe"),
        ["ULAT"] = (480, "Asia/Ulaanbaatar"),
        ["MUT"] = (240, "Indian/Mauritius"),
        ["RET"] = (240, "Indian/Reunion"),
        ["AST"] = (-240, "America/Halifax"),
        ["ADT"] = (-180, "America/Halifax"),
        // South America, the Atlantic islands, Australia's centre, Alaska and Hawaii's summer, Newfoundland, the Pacific
        ["PET"] = (-300, "America/Lima"),
        ["COT"] = (-300, "America/Bogota"),
        ["ECT"] = (-300, "America/Guayaquil"),
        ["GALT"] = (-360, "Pacific/Galapagos"),
        ["BOT"] = (-240, "America/La_Paz"),
        ["VET"] = (-240, "America/Caracas"),
        ["GYT"] = (-240, "America/Guyana"),
        ["SRT"] = (-180, "America/Paramaribo"),
        ["GFT"] = (-180, "America/Cayenne"),
        ["UYT"] = (-180, "America/Montevideo"),
        ["PYT"] = (int.MinValue, "America/Asuncion"),
        ["AZOT"] = (-60, "Atlantic/Azores"),
        ["ACST"] = (570, "Australia/Adelaide"),
        ["ACDT"] = (630, "Australia/Adelaide"),
        ["AKDT"] = (-480, "America/Anchorage"),
        ["HDT"] = (-540, "America/Adak"),
        ["NST"] = (-210, "America/St_Johns"),
        ["NDT"] = (-150, "America/St_Johns"),
        ["ChST"] = (600, "Pacific/Guam"),
        ["SST"] = (-660, "Pacific/Pago_Pago"),
    };

    /// <summary>
    /// Abbreviations several regions use for different zones ("AST" is Atlantic and Arabia Standard Time, "BST" British
    /// Summer and Bangladesh Standard Time, "IST" India, Irish and Israel, "CST" US Central and China): the readings
    /// besides the default one in <see cref="Abbreviations"/>. The page's places decide (<see cref="Disambiguate"/>).
    /// </summary>
    private static readonly Dictionary<string, (int Offset, string Zone)[]> OtherReadings = new(StringComparer.Ordinal)
    {
        ["AST"] = [(180, "Asia/Riyadh")],
        ["BST"] = [(360, "Asia/Dhaka")],
        ["IST"] = [(60, "Europe/Dublin"), (120, "Asia/Jerusalem")],
        ["CST"] = [(480, "Asia/Shanghai"), (-300, "America/Havana")],
        // Ecuador Time and Eastern Caribbean Time
        ["ECT"] = [(-240, "America/Port_of_Spain")],
    };

    /// <summary>True for an abbreviation several regions use for different zones ("AST", "BST", "IST", "CST").</summary>
    public static bool IsShared(string abbreviation) => OtherReadings.ContainsKey(abbreviation);

    /// <summary>
    /// Reads an ambiguous abbreviation the way the page's region does: when the zone of the page's places (its dateline,
    /// its outlet, the places it names) has, on that date, the offset of another reading, that reading is meant.
    /// </summary>
    public static StatedZone Disambiguate(StatedZone zone, DateTime local, string? pageZone)
    {
        if (pageZone is null || !OtherReadings.TryGetValue(zone.Text, out var readings)) return zone;
        var pageOffset = PublishedTimeResolver.OffsetIn(pageZone, local);
        if (pageOffset is null || pageOffset == zone.OffsetMinutes) return zone;
        foreach (var (offset, _) in readings)
            if (offset == pageOffset) return new StatedZone(zone.Text, offset, pageZone);
        return zone;
    }

    /// <summary>The zone of a place name ("Doha", "Barbados", "Bangladesh"), from the tz database and this class's table.</summary>
    public static string? ZoneOfPlaceName(string place) => PlaceZones.Find(place, CityTimes);

    // Places in "(Moscow time)" that the tz database names otherwise or not at all (demonyms, countries with several
    // zones, other spellings); every other zone city and single-zone country comes from the database (PlaceZones).
    private static readonly Dictionary<string, string> CityTimes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Moscow"] = "Europe/Moscow",
        // capitals the tz database files under another city (Kazakhstan's under Almaty, Morocco's under Casablanca), or as a
        // link it may not carry
        ["Astana"] = "Asia/Almaty", ["Nur-Sultan"] = "Asia/Almaty", ["Rabat"] = "Africa/Casablanca", ["Ankara"] = "Europe/Istanbul",
        ["Islamabad"] = "Asia/Karachi", ["Hanoi"] = "Asia/Bangkok", ["Abuja"] = "Africa/Lagos", ["Pretoria"] = "Africa/Johannesburg",
        ["Wellington"] = "Pacific/Auckland", ["Ottawa"] = "America/Toronto", ["Quito"] = "America/Guayaquil", ["Bern"] = "Europe/Zurich",
        ["Canberra"] = "Australia/Sydney", ["Yamoussoukro"] = "Africa/Abidjan", ["Dodoma"] = "Africa/Dar_es_Salaam",
        ["Naypyidaw"] = "Asia/Yangon", ["Putrajaya"] = "Asia/Kuala_Lumpur", ["Mecca"] = "Asia/Riyadh", ["Jeddah"] = "Asia/Riyadh",
        // The adjectives "(Irish time)" and "(Faroese time)" use, for countries of one zone.
        ["Irish"] = "Europe/Dublin", ["British"] = "Europe/London", ["UK"] = "Europe/London", ["Scottish"] = "Europe/London", ["Welsh"] = "Europe/London",
        ["Faroese"] = "Atlantic/Faroe", ["Icelandic"] = "Atlantic/Reykjavik", ["Danish"] = "Europe/Copenhagen", ["Norwegian"] = "Europe/Oslo",
        ["Swedish"] = "Europe/Stockholm", ["Finnish"] = "Europe/Helsinki", ["Estonian"] = "Europe/Tallinn", ["Latvian"] = "Europe/Riga",
        ["Lithuanian"] = "Europe/Vilnius", ["Polish"] = "Europe/Warsaw", ["Czech"] = "Europe/Prague", ["Slovak"] = "Europe/Bratislava",
        ["Hungarian"] = "Europe/Budapest", ["Romanian"] = "Europe/Bucharest", ["Bulgarian"] = "Europe/Sofia", ["Greek"] = "Europe/Athens",
        ["Turkish"] = "Europe/Istanbul", ["Cypriot"] = "Asia/Nicosia", ["Maltese"] = "Europe/Malta", ["French"] = "Europe/Paris",
        ["German"] = "Europe/Berlin", ["Dutch"] = "Europe/Amsterdam", ["Belgian"] = "Europe/Brussels", ["Swiss"] = "Europe/Zurich",
        ["Austrian"] = "Europe/Vienna", ["Italian"] = "Europe/Rome", ["Ukrainian"] = "Europe/Kyiv", ["Georgian"] = "Asia/Tbilisi",
        ["Armenian"] = "Asia/Yerevan", ["Israeli"] = "Asia/Jerusalem", ["Egyptian"] = "Africa/Cairo", ["Kenyan"] = "Africa/Nairobi",
        ["Nigerian"] = "Africa/Lagos", ["Ghanaian"] = "Africa/Accra", ["Ethiopian"] = "Africa/Addis_Ababa", ["Moroccan"] = "Africa/Casablanca",
        ["Tunisian"] = "Africa/Tunis", ["Algerian"] = "Africa/Algiers", ["Saudi"] = "Asia/Riyadh", ["Qatari"] = "Asia/Qatar",
        ["Emirati"] = "Asia/Dubai", ["UAE"] = "Asia/Dubai", ["Pakistani"] = "Asia/Karachi", ["Bangladeshi"] = "Asia/Dhaka", ["Nepali"] = "Asia/Kathmandu",
        ["Sri Lankan"] = "Asia/Colombo", ["Thai"] = "Asia/Bangkok", ["Vietnamese"] = "Asia/Ho_Chi_Minh", ["Cambodian"] = "Asia/Phnom_Penh",
        ["Malaysian"] = "Asia/Kuala_Lumpur", ["Singaporean"] = "Asia/Singapore", ["Japanese"] = "Asia/Tokyo", ["Chinese"] = "Asia/Shanghai",
        ["Taiwanese"] = "Asia/Taipei", ["Mongolian"] = "Asia/Ulaanbaatar", ["Peruvian"] = "America/Lima", ["Colombian"] = "America/Bogota",
        ["Venezuelan"] = "America/Caracas", ["Cuban"] = "America/Havana", ["Jamaican"] = "America/Jamaica", ["Mauritian"] = "Indian/Mauritius",
        ["Seychellois"] = "Indian/Mahe", ["Malagasy"] = "Indian/Antananarivo", ["Tanzanian"] = "Africa/Dar_es_Salaam", ["Ugandan"] = "Africa/Kampala",
        ["Rwandan"] = "Africa/Kigali", ["Somali"] = "Africa/Mogadishu", ["Sudanese"] = "Africa/Khartoum", ["Senegalese"] = "Africa/Dakar",
        ["Ivorian"] = "Africa/Abidjan", ["Cameroonian"] = "Africa/Douala", ["Portuguese"] = "Europe/Lisbon", ["Spanish"] = "Europe/Madrid",
        // Abbreviated and other-language country names: "(PNG time)", "heure de Maurice", "hora de Timor-Leste"
        ["PNG"] = "Pacific/Port_Moresby", ["Papua New Guinea"] = "Pacific/Port_Moresby", ["Maurice"] = "Indian/Mauritius",
        ["Maldivian"] = "Indian/Maldives", ["Fijian"] = "Pacific/Fiji", ["Fiji"] = "Pacific/Fiji", ["Timor-Leste"] = "Asia/Dili",
        ["Timorese"] = "Asia/Dili", ["Cabo Verde"] = "Atlantic/Cape_Verde", ["Cape Verdean"] = "Atlantic/Cape_Verde", ["Bujumbura"] = "Africa/Bujumbura", ["Madagascar"] = "Indian/Antananarivo",
        ["Seoul"] = "Asia/Seoul",
        ["Korea"] = "Asia/Seoul",
        ["Korean"] = "Asia/Seoul",
        ["Tokyo"] = "Asia/Tokyo",
        ["Japan"] = "Asia/Tokyo",
        ["Beijing"] = "Asia/Shanghai",
        ["China"] = "Asia/Shanghai",
        ["Hong Kong"] = "Asia/Hong_Kong",
        ["Singapore"] = "Asia/Singapore",
        ["Kyiv"] = "Europe/Kyiv",
        ["Kiev"] = "Europe/Kyiv",
        ["London"] = "Europe/London",
        ["Paris"] = "Europe/Paris",
        ["Berlin"] = "Europe/Berlin",
        ["Madrid"] = "Europe/Madrid",
        ["Rome"] = "Europe/Rome",
        ["Brussels"] = "Europe/Brussels",
        ["Washington"] = "America/New_York",
        ["New York"] = "America/New_York",
        ["Eastern"] = "America/New_York",
        ["Pacific"] = "America/Los_Angeles",
        ["Central"] = "America/Chicago",
        ["Mountain"] = "America/Denver",
        ["Atlantic"] = "America/Halifax",
        ["Taipei"] = "Asia/Taipei",
        ["Taiwan"] = "Asia/Taipei",
        ["Vietnam"] = "Asia/Ho_Chi_Minh",
        ["Thailand"] = "Asia/Bangkok",
        ["Philippine"] = "Asia/Manila",
        ["Philippines"] = "Asia/Manila",
        ["Bangladesh"] = "Asia/Dhaka",
        ["Pakistan"] = "Asia/Karachi",
        ["Nepal"] = "Asia/Kathmandu",
        ["Kenya"] = "Africa/Nairobi",
        ["Nigeria"] = "Africa/Lagos",
        ["Ghana"] = "Africa/Accra",
        ["Egypt"] = "Africa/Cairo",
        ["Israel"] = "Asia/Jerusalem",
        ["Argentina"] = "America/Argentina/Buenos_Aires",
        ["Chile"] = "America/Santiago",
        ["Colombia"] = "America/Bogota",
        ["Peru"] = "America/Lima",
        ["Uruguay"] = "America/Montevideo",
        ["Greece"] = "Europe/Athens",
        ["Poland"] = "Europe/Warsaw",
        ["Ukraine"] = "Europe/Kyiv",
        ["Georgia"] = "Asia/Tbilisi",
        ["Armenia"] = "Asia/Yerevan",
        ["Azerbaijan"] = "Asia/Baku",
        ["Kazakhstan"] = "Asia/Almaty",
        ["Malaysia"] = "Asia/Kuala_Lumpur",
        ["Indonesia"] = "Asia/Jakarta",
        ["Sri Lanka"] = "Asia/Colombo",
        ["Colombo"] = "Asia/Colombo",
        ["Accra"] = "Africa/Accra",
        ["Pyongyang"] = "Asia/Pyongyang",
        ["Delhi"] = "Asia/Kolkata",
        ["New Delhi"] = "Asia/Kolkata",
        ["Sydney"] = "Australia/Sydney",
        ["Brasília"] = "America/Sao_Paulo",
        ["Brasilia"] = "America/Sao_Paulo",
        ["São Paulo"] = "America/Sao_Paulo",
        ["Sao Paulo"] = "America/Sao_Paulo",
        ["Rio"] = "America/Sao_Paulo",
        ["Buenos Aires"] = "America/Argentina/Buenos_Aires",
        ["Montevideo"] = "America/Montevideo",
        ["Santiago"] = "America/Santiago",
        ["Lima"] = "America/Lima",
        ["Bogotá"] = "America/Bogota",
        ["Bogota"] = "America/Bogota",
        ["Mexico City"] = "America/Mexico_City",
        ["Caracas"] = "America/Caracas",
        ["Jakarta"] = "Asia/Jakarta",
        ["Bangkok"] = "Asia/Bangkok",
        ["Hanoi"] = "Asia/Ho_Chi_Minh",
        ["Manila"] = "Asia/Manila",
        ["Kuala Lumpur"] = "Asia/Kuala_Lumpur",
        ["Dhaka"] = "Asia/Dhaka",
        ["Karachi"] = "Asia/Karachi",
        ["Kathmandu"] = "Asia/Kathmandu",
        ["Mumbai"] = "Asia/Kolkata",
        ["India"] = "Asia/Kolkata",
        ["Indian"] = "Asia/Kolkata",
        ["Tehran"] = "Asia/Tehran",
        ["Iran"] = "Asia/Tehran",
        ["Istanbul"] = "Europe/Istanbul",
        ["Ankara"] = "Europe/Istanbul",
        ["Turkey"] = "Europe/Istanbul",
        ["Cairo"] = "Africa/Cairo",
        ["Amman"] = "Asia/Amman",
        ["Beirut"] = "Asia/Beirut",
        ["Riyadh"] = "Asia/Riyadh",
        ["Dubai"] = "Asia/Dubai",
        ["Doha"] = "Asia/Qatar",
        ["Jerusalem"] = "Asia/Jerusalem",
        ["Tel Aviv"] = "Asia/Jerusalem",
        ["Baghdad"] = "Asia/Baghdad",
        ["Nairobi"] = "Africa/Nairobi",
        ["Lagos"] = "Africa/Lagos",
        ["Johannesburg"] = "Africa/Johannesburg",
        ["Addis Ababa"] = "Africa/Addis_Ababa",
        ["Athens"] = "Europe/Athens",
        ["Warsaw"] = "Europe/Warsaw",
        ["Prague"] = "Europe/Prague",
        ["Vienna"] = "Europe/Vienna",
        ["Budapest"] = "Europe/Budapest",
        ["Bucharest"] = "Europe/Bucharest",
        ["Amsterdam"] = "Europe/Amsterdam",
        ["Stockholm"] = "Europe/Stockholm",
        ["Oslo"] = "Europe/Oslo",
        ["Copenhagen"] = "Europe/Copenhagen",
        ["Helsinki"] = "Europe/Helsinki",
        ["Lisbon"] = "Europe/Lisbon",
        ["Dublin"] = "Europe/Dublin",
        ["Minsk"] = "Europe/Minsk",
        ["Tbilisi"] = "Asia/Tbilisi",
        ["Yerevan"] = "Asia/Yerevan",
        ["Baku"] = "Asia/Baku",
        ["Almaty"] = "Asia/Almaty",
        ["Tashkent"] = "Asia/Tashkent",
        ["Auckland"] = "Pacific/Auckland",
        ["Wellington"] = "Pacific/Auckland",
        ["New Zealand"] = "Pacific/Auckland",
        ["Melbourne"] = "Australia/Melbourne",
        ["Ulaanbaatar"] = "Asia/Ulaanbaatar",
        ["Shanghai"] = "Asia/Shanghai",
        ["Osaka"] = "Asia/Tokyo",
        ["Busan"] = "Asia/Seoul",
    };

    /// <summary>Finds a zone in the text; returns it and the text with the zone removed.</summary>
    public static StatedZone? Find(string text, out string rest)
    {
        rest = text;
        foreach (Match city in PlaceTime().Matches(text))
        {
            var place = city.Groups["place"];
            if (ZoneOfPlace(place.Value) is not { } found) continue;
            // "Friday Maputo time": the words before the place stay; "hora de Maputo": the whole phrase goes.
            var start = found.PlaceStart == 0 ? city.Index : place.Index + found.PlaceStart;
            var end = city.Index + city.Length;
            rest = text.Remove(start, end - start);
            return new StatedZone(text[start..end].Trim(), null, found.Zone);
        }

        var offset = NumericOffset().Match(text);
        if (offset.Success)
        {
            var sign = offset.Groups["sign"].Value is "-" or "−" ? -1 : 1;
            var hours = int.Parse(offset.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var minutes = offset.Groups["m"].Success ? int.Parse(offset.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            if (hours <= 14 && minutes < 60)
            {
                rest = text.Remove(offset.Index, offset.Length);
                return new StatedZone(offset.Value.Trim(), sign * (hours * 60 + minutes), null);
            }
        }

        var abbr = Abbreviation().Match(text);
        if (abbr.Success && Abbreviations.TryGetValue(abbr.Groups["z"].Value, out var known))
        {
            rest = text.Remove(abbr.Index, abbr.Length);
            // "ET"/"PT" name a zone, not an offset: its rules on the date decide.
            return new StatedZone(abbr.Groups["z"].Value, known.Offset == int.MinValue ? null : known.Offset, known.Zone);
        }
        return null;
    }

    /// <summary>The zone of the last one, two or three words of a place ("Friday Maputo" gives Maputo) and where that place starts.</summary>
    private static (string Zone, int PlaceStart)? ZoneOfPlace(string words)
    {
        var starts = new List<int>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!char.IsWhiteSpace(words[i]) && (i == 0 || char.IsWhiteSpace(words[i - 1]))) starts.Add(i);
        }
        for (var take = Math.Min(3, starts.Count); take >= 1; take--)
        {
            var start = starts[^take];
            if (PlaceZones.Find(words[start..], CityTimes) is { } zone) return (zone, start);
        }
        return null;
    }

    // "<Place> time", "<Place> standard time" in English; "local time in <Place>", "hora de <Place>", "heure de <Place>",
    // "ora di <Place>", "horário de <Place>" and their "local" forms; a place alone in brackets after the time ("14:32
    // (Lisbon)"), or right after the clock time ("16:05 Beirut"; written in title case there, so that an abbreviation such as
    // "WEST" stays an abbreviation). The place is one to three capitalised words (two after a clock time), and only a place
    // the zone tables know counts.
    [GeneratedRegex(@"\(?(?<place>(?-i:\p{Lu}[\p{L}'.\-]+)(?:[ \t](?-i:\p{Lu}[\p{L}'.\-]+)){0,2})[ \t]+(?:standard[ \t]+|daylight[ \t]+|summer[ \t]+|local[ \t]+)?time\b\)?|\(?\b(?:local[ \t]+time[ \t]+in|hora[ \t]+(?:local[ \t]+)?(?:de|da|do|en)|horário[ \t]+(?:local[ \t]+)?(?:de|da|do)|heure[ \t]+(?:locale[ \t]+)?(?:de|d')|ora[ \t]+(?:locale[ \t]+)?(?:di|de))[ \t]*(?<place>(?-i:\p{Lu}[\p{L}'.\-]+)(?:[ \t](?-i:\p{Lu}[\p{L}'.\-]+)){0,2})\)?|\((?<place>(?-i:\p{Lu}[\p{L}'.\-]+)(?:[ \t](?-i:\p{Lu}[\p{L}'.\-]+)){0,2})\)|(?<=\d[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?)[ \t]+(?<place>(?-i:\p{Lu}\p{Ll}[\p{L}'\-]*)(?:[ \t](?-i:\p{Lu}\p{Ll}[\p{L}'\-]*)){0,1})(?![\p{L}\d])", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex PlaceTime();

    [GeneratedRegex(@"\b(?:UTC|GMT)\s*(?<sign>[+\-−])(?<h>\d{1,2})(?::?(?<m>\d{2}))?(?!\d)|(?<=\d\d(?:\.\d+)?\s?)(?<sign>[+\-−])(?<h>\d{2}):?(?<m>\d{2})(?!\d)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NumericOffset();

    // Built from the table itself, so a zone added there is recognised in date lines too (longest names first). Keys with a
    // hyphen are the table's own variants of a shared abbreviation ("IST-IE"), not written forms.
    private static readonly Regex AbbreviationPattern = new(
        @"(?<![A-Za-z])(?<z>" + string.Join("|", Abbreviations.Keys.Where(k => k != "Z" && !k.Contains('-')).OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape)) +
        @")(?![A-Za-z])|(?<=\d)(?<z>Z)(?![A-Za-z])", RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static Regex Abbreviation() => AbbreviationPattern;
}
