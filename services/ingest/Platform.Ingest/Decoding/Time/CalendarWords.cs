using System.Text.RegularExpressions;

namespace Platform.Ingest.Decoding.Time;

/// <summary>
/// Month and weekday names in the languages news pages are most often written in (as printed in their date lines,
/// genitive forms where the language uses them after a day: "14 lutego", "3 Nisan", "5 de junio", "14. helmikuuta"),
/// so a date on a page with Spanish, Indonesian or Polish chrome reads like an English one. Lower case keys.
/// </summary>
public static class CalendarWords
{
    // Declared first: static fields are initialised in order, and Months is built from this table.
    private static readonly string[][] MonthNamesByLanguage =
    [
        // es
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        // pt
        ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        // fr
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        // it
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        // de
        ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
        // nl
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        // id
        ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"],
        // ms
        ["januari", "februari", "mac", "april", "mei", "jun", "julai", "ogos", "september", "oktober", "november", "disember"],
        // tr
        ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
        // pl (genitive, as after a day)
        ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
        // fi (partitive, as after a day)
        ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
        // sv
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
        // no / da
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
        // ro
        ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
        // cs (genitive)
        ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
        // hr (genitive)
        ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"],
        // ru (genitive)
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
        // uk (genitive)
        ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
    ];

    // Declared before Months and DateFiller, which both read it: the culture data is enumerated once, at start-up.
    // (Thai, Persian and Saudi cultures default to another calendar but also name the Gregorian months: those names are read too.)
    private static readonly System.Globalization.DateTimeFormatInfo[] GregorianFormats =
        [.. System.Globalization.CultureInfo.GetCultures(System.Globalization.CultureTypes.SpecificCultures)
            .Select(GregorianFormat).OfType<System.Globalization.DateTimeFormatInfo>()];

    private static System.Globalization.DateTimeFormatInfo? GregorianFormat(System.Globalization.CultureInfo culture)
    {
        if (culture.DateTimeFormat.Calendar is System.Globalization.GregorianCalendar) return culture.DateTimeFormat;
        var gregorian = culture.OptionalCalendars.OfType<System.Globalization.GregorianCalendar>().FirstOrDefault();
        if (gregorian is null) return null;
        var format = (System.Globalization.DateTimeFormatInfo)culture.DateTimeFormat.Clone();
        format.Calendar = gregorian;
        return format;
    }

    public static readonly IReadOnlyDictionary<string, int> Months = BuildMonths();

    /// <summary>Weekday names, date connectors ("de", "à", "um", "klo", "pukul") and local words for "time" and "hours".</summary>
    public static readonly IReadOnlySet<string> DateFiller = WithCultureWeekdays(new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "isnin", "khamis",
        "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
        "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
        "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai",
        "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mandag", "tirsdag", "lørdag", "søndag",
        "de", "del", "à", "às", "a", "le", "um", "am", "klo", "kl", "saat", "pukul", "hora", "horas", "hs", "uhr", "ore", "godz",
        "heure", "heures", "tempo", "waktu", "saati",
    });

    private static HashSet<string> WithCultureWeekdays(HashSet<string> words)
    {
        foreach (var format in GregorianFormats)
            foreach (var day in format.DayNames)
                if (CultureWord(day) is { } name) words.Add(name);
        return words;
    }

    /// <summary>A culture's name for a month or day as a single lower-case word, or null (abbreviations, digits, phrases).</summary>
    private static string? CultureWord(string name)
    {
        var word = name.Trim().TrimEnd('.').ToLowerInvariant();
        return word.Length >= 3 && !word.Any(char.IsDigit) && !word.Any(char.IsWhiteSpace) ? word : null;
    }


    private static Dictionary<string, int> BuildMonths()
    {
        var d = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        string[] english = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (var i = 0; i < english.Length; i++)
        {
            d[english[i]] = i + 1;
            d[english[i][..3]] = i + 1;
        }
        d["sept"] = 9;
        foreach (var names in MonthNamesByLanguage)
            for (var i = 0; i < names.Length; i++)
                d.TryAdd(names[i], i + 1);
        // Every other language the runtime's culture data (ICU) knows: full month names, nominative and genitive
        // ("अगस्त", "আগস্ট", "აგვისტო", "listopadu"). A name that means different months in different languages (Croatian
        // "listopad" is October, Czech November) is left out unless the table above decides it.
        var fromCultures = new Dictionary<string, HashSet<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var format in GregorianFormats)
            foreach (var names in new[] { format.MonthNames, format.MonthGenitiveNames })
                for (var i = 0; i < 12 && i < names.Length; i++)
                    if (CultureWord(names[i]) is { } name)
                        (fromCultures.TryGetValue(name, out var months) ? months : fromCultures[name] = []).Add(i + 1);
        foreach (var (name, months) in fromCultures)
            if (months.Count == 1) d.TryAdd(name, months.Single());
        // Thai abbreviations written with dots inside ("มี.ค."), read without them (the parser drops the dots).
        foreach (var format in GregorianFormats.Where(f => f.AbbreviatedMonthNames.Any(n => n.Any(c => c is >= '\u0E00' and <= '\u0E7F'))))
            for (var i = 0; i < 12; i++)
                d.TryAdd(format.AbbreviatedMonthNames[i].Replace(".", ""), i + 1);
        // Common short forms of the Latin-script names ("ene.", "févr.", "Okt.", "Agt").
        foreach (var (abbr, month) in new (string, int)[]
                 {
                     ("ene", 1), ("janv", 1), ("févr", 2), ("fev", 2), ("fév", 2), ("mär", 3), ("avr", 4), ("abr", 4), ("mai", 5),
                     ("juil", 7), ("ago", 8), ("agt", 8), ("set", 9), ("okt", 10), ("out", 10), ("dez", 12), ("dic", 12), ("déc", 12), ("des", 12),
                 })
            d.TryAdd(abbr, month);
        return d;
    }
}
