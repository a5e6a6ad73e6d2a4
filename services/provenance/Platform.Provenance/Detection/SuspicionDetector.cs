using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Provenance.Detection;

/// <summary>
/// Undisclosed signals of translation in the headline and body (never in text ingest removed as boilerplate):
/// leftover words in another script, mixed romanisations of one name, and literal renderings such as
/// transliterated honorifics. Each signal carries a weight; a name gloss in brackets ("Kim Eun-bin (김은빈)")
/// is common in original English reporting too, so it weighs little. Signals combine as 1 - Π(1 - w).
/// </summary>
public static class SuspicionDetector
{
    public const double ReportThreshold = 0.2;
    private const double MaxConfidence = 0.9;
    private const int MaxSignals = 8;

    private static readonly Regex NameRun = new(
        @"(?<![\p{L}\p{M}-])\p{Lu}[\p{Ll}\p{M}]+(?:-\p{L}[\p{Ll}\p{M}]*)?(?:[ ]\p{Lu}[\p{Ll}\p{M}]+(?:-\p{L}[\p{Ll}\p{M}]*)?)*(?![\p{L}\p{M}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex Honorific = new(
        @"\b\p{Lu}[\p{Ll}]+-(?:ssi|nim|san|sama|kun|chan|sensei|senpai|sunbae|hyung|oppa|unni|noona|sonsaengnim)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private sealed record Signal(ProvenanceEvidence Evidence, double Weight, string? Language);

    public static TranslationSuspicion? Detect(string? headline, string body, string? targetLanguage)
    {
        var signals = new List<Signal>();
        var expected = ExpectedScripts(body, targetLanguage);
        if (!string.IsNullOrEmpty(headline)) signals.AddRange(ForeignScript(headline, "headline", expected));
        signals.AddRange(ForeignScript(body, "body", expected));
        signals.AddRange(MixedRomanization(body));
        signals.AddRange(Honorifics(body));
        if (signals.Count == 0) return null;

        var confidence = Math.Min(MaxConfidence, 1 - signals.Aggregate(1.0, (p, s) => p * (1 - s.Weight)));
        if (confidence < ReportThreshold) return null;
        var language = signals.Where(s => s.Language is not null).GroupBy(s => s.Language)
            .OrderByDescending(g => g.Sum(s => s.Weight)).Select(g => g.Key).FirstOrDefault();
        return new TranslationSuspicion
        {
            SuspectedSourceLanguage = language,
            Confidence = Math.Round(confidence, 3),
            Signals = signals.OrderByDescending(s => s.Weight).Take(MaxSignals).Select(s => s.Evidence).ToList(),
        };
    }

    private static IReadOnlySet<Script> ExpectedScripts(string body, string? target)
    {
        if (target is not null) return ScriptProfile.ScriptsOf(target);
        var counts = ScriptProfile.Count(body);
        if (counts.Count == 0) return new HashSet<Script> { Script.Latin };
        var top = counts.MaxBy(kv => kv.Value).Key;
        return top switch
        {
            Script.Hangul => ScriptProfile.ScriptsOf("ko"),
            Script.Kana => ScriptProfile.ScriptsOf("ja"),
            Script.Han => counts.ContainsKey(Script.Kana) ? ScriptProfile.ScriptsOf("ja") : ScriptProfile.ScriptsOf("zh"),
            _ => new HashSet<Script> { top },
        };
    }

    private static IEnumerable<Signal> ForeignScript(string text, string location, IReadOnlySet<Script> expected)
    {
        var i = 0;
        while (i < text.Length)
        {
            var script = ScriptProfile.Of(text[i]);
            if (script is Script.Other or Script.Latin || expected.Contains(script)) { i++; continue; }
            var start = i;
            var end = i + 1;
            var j = i + 1;
            while (j < text.Length)
            {
                var s = ScriptProfile.Of(text[j]);
                if (s == script || (script is Script.Hangul or Script.Kana && s == Script.Han) || (script == Script.Han && s is Script.Kana or Script.Hangul)) { end = j + 1; j++; continue; }
                if (text[j] is ' ' or '·' or '・' && j + 1 < text.Length && ScriptProfile.Of(text[j + 1]) == script) { j++; continue; }
                break;
            }
            var run = text[start..end];
            var gloss = IsGloss(text, start, end);
            var letters = run.Count(char.IsLetter);
            var weight = gloss ? 0.1 : letters >= 6 ? 0.4 : 0.3;
            yield return new Signal(new ProvenanceEvidence
            {
                Kind = gloss ? "foreign-script-gloss" : "foreign-script",
                Text = run,
                Location = location,
                Start = start,
                End = end,
            }, weight, ScriptProfile.LanguageOfScript(script, run));
            i = end;
        }
    }

    private static bool IsGloss(string text, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && text[before] == ' ') before--;
        var after = end;
        while (after < text.Length && text[after] == ' ') after++;
        var open = before >= 0 && text[before] is '(' or '[' or '"' or '“' or '\'' or '‘' or '「' or '《';
        var close = after < text.Length && text[after] is ')' or ']' or '"' or '”' or '\'' or '’' or '」' or '》' or ',' or ';';
        return open && close;
    }

