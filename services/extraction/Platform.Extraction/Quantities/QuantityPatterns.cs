using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Extraction.Quantities;

/// <summary>The regular expressions behind <see cref="QuantityExtractor"/>, compiled once.</summary>
internal static partial class QuantityPatterns
{
    private const string Scale = @"(?<scale>hundred|thousand|million|billion|trillion|bn|mn|mln|tn)\b";

    /// <summary>A numeral with an optional currency symbol before it and scale word after it ("$1.2 billion", "6,000").</summary>
    [GeneratedRegex(@"(?<![\w.,٬٫:/$€£¥₩₹₽-])(?:(?<cur>US\$|C\$|A\$|HK\$|S\$|NT\$|\$|€|£|¥|₩|₹|₽)\s?)?(?<num>\d{1,3}(?:[,٬]\d{3})+(?:[.٫]\d+)?|\d+(?:[.٫]\d+)?)(?![\d,٬]\d|[.٫]\d|:\d|/\d|-\d)(?:(?:\s|-)?" + Scale + @"|(?<lscale>[kmb]n?)(?![\w-]))?", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex Numeral();

    /// <summary>Vague plural quantities ("tens of thousands of", "dozens of", "hundreds of").</summary>
    [GeneratedRegex(@"\b(?<approx>(?<first>tens|hundreds|thousands|millions|billions|dozens|scores)(?:\s+of\s+(?<second>thousands|millions|billions))?)\s+of\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex Vague();

    /// <summary>Fractions ("half", "two-thirds", "a third of").</summary>
    [GeneratedRegex(@"\b(?<frac>half|one-half|two-thirds|three-quarters|one-third|one-quarter|third|quarter|fifth)\b(?![-'’])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex Fraction();

    /// <summary>What may follow a number: percent, a currency word, a time of day.</summary>
    [GeneratedRegex(@"\G(?:\s*(?<pct>%|percent\b|per\s+cent\b|percentage\s+points?\b)|\s+(?:(?<usd>U\.S\.|US)\s+)?(?<curword>won|dollars?|euros?|yen|yuan|renminbi|rubles?|roubles?|rupees?|USD|EUR|KRW|JPY|CNY|GBP|RUB|INR)\b|(?<time>\s*(?:[ap]\.m\.|[ap]m\b|o'clock|o’clock|GMT|UTC|KST|hours?\s+GMT)))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex Suffix();

    /// <summary>One word (letters, inner hyphens and apostrophes, "/" for "km/h") preceded by spaces on the same line (a table's next row is not what a figure counts).</summary>
    [GeneratedRegex(@"\G[ \t\u00A0]+(?<w>[\p{L}°][\p{L}\d'’/-]*[\p{L}\d]|[\p{L}])", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex NextWord();

    /// <summary>Month names next to a number make it a date, not a quantity.</summary>
    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex MonthName();

    /// <summary>What follows a fraction before its noun: "of", a determiner ("half of the budget", "half its staff").</summary>
    [GeneratedRegex(@"\G(?:\s+of)?(?:\s+(?:the|its|their|his|her|our|all|this|that|these|those))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex FractionObject();

    /// <summary>The word after a hyphen glued to a number ("6,000-strong", "10-day").</summary>
    [GeneratedRegex(@"\G-(?<w>[\p{L}][\p{L}\d'’/-]*[\p{L}\d]|[\p{L}])", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex CompoundTail();

    [GeneratedRegex(@"\G\s+of\b", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    public static partial Regex OfAfter();
}
