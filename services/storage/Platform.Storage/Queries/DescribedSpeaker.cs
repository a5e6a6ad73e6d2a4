using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Storage.Queries;

/// <summary>
/// Tells a speaker described by role ("Maritime Ministry official", "the union's president", "council spokesperson")
/// from a named one ("Moses Kiprono Rotich"), and names the organisation the description points to: an organisation the
/// article names inside the phrase, else the capitalised words before the role, else the possessor ("the union").
/// </summary>
public static partial class DescribedSpeaker
{
    public const string NotNamed = "(organisation not named)";

    public static bool IsDescribed(string speaker)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (char.IsLower(words[0][0]) || char.IsLower(words[^1][0]));
    }

    public static string Organisation(string speaker, IEnumerable<string> organisationsInArticle)
    {
        var named = organisationsInArticle
            .Where(o => speaker.Contains(o, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(o => o.Length).FirstOrDefault();
        if (named is not null) return named;
        var capitalised = CapitalisedBeforeRole().Match(speaker);
        if (capitalised.Success) return capitalised.Groups["org"].Value;
        var possessor = Possessor().Match(speaker);
        return possessor.Success ? "the " + possessor.Groups["org"].Value : NotNamed;
    }

    [GeneratedRegex(@"^(?:(?:the|a|an)\s+)?(?<org>\p{Lu}[\p{L}\-]*(?:\s+(?:of|and|for|\p{Lu}[\p{L}\-]*))*)\s+\p{Ll}", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CapitalisedBeforeRole();

    [GeneratedRegex(@"^(?:(?:the|a|an)\s+)?(?<org>[\p{L}\s\-]+?)['’]s\b", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Possessor();
}
