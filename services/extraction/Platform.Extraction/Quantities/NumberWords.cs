namespace Platform.Extraction.Quantities;

/// <summary>Parses English cardinal number words ("three", "twenty-five", "two hundred and fifty", "a dozen").</summary>
internal static class NumberWords
{
    /// <summary>A regex fragment matching one or more cardinal number words (no captures); case-sensitive, the first word may be capitalized.</summary>
    public const string Pattern =
        @"(?:(?:[Zz]ero|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?:[\s-]+(?:and[\s-]+)?(?:hundred|thousand|million|billion|trillion|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)*)";

    private static readonly Dictionary<string, long> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["a"] = 1,
        ["an"] = 1,
        ["dozen"] = 12,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2,
        ["thousand"] = 1e3,
        ["million"] = 1e6,
        ["billion"] = 1e9,
        ["trillion"] = 1e12,
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

    /// <summary>
    /// Finds runs of number words in a text in one pass: "three", "twenty-five", "two hundred and fifty", and lone
    /// "dozen"/"hundred"/"thousand"/"million"/"billion" (<c>ScaleOnly</c>, counted only after "a"/"an").
    /// A hyphenated word with a non-number part ("one-sided", "two-thirds") is not a number.
    /// </summary>
    public static List<(int Start, int End, bool ScaleOnly)> Scan(string text)
    {
        var runs = new List<(int, int, bool)>();
        var units = Units.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }
            var (tokenEnd, kind) = Token(text, i, units);
            if (kind == 0)
            {
                i = tokenEnd;
                continue;
            }
            if (kind == 2)
            {
                runs.Add((i, tokenEnd, true));
                i = tokenEnd;
                continue;
            }
            var start = i;
            var end = tokenEnd;
            var p = tokenEnd;
            while (true)
            {
                var q = p;
                while (q < text.Length && text[q] == ' ') q++;
                if (q == p || q >= text.Length) break;
                if (text.AsSpan(q).StartsWith("and ", StringComparison.Ordinal))
                {
                    var r = q + 4;
                    while (r < text.Length && text[r] == ' ') r++;
                    var (andEnd, andKind) = Token(text, r, units);
                    if (andKind != 1) break;
                    end = p = andEnd;
                    continue;
                }
                var (nextEnd, nextKind) = Token(text, q, units);
                if (nextKind == 0) break;
                end = p = nextEnd;
            }
            runs.Add((start, end, false));
            i = end;
        }
        return runs;
    }

    /// <summary>A token's end and kind: 0 not a number word, 1 a number word (or hyphenated run of them), 2 a scale word.</summary>
    private static (int End, int Kind) Token(string text, int start, Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> units)
    {
        var e = start;
        while (e < text.Length && (char.IsLetter(text[e]) || (text[e] == '-' && e + 1 < text.Length && char.IsLetter(text[e + 1]) && e > start))) e++;
        if (e == start || (e < text.Length && char.IsDigit(text[e]))) return (Math.Max(e, start + 1), 0);
        var token = text.AsSpan(start, e - start);
        var kind = 1;
        foreach (var range in token.Split('-'))
        {
            var part = token[range];
            if (part.Equals("a", StringComparison.OrdinalIgnoreCase) || part.Equals("an", StringComparison.OrdinalIgnoreCase)) return (e, 0);
            if (IsScale(part)) { if (token.Length == part.Length) kind = 2; else return (e, 0); }
            else if (!units.ContainsKey(part) || part.Equals("dozen", StringComparison.OrdinalIgnoreCase)) return (e, part.Equals("dozen", StringComparison.OrdinalIgnoreCase) && token.Length == part.Length ? 2 : 0);
        }
        return (e, kind);
    }

    private static bool IsScale(ReadOnlySpan<char> word) =>
        word.Equals("hundred", StringComparison.OrdinalIgnoreCase) || word.Equals("thousand", StringComparison.OrdinalIgnoreCase)
        || word.Equals("million", StringComparison.OrdinalIgnoreCase) || word.Equals("billion", StringComparison.OrdinalIgnoreCase)
        || word.Equals("trillion", StringComparison.OrdinalIgnoreCase);
}
