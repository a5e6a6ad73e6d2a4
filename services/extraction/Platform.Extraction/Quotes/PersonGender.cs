using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Extraction.Quotes;

/// <summary>
/// What the article itself says about a person's gender, so that "she said" does not go to a man named nearer. Judged
/// from the text alone, with no list of given names: a title or kinship or role noun written next to a mention ("Mrs",
/// "Her mother, Akiko Sato", "the forum's chairwoman, Esther Wafula"; weight <see cref="RoleWeight"/>), and the first
/// third-person pronoun after a mention in its own sentence, outside quotations ("Abebech ... drove her father's
/// cattle"; weight 1, a subject pronoun 2), or opening the next sentence when the person is the subject of theirs
/// ("Kamala Thapa has plucked tea here since 1983. She remembers ..."; weight 2). The larger side wins by at least <see cref="Margin"/>; otherwise the gender is unknown and costs
/// nothing.
/// </summary>
internal static partial class PersonGender
{
    public enum Gender { Unknown, Female, Male }

    private const int RoleWeight = 4;
    private const int Margin = 2;
    private const int RoleWindow = 40;

    public static Gender OfPronoun(string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "she" or "her" => Gender.Female,
        "he" or "him" => Gender.Male,
        _ => Gender.Unknown,
    };

    public static Gender Of(string body, ExtractedEntity person)
    {
        var female = 0;
        var male = 0;
        foreach (var m in person.Mentions)
        {
            if (m.MentionKind == "pronoun" || m.Start < 0 || m.End > body.Length) continue;
            var before = body[Math.Max(0, m.Start - RoleWindow)..m.Start];
            var after = body[m.End..Math.Min(body.Length, m.End + RoleWindow)];
            foreach (var role in new[] { RoleBefore().Match(before), RoleAfter().Match(after) })
            {
                if (!role.Success) continue;
                if (role.Groups["f"].Success) female += RoleWeight;
                else male += RoleWeight;
            }
            var (pronoun, weight) = NextPronoun(body, m.End);
            if (pronoun == Gender.Unknown && PronounAntecedent.IsSubject(body, m.Start)) (pronoun, weight) = NextSentenceOpening(body, m.End);
            if (pronoun == Gender.Female) female += weight;
            else if (pronoun == Gender.Male) male += weight;
        }
        return female - male >= Margin ? Gender.Female : male - female >= Margin ? Gender.Male : Gender.Unknown;
    }

    /// <summary>The gender a title or role right before one mention gives ("Mr Zulu", "her brother, Musa Zulu").</summary>
    public static Gender AtMention(string body, int mentionStart)
    {
        if (mentionStart <= 0 || mentionStart > body.Length) return Gender.Unknown;
        var role = RoleBefore().Match(body[Math.Max(0, mentionStart - RoleWindow)..mentionStart]);
        return !role.Success ? Gender.Unknown : role.Groups["f"].Success ? Gender.Female : Gender.Male;
    }

    /// <summary>
    /// The first he/his/him or she/her/hers after the position in the same sentence, outside quotation marks: a subject
    /// pronoun ("she has farmed") weighs <see cref="SubjectPronounWeight"/>, an object or possessive one 1 (it may be someone else's).
    /// </summary>
    private static (Gender Gender, int Weight) NextPronoun(string body, int from)
    {
        var end = from;
        while (end < body.Length && end - from < 200 && body[end] is not ('.' or '!' or '?' or '\n' or '"' or '“' or '”')) end++;
        var m = ThirdPerson().Match(body, from, end - from);
        if (!m.Success) return (Gender.Unknown, 0);
        var weight = m.Value is "he" or "He" or "she" or "She" ? SubjectPronounWeight : 1;
        return (m.Groups["f"].Success ? Gender.Female : Gender.Male, weight);
    }

    private const int SubjectPronounWeight = 2;

    /// <summary>The next sentence opening with "She" or "He" right after a sentence the person is the subject of.</summary>
    private static (Gender Gender, int Weight) NextSentenceOpening(string body, int from)
    {
        var end = from;
        while (end < body.Length && end - from < 300 && body[end] is not ('.' or '!' or '?' or '\n')) end++;
        if (end >= body.Length || body[end] == '\n') return (Gender.Unknown, 0);
        var next = body.AsSpan(end + 1).TrimStart(' ');
        return next.StartsWith("She ", StringComparison.Ordinal) ? (Gender.Female, SubjectPronounWeight)
            : next.StartsWith("He ", StringComparison.Ordinal) ? (Gender.Male, SubjectPronounWeight)
            : (Gender.Unknown, 0);
    }

    private const string Female = "Mrs\\.?|Ms\\.?|Miss|Madam|Madame|Dame|Lady|Queen|Princess|Sister|chairwoman|spokeswoman|businesswoman|congresswoman|" +
                                  "councilwoman|actress|mother|daughter|wife|sister|grandmother|granddaughter|widow|aunt|niece|woman|girl";
    private const string Male = "Mr\\.?|Sir|Lord|King|Prince|Brother|chairman|spokesman|businessman|congressman|councilman|" +
                                "father|son|husband|brother|grandfather|grandson|widower|uncle|nephew|man|boy";

    /// <summary>The gender a role or kinship noun itself gives ("brother", "chairwoman"); unknown for most roles.</summary>
    public static Gender OfRoleNoun(string noun)
    {
        var m = RoleBefore().Match(noun + " ");
        return !m.Success || m.Index != 0 ? Gender.Unknown : m.Groups["f"].Success ? Gender.Female : Gender.Male;
    }

    /// <summary>A role right before the name: "Mrs Wafula", "her mother, Akiko Sato", "the forum's chairwoman, Esther ...".</summary>
    [GeneratedRegex(@"\b(?:(?<f>" + Female + @")|(?<m>" + Male + @"))\b,?[ \t]+(?:\p{Lu}[\p{L}’'.-]*[ \t]+)?$", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex RoleBefore();

    /// <summary>A role in apposition right after the name: "Esther Wafula, the forum's chairwoman".</summary>
    [GeneratedRegex(@"^,[ \t]+(?:a|an|the|his|her|their|its|[\p{L}’'-]+['’]s)[ \t]+(?:[\p{Ll}’'-]+[ \t]+){0,2}(?:(?<f>" + Female + @")|(?<m>" + Male + @"))\b", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex RoleAfter();

    [GeneratedRegex(@"\b(?:(?<f>she|her|hers|She|Her)|(?<m>he|his|him|He|His))\b", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex ThirdPerson();
}
