using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Extraction.Quotes;

/// <summary>
/// The person a "he said" / "she added" refers to: among the people mentioned before it (a person entity's mentions, and
/// a first name or surname of one standing as a sentence's subject, "Abebech, who started on the cutting lines ..."), the
/// best by documented weights: nearness (one point per <see cref="CharsPerPoint"/> characters back), standing as the
/// subject of a sentence, that is at its start after at most a title or role ("Stars coach Dennis Mwale was angry ...,
/// claiming that Mulenga had been offside": Mwale, not Mulenga), not being named inside someone's quoted words, and
/// not having the shape of a place or thing the tagger took for a person (<see cref="PersonShape"/>), and being written
/// as the pronoun's gender, not the other (<see cref="PersonGender"/>; unknown costs nothing). An unnamed person
/// introduced as a sentence's subject after the best named one ("A survivor, a 34-year-old vendor, said ...") wins:
/// the pronoun then has no name.
/// </summary>
internal static partial class PronounAntecedent
{
    private const double CharsPerPoint = 400;
    private const double Subject = 1.2;
    private const double InsideQuotation = -3.0;
    private const double PlaceLike = -1.5;
    private const double OtherGender = -3.0;
    private const double SameGender = 0.6;
    private const int LookBack = 2500;

    /// <summary>
    /// The antecedent: a person entity; or a person the tagger missed, known by a sentence-opening surname whose full name
    /// the article gave earlier ("Takeda, who ..." after "Hiroshi Takeda"); or an unnamed person introduced by a
    /// description ("A survivor, ...").
    /// </summary>
    public readonly record struct Antecedent(ExtractedEntity? Person, string? Description, string? UntaggedName = null, DescribedRole? Role = null);

    /// <summary>A sentence opened by a possessive kinship or role description ("His brother put it more bluntly."): the
    /// role's head noun and where the description stands.</summary>
    public readonly record struct DescribedRole(string Head, int Start);

