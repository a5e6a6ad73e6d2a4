using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Text;

/// <summary>
/// Normalizes names printed in capitals: "KIM EUN-BIN" -> "Kim Eun-bin", "O'BRIEN" -> "O'Brien", "MCDONALD" -> "McDonald".
/// Names already in mixed case are kept as written.
/// </summary>
public static partial class PersonNameCase
{
    /// <summary>
    /// Lower-case words inside a person's name: nobiliary and patronymic particles ("van der", "de la", "bin", "al") and the
    /// conjunctions of Spanish, Catalan and Portuguese double surnames ("Ortega y Gasset", "Puigdevall i Serra").
    /// </summary>
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "von", "de", "der", "den", "del", "della", "dei", "di", "da", "do", "du", "des", "la", "le", "dos", "das",
        "bin", "binti", "ibn", "bint", "al", "ten", "ter", "y", "i", "e",
    };

    /// <summary>A particle or surname conjunction that may stand inside a person's name.</summary>
    public static bool IsParticle(string token) => Particles.Contains(token);

    public static string Normalize(string name)
    {
        var trimmed = Spaces().Replace(name.Trim(), " ");
        if (!IsAllCaps(trimmed)) return trimmed;

        var tokens = trimmed.Split(' ');
        var result = new List<string>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var lower = token.ToLowerInvariant();
            if (i > 0 && i < tokens.Length - 1 && Particles.Contains(lower))
            {
                result.Add(lower);
                continue;
            }
            result.Add(CaseToken(token));
        }
        return string.Join(' ', result);
    }

    /// <summary>True when every letter is upper case (and there are at least two letters).</summary>
    public static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsLower(c)) return false;
        }
        return letters >= 2;
    }

    private static string CaseToken(string token)
    {
        var parts = token.Split('-');
        var korean = parts.Length == 2 && parts.All(p => KoreanSyllable().IsMatch(p.ToLowerInvariant()));
        var sb = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) sb.Append('-');
            var part = parts[i].ToLowerInvariant();
            sb.Append(korean && i > 0 ? part : CapitalizeSegment(part));
        }
        return sb.ToString();
    }

    private static string CapitalizeSegment(string part)
    {
        if (part.Length == 0) return part;
        // O'Brien, D'Angelo
        var apostrophe = part.IndexOfAny(['\'', '’']);
        if (apostrophe == 1 && part.Length > 2)
            return char.ToUpperInvariant(part[0]) + part[1..2] + char.ToUpperInvariant(part[2]) + part[3..];
        // McDonald, McCain
        if (part.StartsWith("mc", StringComparison.Ordinal) && part.Length > 3)
            return "Mc" + char.ToUpperInvariant(part[2]) + part[3..];
        // Initials such as "J.R."
        if (part.Contains('.'))
            return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(part);
        return char.ToUpperInvariant(part[0]) + part[1..];
    }

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Spaces();

    // One romanized Korean syllable: onset, vowel, optional coda (e.g. "bin", "ji", "sung", "hye", "woo").
    [GeneratedRegex(@"^(?:kk|k|g|n|d|tt|t|r|l|m|pp|p|b|ss|s|jj|j|ch|h|y|w|c)?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ou|ee|a|e|i|o|u)(?:ng|n|m|l|k|p|t|c|ck|r)?$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex KoreanSyllable();
}