    private static IEnumerable<Signal> MixedRomanization(string body)
    {
        var forms = new Dictionary<string, Dictionary<string, int>>();
        foreach (Match run in NameRun.Matches(body))
        {
            var tokens = TokenSpans(run);
            for (var a = 0; a < tokens.Count; a++)
                for (var b = a; b < Math.Min(tokens.Count, a + 3); b++)
                {
                    var start = run.Index + tokens[a].Start;
                    var end = run.Index + tokens[b].End;
                    var surface = body[start..end];
                    var key = Key(surface);
                    if (key.Length < 6 || !(surface.Contains('-') || surface.Contains(' ') || HasDiacritic(surface) || key.EndsWith('y'))) continue;
                    if (!forms.TryGetValue(key, out var set)) forms[key] = set = new Dictionary<string, int>(StringComparer.Ordinal);
                    set.TryAdd(surface, start);
                }
        }
        var reported = new List<string>();
        foreach (var (key, set) in forms.OrderByDescending(kv => kv.Key.Length))
        {
            if (set.Count < 2) continue;
            if (reported.Any(r => r.Contains(key, StringComparison.Ordinal))) continue;
            var distinct = set.OrderBy(kv => kv.Value).Take(2).ToList();
            reported.Add(key);
            foreach (var (surface, start) in distinct)
                yield return new Signal(new ProvenanceEvidence
                {
                    Kind = "mixed-romanization",
                    Text = surface,
                    Location = "body",
                    Start = start,
                    End = start + surface.Length,
                }, 0.2, null);
        }
    }

    private static IEnumerable<Signal> Honorifics(string body)
    {
        foreach (Match m in Honorific.Matches(body))
            yield return new Signal(new ProvenanceEvidence
            {
                Kind = "literal-rendering",
                Text = m.Value,
                Location = "body",
                Start = m.Index,
                End = m.Index + m.Length,
            }, 0.2, m.Value.EndsWith("ssi") || m.Value.EndsWith("nim") || m.Value.EndsWith("sunbae") || m.Value.EndsWith("hyung")
                || m.Value.EndsWith("oppa") || m.Value.EndsWith("unni") || m.Value.EndsWith("noona") ? "ko" : "ja");
    }

    private static List<(int Start, int End)> TokenSpans(Match run)
    {
        var spans = new List<(int, int)>();
        var s = run.Value;
        var start = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i == s.Length || s[i] == ' ')
            {
                if (i > start) spans.Add((start, i));
                start = i + 1;
            }
        }
        return spans;
    }

    /// <summary>The romanisation key: lowercase letters without spaces, hyphens or diacritics, with -yy/-iy/-ii/-yi endings as -y.</summary>
    private static string Key(string surface)
    {
        var sb = new StringBuilder();
        foreach (var c in surface.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is ' ' or '-') continue;
            sb.Append(char.ToLowerInvariant(c));
        }
        var key = sb.ToString();
        return Regex.Replace(key, "(?:yy|iy|ii|yi)$", "y", RegexOptions.None, RegexMatchTimeout.PerMatch);
    }

    private static bool HasDiacritic(string s) => s.Normalize(NormalizationForm.FormD).Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);
}