    public static Antecedent? Find(string body, int limit, IReadOnlyList<ExtractedEntity> entities, string pronoun = "")
    {
        var wanted = PersonGender.OfPronoun(pronoun);
        var genders = new Dictionary<ExtractedEntity, PersonGender.Gender>();
        double Agreement(ExtractedEntity e)
        {
            if (wanted == PersonGender.Gender.Unknown) return 0;
            if (!genders.TryGetValue(e, out var g)) genders[e] = g = PersonGender.Of(body, e);
            return g == PersonGender.Gender.Unknown ? 0 : g == wanted ? SameGender : OtherGender;
        }
        var from = Math.Max(0, limit - LookBack);
        ExtractedEntity? best = null;
        string? bestUntagged = null;
        var bestScore = double.MinValue;
        var bestEnd = -1;
        void Consider(ExtractedEntity? e, string? untagged, int start, int end)
        {
            var score = -(limit - end) / CharsPerPoint
                        + (IsSubject(body, start) ? Subject : 0)
                        + (InsideQuote(body, start) ? InsideQuotation : 0)
                        + (e is not null && PersonShape.LooksLikePlaceOrThing(body, e) ? PlaceLike : 0)
                        + (e is not null ? Agreement(e) : 0);
            if (score > bestScore) { best = e; bestUntagged = untagged; bestScore = score; bestEnd = end; }
        }
        var people = entities.Where(e => e.Type == "person").ToList();
        foreach (var e in people)
            foreach (var m in e.Mentions)
                if (m.End <= limit && m.End >= from && m.MentionKind != "pronoun") Consider(e, null, m.Start, m.End);
        // A single name of a known person opening a sentence ("Abebech, who ...", "Mwale said"): a mention the tagger missed.
        // When no tagged person has that name, the person is one the tagger missed or split whose full name the article
        // gave earlier ("Visser said ..." after "Sanne Visser"; "Takeda, who ..." after "Hiroshi Takeda", where a
        // lexicon took "Takeda" for a company), unless that full name is itself a tagged place or organisation.
        for (var m = SentenceOpeningWord().Match(body, from, limit - from); m.Success; m = m.NextMatch())
        {
            var word = m.Groups["w"];
            var owner = people.Where(e => e.Canonical.Contains(' ') && e.Canonical.Split(' ').Contains(word.Value)).ToList();
            if (owner.Count == 1) Consider(owner[0], null, word.Index, word.Index + word.Length);
            // (a surname several people hold, "Tamm, who has run the company ...": the holder it names there)
            else if (owner.Count > 1 && SpeakerResolver.SurnameHolder(body, word.Value, word.Index) is { } holder
                     && owner.FirstOrDefault(e => e.Canonical == holder) is { } held)
                Consider(held, null, word.Index, word.Index + word.Length);
            else if (owner.Count == 0 && SpeakerResolver.FullNameBefore(body, word.Value, word.Index) is { } fullName
                     && !TaggedAsNonPerson(entities, fullName))
                Consider(null, fullName, word.Index, word.Index + word.Length);
        }
        // An unnamed person who opens a sentence after the best named one ("A survivor, a market vendor, said ...") is
        // the nearer subject: the pronoun stands for them, and the speaker has no name.
        Match? described = null;
        var describedFrom = Math.Max(from, bestEnd);
        for (var m = DescribedSubject().Match(body, describedFrom, limit - describedFrom); m.Success; m = m.NextMatch())
            if (!InsideQuote(body, m.Groups["np"].Index)) described = m;
        // "His brother put it more bluntly. “...,” he said", "The chief executive was asked ...": a possessive or definite
        // kinship or role description opening a sentence after the best named one is the nearer subject; the caller looks
        // for the person named with that role (its last role word: "executive").
        DescribedRole? role = null;
        for (var m = RoleDescription().Match(body, describedFrom, limit - describedFrom); m.Success; m = m.NextMatch())
        {
            if (InsideQuote(body, m.Groups["np"].Index)) continue;
            string? head = null;
            foreach (var w in m.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (Entities.Lexicons.EntityLexicons.Default.KinshipNouns.Contains(w) || Entities.Lexicons.EntityLexicons.Default.Titles.Contains(w)) head = w;
                else if (head is not null) break;
            if (head is not null && !(wanted != PersonGender.Gender.Unknown && PersonGender.OfRoleNoun(head) is var g && g != PersonGender.Gender.Unknown && g != wanted))
                role = new DescribedRole(head, m.Groups["np"].Index);
        }
        // (unless a name opens a sentence after it: "Tiyamike Gondwe, an economist, said ...", a person the tagger missed)
        if (described is not null && (role is null || role.Value.Start < described.Index)
            && !NamedOpening().IsMatch(body.AsSpan(described.Index + described.Length, limit - described.Index - described.Length)))
            return new Antecedent(null, described.Groups["np"].Value);
        return best is null && bestUntagged is null && role is null ? null : new Antecedent(best, null, bestUntagged, role);
    }


    [GeneratedRegex(@"(?:^|[.!?]\s+|\n)(?<np>(?:His|Her|Their|The)[ \t]+(?<words>\p{Ll}[\p{L}-]*(?:[ \t]+\p{Ll}[\p{L}-]*){0,2}))", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex RoleDescription();

    private static bool TaggedAsNonPerson(IReadOnlyList<ExtractedEntity> entities, string name) =>
        entities.Any(e => e.Type != "person" && e.Canonical == name);



    /// <summary>
    /// The sentence opens with the mention, after at most a title or role ("Stars coach Dennis Mwale"), or the mention
    /// stands in apposition to an opening noun phrase of up to seven words ("Her mother, Akiko Sato, grew up ...", "The
    /// commissioner for disaster management affairs, Wezi Nyirenda, told ...").
    /// </summary>
    internal static bool IsSubject(string body, int start)
    {
        // back over words, spaces, apostrophes and abbreviation stops ("Dr."); a stop after a lower-case letter ends a sentence
        var i = start - 1;
        while (i >= 0 && (char.IsLetter(body[i]) || body[i] is ' ' or '\'' or '’' || (body[i] == '.' && i > 0 && !char.IsLower(body[i - 1])))) i--;
        var lead = body[(i + 1)..start].Trim();
        var opens = i < 0 || body[i] is '.' or '!' or '?' or '\n' or '"' or '”' || AfterDateline(body, i);
        // (a chain of lower-case role words after the title may run longer: "State assistant tourism minister NAME")
        if (opens) return lead.Length == 0 || lead.Split(' ') is { Length: <= 3 } || IsRoleChain(lead.Split(' '));
        if (body[i] != ',') return false;
        // "..., and Rahimova will read in Samarkand": the subject of a clause joined by a conjunction
        if (lead is "and" or "but" or "while" or "whereas" or "so" or "yet") return true;
        // "In a judgment handed down on Wednesday, Judge Anele Mokoena found ...": after an introductory phrase
        if (lead.Length == 0 || lead.Split(' ').Length <= 2)
        {
            var j = i - 1;
            while (j >= 0 && body[j] is not ('.' or '!' or '?' or '\n' or '"' or '”' or '“' or ',' or ';')) j--;
            var intro = body[(j + 1)..i].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if ((j < 0 || body[j] is not (',' or ';')) && intro.Length is >= 1 and <= 12 && IntroductoryOpeners.Contains(intro[0]))
                return true;
        }
        if (lead.Length > 0) return false;
        // "Her mother, NAME": the appositive opening is a determiner or possessive and at most three more words
        var k = i - 1;
        while (k >= 0 && (char.IsLetter(body[k]) || body[k] is ' ' or '\'' or '’')) k--;
        var opening = body[(k + 1)..i].Trim();
        var words = opening.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // ("According to the forum's chairwoman, NAME, ...": the source a sentence opens with speaks in it)
        return (k < 0 || body[k] is '.' or '!' or '?' or '\n' or '"' or '”')
               && ((words.Length is >= 2 and <= 7 && AppositiveOpeners.Contains(words[0]) && !words.Any(Auxiliaries.Contains))
                   || (words.Length is >= 3 and <= 7 && words[0] == "According" && words[1] == "to"));
    }

    /// <summary>Up to six words ending in a role from the titles lexicon, the words before it lower-case after the first.</summary>
    private static bool IsRoleChain(string[] words) =>
        words.Length <= 6 && Entities.Lexicons.EntityLexicons.Default.Titles.Contains(words[^1])
        && words.Skip(1).All(w => w.Length > 0 && char.IsLower(w[0]));

    /// <summary>The dash closing a dateline at a paragraph's start ("VILLAPUTZU, Sardinia - NAME ..."): the sentence opens after it.</summary>
    private static bool AfterDateline(string body, int dash)
    {
        if (body[dash] is not ('-' or '—' or '–') || dash == 0 || body[dash - 1] != ' ') return false;
        var lineStart = body.LastIndexOf('\n', dash - 1) + 1;
        var lead = body.AsSpan(lineStart, dash - lineStart).Trim();
        return lead.Length is > 0 and <= 60 && char.IsUpper(lead[0]) && lead.IndexOfAny('.', '"', '“') < 0 && lead.Count(' ') <= 5;
    }

    private static readonly HashSet<string> IntroductoryOpeners = new(StringComparer.Ordinal)
    {
        "In", "On", "At", "After", "Before", "During", "Outside", "Inside", "Asked", "Speaking", "Earlier", "Later", "Last",
        "This", "Yesterday", "Today", "Since", "Under", "When", "While", "As", "Back", "For", "From", "Until", "Once",
    };

    /// <summary>Words that make an opening a clause, not a noun phrase ("His death was announced by his son, NAME").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "was", "were", "is", "are", "has", "had", "have", "will", "would", "been", "be", "did", "does",
    };

    private static readonly HashSet<string> AppositiveOpeners = new(StringComparer.Ordinal)
    {
        "Her", "His", "Their", "Its", "The", "A", "An", "One", "Our", "My",
    };

    /// <summary>True when an odd number of quotation marks open before the position in its paragraph.</summary>
    private static bool InsideQuote(string body, int position)
    {
        var paragraphStart = body.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        var opens = 0;
        for (var k = paragraphStart; k < position; k++)
        {
            var c = body[k];
            if (c == '“') opens++;
            else if (c == '”') opens = Math.Max(0, opens - 1);
            else if (c == '"') opens = opens == 0 ? 1 : 0;
        }
        return opens > 0;
    }

    /// <summary>A sentence opening with an indefinite description of a person: "A survivor, ...", "A woman who sells fuel ...".</summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+|\n)(?<np>(?:A|An|One)[ \t]{1,3}(?!(?:few|number|lot|total|third|quarter|half|year|month|week|day|study|report|statement|survey)\b)\p{Ll}[\p{L}’'-]{0,30}(?:[ \t]{1,3}\p{Ll}[\p{L}’'-]{0,30}){0,3}(?:[ \t]{1,3}(?:in|of|from|at)[ \t]{1,3}\p{Lu}[\p{L}’'-]{0,30}(?:[ \t]{1,3}\p{Lu}[\p{L}’'-]{0,30}){0,2})?)(?=[,\s])", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex DescribedSubject();

    [GeneratedRegex(@"(?:^|[.!?]\s+|\n)\p{Lu}[\p{L}’'.-]{1,30}[ \t]{1,3}\p{Lu}[\p{L}’'.-]{1,30}", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NamedOpening();

    [GeneratedRegex(@"(?:^|[.!?]\s+|\n)(?<w>\p{Lu}[\p{Ll}’'-]+)(?=,\s|\s+(?:who|was|is|has|had|said|says|told|added|recalled|remembers|says|thinks|wants|started|began|works|lives|runs)\b)", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SentenceOpeningWord();
}
