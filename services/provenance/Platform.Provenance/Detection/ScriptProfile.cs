namespace Platform.Provenance.Detection;

/// <summary>Character-level script facts: which script a letter belongs to, which scripts a language is written in,
/// and a cheap guess of a text's language from its script (only where the script settles it).</summary>
public static class ScriptProfile
{
    public static Script Of(char c)
    {
        if (c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F') return Script.Hangul;
        if (c is >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF') return Script.Kana;
        if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF') return Script.Han;
        if (c is >= '\u0400' and <= '\u04FF') return Script.Cyrillic;
        if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F') return Script.Arabic;
        if (c is >= '\u0590' and <= '\u05FF') return Script.Hebrew;
        if (c is >= '\u0370' and <= '\u03FF') return Script.Greek;
        if (c is >= '\u0E00' and <= '\u0E7F') return Script.Thai;
        if (c is >= '\u0900' and <= '\u097F') return Script.Devanagari;
        if (c is >= '\u10A0' and <= '\u10FF') return Script.Georgian;
        if (c is >= '\u0530' and <= '\u058F') return Script.Armenian;
        if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F') return Script.Latin;
        return Script.Other;
    }

    /// <summary>The scripts a language is normally written in (Latin is always tolerated and not listed).</summary>
    public static IReadOnlySet<Script> ScriptsOf(string language) => LanguageNames.Primary(language) switch
    {
        "ko" => new HashSet<Script> { Script.Hangul, Script.Han },
        "ja" => new HashSet<Script> { Script.Kana, Script.Han },
        "zh" or "yue" => new HashSet<Script> { Script.Han },
        "ru" or "uk" or "be" or "bg" or "sr" or "mk" or "kk" or "ky" or "mn" or "tg" => new HashSet<Script> { Script.Cyrillic },
        "ar" or "fa" or "ur" or "ps" or "prs" => new HashSet<Script> { Script.Arabic },
        "he" or "yi" => new HashSet<Script> { Script.Hebrew },
        "el" => new HashSet<Script> { Script.Greek },
        "th" => new HashSet<Script> { Script.Thai },
        "hi" or "mr" or "ne" => new HashSet<Script> { Script.Devanagari },
        "ka" => new HashSet<Script> { Script.Georgian },
        "hy" => new HashSet<Script> { Script.Armenian },
        _ => new HashSet<Script> { Script.Latin },
    };

    /// <summary>Letter counts per script.</summary>
    public static Dictionary<Script, int> Count(string text)
    {
        var counts = new Dictionary<Script, int>();
        foreach (var c in text)
        {
            var s = Of(c);
            if (s == Script.Other) continue;
            counts[s] = counts.GetValueOrDefault(s) + 1;
        }
        return counts;
    }

    /// <summary>
    /// A language guess from script alone, only when the script settles it (Hangul => ko, kana => ja, Thai => th ...).
    /// Latin text gives null: many languages share it.
    /// </summary>
    public static string? GuessLanguage(string text)
    {
        var counts = Count(text);
        var total = counts.Values.Sum();
        if (total < 20) return null;
        var best = counts.MaxBy(kv => kv.Value);
        var (top, n) = (best.Key, best.Value);
        var kana = counts.GetValueOrDefault(Script.Kana);
        var han = counts.GetValueOrDefault(Script.Han);
        if (kana > 0 && kana + han > total / 2) return "ja";
        if (n * 2 < total) return null;
        return top switch
        {
            Script.Hangul => "ko",
            Script.Han => "zh",
            Script.Cyrillic => CyrillicLanguage(text),
            Script.Arabic => text.IndexOfAny(['پ', 'چ', 'ژ', 'گ', 'ی']) >= 0 ? null : "ar",
            Script.Hebrew => "he",
            Script.Greek => "el",
            Script.Thai => "th",
            Script.Georgian => "ka",
            Script.Armenian => "hy",
            _ => null,
        };
    }

    /// <summary>The language a foreign-script leftover points to.</summary>
    public static string? LanguageOfScript(Script script, string context) => script switch
    {
        Script.Hangul => "ko",
        Script.Kana => "ja",
        Script.Han => context.Any(c => Of(c) == Script.Kana) ? "ja" : context.Any(c => Of(c) == Script.Hangul) ? "ko" : "zh",
        Script.Cyrillic => CyrillicLanguage(context) ?? "ru",
        Script.Arabic => "ar",
        Script.Hebrew => "he",
        Script.Greek => "el",
        Script.Thai => "th",
        Script.Devanagari => "hi",
        Script.Georgian => "ka",
        Script.Armenian => "hy",
        _ => null,
    };

    private static string? CyrillicLanguage(string text)
    {
        if (text.IndexOfAny(['і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ']) >= 0) return "uk";
        if (text.IndexOfAny(['ы', 'э', 'ё', 'Ы', 'Э', 'Ё', 'ъ']) >= 0) return "ru";
        return null;
    }
}
