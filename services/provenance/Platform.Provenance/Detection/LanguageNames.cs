using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Provenance.Detection;

/// <summary>
/// English names of languages (as they appear in translation notes) mapped to BCP 47 tags.
/// Names are matched with a capital first letter, so the verb "polish" is never the language "Polish".
/// </summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> Tags = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Korean"] = "ko",
        ["Japanese"] = "ja",
        ["Chinese"] = "zh",
        ["Mandarin"] = "zh",
        ["Mandarin Chinese"] = "zh",
        ["Simplified Chinese"] = "zh-Hans",
        ["Traditional Chinese"] = "zh-Hant",
        ["Cantonese"] = "yue",
        ["English"] = "en",
        ["German"] = "de",
        ["Swiss German"] = "gsw",
        ["French"] = "fr",
        ["Canadian French"] = "fr-CA",
        ["Spanish"] = "es",
        ["Castilian"] = "es",
        ["Latin American Spanish"] = "es-419",
        ["Mexican Spanish"] = "es-MX",
        ["Portuguese"] = "pt",
        ["Brazilian Portuguese"] = "pt-BR",
        ["European Portuguese"] = "pt-PT",
        ["Italian"] = "it",
        ["Russian"] = "ru",
        ["Ukrainian"] = "uk",
        ["Belarusian"] = "be",
        ["Polish"] = "pl",
        ["Czech"] = "cs",
        ["Slovak"] = "sk",
        ["Slovenian"] = "sl",
        ["Croatian"] = "hr",
        ["Serbian"] = "sr",
        ["Bosnian"] = "bs",
        ["Bulgarian"] = "bg",
        ["Macedonian"] = "mk",
        ["Romanian"] = "ro",
        ["Hungarian"] = "hu",
        ["Greek"] = "el",
        ["Turkish"] = "tr",
        ["Arabic"] = "ar",
        ["Hebrew"] = "he",
        ["Persian"] = "fa",
        ["Farsi"] = "fa",
        ["Dari"] = "prs",
        ["Pashto"] = "ps",
        ["Urdu"] = "ur",
        ["Hindi"] = "hi",
        ["Bengali"] = "bn",
        ["Bangla"] = "bn",
        ["Punjabi"] = "pa",
        ["Tamil"] = "ta",
        ["Telugu"] = "te",
        ["Marathi"] = "mr",
        ["Gujarati"] = "gu",
        ["Nepali"] = "ne",
        ["Sinhala"] = "si",
        ["Thai"] = "th",
        ["Vietnamese"] = "vi",
        ["Indonesian"] = "id",
        ["Malay"] = "ms",
        ["Tagalog"] = "tl",
        ["Filipino"] = "fil",
        ["Burmese"] = "my",
        ["Khmer"] = "km",
        ["Lao"] = "lo",
        ["Mongolian"] = "mn",
        ["Kazakh"] = "kk",
        ["Uzbek"] = "uz",
        ["Kyrgyz"] = "ky",
        ["Tajik"] = "tg",
        ["Azerbaijani"] = "az",
        ["Georgian"] = "ka",
        ["Armenian"] = "hy",
        ["Kurdish"] = "ku",
        ["Dutch"] = "nl",
        ["Flemish"] = "nl-BE",
        ["Swedish"] = "sv",
        ["Norwegian"] = "no",
        ["Danish"] = "da",
        ["Finnish"] = "fi",
        ["Icelandic"] = "is",
        ["Estonian"] = "et",
        ["Latvian"] = "lv",
        ["Lithuanian"] = "lt",
        ["Catalan"] = "ca",
        ["Basque"] = "eu",
        ["Galician"] = "gl",
        ["Irish"] = "ga",
        ["Welsh"] = "cy",
        ["Swahili"] = "sw",
        ["Kiswahili"] = "sw",
        ["Bahasa Melayu"] = "ms",
        ["Bahasa Malaysia"] = "ms",
        ["Bahasa Indonesia"] = "id",
        ["Haitian Creole"] = "ht",
        ["Haitian"] = "ht",
        ["Kreyòl"] = "ht",
        ["Zulu"] = "zu",
        ["Xhosa"] = "xh",
        ["Igbo"] = "ig",
        ["Kinyarwanda"] = "rw",
        ["Tigrinya"] = "ti",
        ["Oromo"] = "om",
        ["Malayalam"] = "ml",
        ["Kannada"] = "kn",
        ["Odia"] = "or",
        ["Assamese"] = "as",
        ["Tetum"] = "tet",
        ["Bislama"] = "bi",
        ["Samoan"] = "sm",
        ["Tongan"] = "to",
        ["Fijian"] = "fj",
        ["Maori"] = "mi",
        ["Māori"] = "mi",
        ["Faroese"] = "fo",
        ["Luxembourgish"] = "lb",
        ["Turkmen"] = "tk",
        ["Uyghur"] = "ug",
        ["Tibetan"] = "bo",
        ["Papiamento"] = "pap",
        ["Amharic"] = "am",
        ["Somali"] = "so",
        ["Hausa"] = "ha",
        ["Yoruba"] = "yo",
        ["Afrikaans"] = "af",
        ["Albanian"] = "sq",
        ["Maltese"] = "mt",
        ["Yiddish"] = "yi",
        ["Latin"] = "la",
        // Languages of Southern and Eastern Africa, the Pacific, the Americas and Europe's smaller language communities
        // (names that are also common personal or place names, such as Karen or Venda, are left out).
        ["Shona"] = "sn", ["chiShona"] = "sn", ["isiZulu"] = "zu", ["isiXhosa"] = "xh", ["Setswana"] = "tn", ["Tswana"] = "tn",
        ["Sesotho"] = "st", ["Sotho"] = "st", ["Sepedi"] = "nso", ["Northern Sotho"] = "nso", ["siSwati"] = "ss", ["Swazi"] = "ss",
        ["Xitsonga"] = "ts", ["Tsonga"] = "ts", ["Tshivenda"] = "ve", ["isiNdebele"] = "nr", ["Ndebele"] = "nd", ["Chichewa"] = "ny",
        ["Nyanja"] = "ny", ["Bemba"] = "bem", ["Lingala"] = "ln", ["Wolof"] = "wo", ["Fula"] = "ff", ["Fulfulde"] = "ff",
        ["Bambara"] = "bm", ["Malagasy"] = "mg", ["Luganda"] = "lg", ["Kirundi"] = "rn", ["Oshiwambo"] = "kj", ["Otjiherero"] = "hz",
        ["Tok Pisin"] = "tpi", ["Hiri Motu"] = "ho", ["Gilbertese"] = "gil", ["Marshallese"] = "mh", ["Tahitian"] = "ty",
        ["Hawaiian"] = "haw", ["Javanese"] = "jv", ["Sundanese"] = "su", ["Cebuano"] = "ceb", ["Ilocano"] = "ilo", ["Hmong"] = "hmn",
        ["Sindhi"] = "sd", ["Balochi"] = "bal", ["Kashmiri"] = "ks", ["Dhivehi"] = "dv", ["Dzongkha"] = "dz", ["Occitan"] = "oc",
        ["Breton"] = "br", ["Corsican"] = "co", ["Sardinian"] = "sc", ["Frisian"] = "fy", ["West Frisian"] = "fy",
        ["Scottish Gaelic"] = "gd", ["Gaelic"] = "gd", ["Northern Sami"] = "se", ["Sámi"] = "se", ["Greenlandic"] = "kl",
        ["Kalaallisut"] = "kl", ["Aymara"] = "ay", ["Quechua"] = "qu", ["Guarani"] = "gn", ["Guaraní"] = "gn", ["Nahuatl"] = "nah",
        ["Mapudungun"] = "arn", ["Inuktitut"] = "iu", ["Ojibwe"] = "oj", ["Navajo"] = "nv", ["Montenegrin"] = "cnr", ["Chechen"] = "ce",
        ["Tatar"] = "tt", ["Bashkir"] = "ba", ["Ossetian"] = "os", ["Kurmanji"] = "kmr", ["Sorani"] = "ckb", ["Valencian"] = "ca",
        ["Kriolu"] = "kea", ["Cape Verdean Creole"] = "kea", ["Krio"] = "kri", ["Twi"] = "tw", ["Akan"] = "ak",
        ["Asturian"] = "ast", ["Ladino"] = "lad", ["Kanuri"] = "kr", ["Kikongo"] = "kg",
        ["Binisaya"] = "ceb", ["Bisaya"] = "ceb", ["Tetun"] = "tet", ["Mauritian Creole"] = "mfe", ["Morisien"] = "mfe",
    };

    /// <summary>A regex alternation of every name, longest first, for use inside larger patterns.</summary>
    public static readonly string Pattern = string.Join("|",
        Tags.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    /// <summary>The BCP 47 tag for a language name, or null.</summary>
    public static string? ToTag(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var key = Regex.Replace(name.Trim(), @"\s+", " ", RegexOptions.None, RegexMatchTimeout.PerMatch);
        return Tags.TryGetValue(key, out var tag) ? tag : null;
    }

    /// <summary>The English names of a language ("en" => English), for matching labels such as "In English".</summary>
    public static IReadOnlyList<string> NamesOf(string tag)
    {
        var primary = Primary(tag);
        return Tags.Where(kv => kv.Value == primary).Select(kv => kv.Key).ToList();
    }

    /// <summary>True when a code ("ES", "pt") is the primary tag of a language this table names.</summary>
    public static bool IsKnownTag(string code) => KnownTags.Contains(code.ToLowerInvariant());

    private static readonly HashSet<string> KnownTags = Tags.Values.Select(Primary).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when the phrase is nothing but a language name.</summary>
    public static bool IsLanguageName(string phrase) => ToTag(phrase) is not null;

    /// <summary>The primary language subtag, lowercased ("pt-BR" => "pt").</summary>
    public static string Primary(string tag) => tag.Split('-')[0].ToLowerInvariant();
}
