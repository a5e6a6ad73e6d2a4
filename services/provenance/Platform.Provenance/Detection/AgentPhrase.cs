using System.Text.RegularExpressions;
using Platform.Contracts;
using static Platform.Provenance.Detection.DisclosurePatterns;

namespace Platform.Provenance.Detection;

/// <summary>
/// Reads the agent of a clause ("by Lena Vogt and Marco Rossi", "Korea JoongAng Daily staff translated ...")
/// into a list of literal noun phrases, and tells people and organisations from tools and AI.
/// </summary>
public static class AgentPhrase
{
    private static readonly Regex ListSplit = new(@"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*/\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex LeadingArticle = new(@"^(?:the|a|an)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex Pronoun = new(
        @"^(?:it|its|this|that|these|those|they|we|he|she|i|you|which|who|one|itself|then|also|later|subsequently|and|but|so|finally|first|afterwards|carefully|both|all|each|the\s+(?:article|story|text|translation|report|piece)|this\s+[\w-]+|[\w-]+\s+(?:was|were|is|are|been|has|have))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    /// <summary>Companies that, as the agent of a translation, stand for their engine ("translation by Google").</summary>
    private static readonly Regex EngineMaker = new(@"^(?:Google|Naver|Microsoft|Bing|Yandex|Amazon|Baidu|OpenAI|Anthropic|Kakao)$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex Determiner = new(@"^(?:Our|Their|His|Her|My)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    /// <summary>Cuts the agent phrase at the first word that cannot belong to it ("using", ",", "and edited").</summary>
    public static string Cut(string rest)
    {
        var m = AgentEnd.Match(rest);
        return (m.Success ? rest[..m.Index] : rest).Trim();
    }

    /// <summary>Splits a list of agents and cleans each one; returns people/organisations and whether a non-human agent was named.</summary>
    public static (List<string> Humans, bool NonHuman) Read(string phrase)
    {
        var humans = new List<string>();
        var nonHuman = false;
        phrase = phrase.Trim().TrimEnd('.', ',', ';', ':', '*', ')', ']').Trim();
        if (phrase.Length == 0) return (humans, false);
        var parts = ListSplit.Split(phrase);
        foreach (var raw in parts)
        {
            var part = LeadingArticle.Replace(raw.Trim().Trim('"', '“', '”', '\''), "").Trim();
            if (part.Length == 0 || Pronoun.IsMatch(part)) continue;
            if (TranslationTools.IsTool(part) || NonHumanAgent.IsMatch(part) || EngineMaker.IsMatch(part)) { nonHuman = true; continue; }
            if (!part.Any(char.IsLetter) || part.Split(' ').Length > 8) continue;
            if (Determiner.IsMatch(part)) part = char.ToLowerInvariant(part[0]) + part[1..];
            if (!humans.Contains(part, StringComparer.OrdinalIgnoreCase)) humans.Add(part);
        }
        return (humans, nonHuman);
    }
}
