namespace Platform.Extraction.Quantities;

/// <summary>Parses English cardinal number words ("three", "twenty-five", "two hundred and fifty", "a dozen").</summary>
internal static class NumberWords
{
    /// <summary>A regex fragment matching one or more cardinal number words (no captures); case-sensitive, the first word may be capitalized.</summary>
    public const string Pattern =
        @"(?:(?:[Zz]ero|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?:[\s-]+(?:and[\s-]+)?(?:hundred|thousand|million|billion|trillion|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)*)";

    private static readonly Dictionary<string, long> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["a"] = 1, ["an"] = 1, ["dozen"] = 12,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    };

    /// <summary>The multiplier of a scale word ("million" = 1e6; also "bn", "mn", "k"), or null.</summary>
    public static double? Scale(string word) => word.ToLowerInvariant() switch
    {
        "hundred" => 1e2,
        "thousand" or "k" => 1e3,
        "million" or "mn" or "m" or "mln" => 1e6,
        "billion" or "bn" or "b" or "bln" => 1e9,
        "trillion" or "tn" or "trn" => 1e12,
        _ => null,
    };

    /// <summary>Parses a run of number words; null when a word is not a number word.</summary>
    public static double? Parse(string text)
    {
        double total = 0, current = 0;
        bool any = false;
        foreach (var raw in text.Split([' ', '-', '\t', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.ToLowerInvariant();
            if (word == "and") continue;
            if (Units.TryGetValue(word, out var unit))
            {
                current += unit;
                any = true;
            }
            else if (Scales.TryGetValue(word, out var scale))
            {
                if (current == 0) current = 1;
                if (scale == 100) current *= scale;
                else
                {
                    total += current * scale;
                    current = 0;
                }
                any = true;
            }
            else return null;
        }
        return any ? total + current : null;
    }
}
