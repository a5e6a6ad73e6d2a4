namespace Platform.Extraction.Quantities;

/// <summary>Currencies, measure units and the small word lists that decide what a number counts.</summary>
internal static class UnitLexicon
{
    /// <summary>Currency code for a symbol written before a number ("$", "₩", "US$"), or null.</summary>
    public static string? CurrencyForSymbol(string symbol) => symbol switch
    {
        "$" or "US$" => "USD",
        "C$" => "CAD",
        "A$" => "AUD",
        "HK$" => "HKD",
        "S$" => "SGD",
        "NT$" => "TWD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₩" => "KRW",
        "₹" => "INR",
        "₽" => "RUB",
        _ => null,
    };

    /// <summary>Currency code for a word written after a number ("won", "dollars", "euros"), or null.</summary>
    public static string? CurrencyForWord(string word) => word.ToLowerInvariant() switch
    {
        "won" => "KRW",
        "dollar" or "dollars" => "USD",
        "euro" or "euros" => "EUR",
        "yen" => "JPY",
        "yuan" or "renminbi" => "CNY",
        "ruble" or "rubles" or "rouble" or "roubles" => "RUB",
        "rupee" or "rupees" => "INR",
        "usd" => "USD",
        "eur" => "EUR",
        "krw" => "KRW",
        "jpy" => "JPY",
        "cny" => "CNY",
        "gbp" => "GBP",
        "rub" => "RUB",
        "inr" => "INR",
        _ => null,
    };

    /// <summary>True for ISO codes written before an amount ("USD 5 million").</summary>
    public static bool IsCurrencyCode(string word) => word is "USD" or "EUR" or "KRW" or "JPY" or "CNY" or "GBP" or "RUB" or "INR" or "CAD" or "AUD" or "CHF" or "HKD" or "TWD" or "SGD";

    /// <summary>Words between a number and its noun that do not name what is counted.</summary>
    public static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "additional", "extra", "more", "other", "new", "further", "fewer", "less", "estimated", "total", "some",
        "more than", "such", "different", "separate", "remaining", "former", "current", "full", "whole", "straight",
        "consecutive", "successive", "major", "key", "main", "large", "small", "big", "huge", "massive", "few",
    };

    /// <summary>Words that end a noun phrase: a number followed straight by one of these counts nothing named.</summary>
    public static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "from", "for", "with", "by", "as", "and", "or", "but", "nor", "than",
        "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its", "their", "his", "her", "our", "your",
        "my", "them", "they", "he", "she", "we", "i", "you", "is", "are", "was", "were", "be", "been", "being", "has", "have",
        "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "not", "no",
        "into", "onto", "over", "under", "after", "before", "since", "until", "during", "about", "around", "per", "each",
        "every", "all", "both", "either", "neither", "if", "when", "while", "where", "so", "because", "also", "just", "only",
        "up", "down", "out", "off", "through", "across", "between", "among", "against", "toward", "towards", "including",
        "another", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "times", "said", "says",
        "percent", "ago", "earlier", "later", "year-on-year", "apiece", "each", "yet", "then", "there", "here",
    };

    /// <summary>Nouns that count things without a plural -s.</summary>
    public static readonly HashSet<string> IrregularPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "personnel", "staff", "police", "children", "men", "women", "feet", "teeth", "mice", "geese", "sheep",
        "fish", "deer", "aircraft", "livestock", "cattle", "crew", "militia", "infantry", "cavalry", "artillery", "offspring",
        "spacecraft", "watercraft", "hovercraft", "series", "species", "headquarters", "data", "media", "criteria", "won",
        "yen", "yuan", "equipment", "ammunition", "baht", "rand", "dong", "tonnes", "persons",
    };

    /// <summary>Measure units written as abbreviations or singular forms.</summary>
    public static readonly HashSet<string> MeasureUnits = new(StringComparer.Ordinal)
    {
        "km", "kg", "cm", "mm", "m", "mi", "ft", "in", "lb", "lbs", "oz", "g", "mg", "t", "kt", "mt", "ha", "sq", "mph", "kph",
        "km/h", "GW", "MW", "kW", "TW", "GWh", "MWh", "kWh", "TWh", "bpd", "MB", "GB", "TB", "Hz", "MHz", "GHz", "°C", "°F",
        "kilometer", "kilometre", "meter", "metre", "mile", "foot", "inch", "kilogram", "gram", "ton", "tonne", "pound",
        "liter", "litre", "gallon", "barrel", "hectare", "acre", "degree", "percent", "year", "month", "week", "day", "hour",
        "minute", "second", "decade", "century",
    };

    /// <summary>Capitalized words before a number that make the number part of a name ("Article 50", "Flight 370").</summary>
    public static readonly HashSet<string> NameHeads = new(StringComparer.Ordinal)
    {
        "Article", "Section", "Chapter", "Resolution", "Route", "Flight", "No", "No.", "Number", "Room", "Building", "Gate",
        "Unit", "Division", "Brigade", "Corps", "Boeing", "Airbus", "Apollo", "Vol", "Vol.", "Page", "Line", "Level", "Phase",
        "Stage", "Grade", "Class", "Type", "Model", "Mark", "Block", "Highway", "Interstate", "Channel", "Camp", "Squadron",
        "Regiment", "Hall", "Station", "Lot", "Exit", "Terminal", "Platform", "Item", "Rule", "Paragraph", "Clause", "Act",
        "War", "Street", "Avenue", "Road", "Pier", "Bus", "Episode", "Season", "Volume", "Part", "Game", "Round", "Week",
        "Day", "Year", "Hwasong", "Tu", "Su", "MiG", "Galaxy", "iPhone", "Windows", "Formula", "Group", "Top", "Fortune",
        "Office", "Bureau", "Department", "Command", "Fleet", "Army", "Battalion", "Company", "Zone", "District", "Ward",
        "Precinct", "Block", "Tower", "Apartment", "Suite", "Floor", "Band", "Seat", "Gen", "Generation", "Air", "Force",
    };
}
