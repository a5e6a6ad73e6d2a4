using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Extraction.Quotes;

/// <summary>
/// Turns the speaker phrase of a reporting clause into a speaker. In order: an entity mention covering the phrase
/// (its Canonical); for pronouns, the person mentioned before the quote that <see cref="PronounAntecedent"/> weighs best
/// (near, a subject, not inside a quotation), else the previous quote's speaker;
/// for descriptions ("the official"), the person or described official introduced earlier with an indefinite article
/// ("a Ministry of Unification official" gives "Ministry of Unification official"), or a name standing in apposition
/// to that introduction; otherwise the phrase as written.
/// </summary>
internal static partial class SpeakerResolver
{
    [GeneratedRegex(@"^(?:he|she|him|her)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SingularPronoun();

    [GeneratedRegex(@"^(?:they|i|we|you|it|one|another|someone)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex OtherPronoun();

    [GeneratedRegex(@"^(?:the|a|an|this|that|one|another|its|his|her|their|our)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Determiner();

    [GeneratedRegex(@"^(?:a|an|one|another)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Indefinite();

    [GeneratedRegex(@"^\.?\s+(?<name>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NameAfterTitle();

    // (a name may hold a lower-case particle: "Pieter van Wyk", "Ana da Silva")
    private const string Particle = @"(?:[ \t]+(?:van|von|de|da|das|do|del|della|dela|delos|der|den|dos|du|di|bin|bint|binti|ibn|al|el|le|la|los|las|ter|ten|y|á|í|av|við|úr|ap|uulu|kyzy|uly|oglu|ogly|oğlu|qizi|qızı|gizi)){0,2}";

    [GeneratedRegex(@"(?<name>[A-Z][\p{L}’'.-]+(?:" + Particle + @"\s+[A-Z][\p{L}’'.-]+){0,3}),\s*$", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NameBeforeAppositive();

    // (the name may follow a lower-case role of its own: "Another resident, retired teacher Hassan Ben Abdeslam, said")
    [GeneratedRegex(@"^,?\s+(?:\p{Ll}[\p{L}-]+\s+){0,3}?(?<name>[A-Z][\p{L}’'.-]+(?:" + Particle + @"\s+[A-Z][\p{L}’'.-]+){0,3})", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NameAfterDescription();

    [GeneratedRegex(@"^.*\b(?:a|an|A|An|the|The)[ \t]+", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex InnerArticle();

    [GeneratedRegex(@"\b(?<name>\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3})(?:,\s*\d{1,3},)?\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|added|stressed|noted|explained|wrote|stated|asked|replied|warned|argued|insisted|declared|announced)\b", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NamedSubject();

    private static bool OpensSentence(string body, int index)
    {
        var i = index - 1;
        while (i >= 0 && body[i] is ' ' or '\t') i--;
        if (i >= 0 && body[i] is '"' or '”' or '’') i--;
        return i < 0 || body[i] is '.' or '!' or '?' or '\n';
    }

    private static bool FollowedByLowercase(string body, int index)
    {
        var i = index;
        if (i < body.Length && body[i] == ',') i++;
        if (i >= body.Length || body[i] != ' ') return false;
        while (i < body.Length && body[i] == ' ') i++;
        return i < body.Length && char.IsLower(body[i]);
    }

    private static bool ArticleOrPreposition(string run)
    {
        var first = run.AsSpan(0, run.IndexOf(' ') is var k and > 0 ? k : run.Length);
        return first is "The" or "A" or "An" or "In" or "On" or "At" or "For" or "But" or "And" or "As" or "After" or "When" or "While" or "This" or "That";
    }

    /// <summary>Titles and roles written before a name ("Finance Minister Karla Hendricks"): not part of the speaker's name.</summary>
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "Minister", "President", "Chancellor", "Governor", "Secretary", "Mayor", "Director", "Chairman", "Chairwoman", "Chair",
        "CEO", "Senator", "Sen.", "Rep.", "Representative", "Gen.", "General", "Prime", "Foreign", "Finance", "Defense", "Defence",
        "Vice", "Deputy", "Chief", "Ambassador", "Spokesman", "Spokeswoman", "Spokesperson", "Professor", "Prof.", "Dr.", "Mr.",
        "Mrs.", "Ms.", "Judge", "King", "Queen", "Prince", "Princess", "Leader", "Commissioner", "Justice", "Lt.", "Col.", "Sgt.",
        "Capt.", "Adm.", "Gov.", "Pope", "Archbishop", "Bishop", "Rev.", "Opposition", "Interior", "Trade", "Health", "Labor",
        "Labour", "Unification", "Economy", "Industry", "Justice", "Education", "Environment", "Energy", "Agriculture", "Police",
        "Commander", "Coach", "Captain", "Senior", "State", "Former", "Acting", "Supreme", "Party", "Council", "Security",
        "National", "Head", "The", "A", "An", "Sir", "Dame", "Lord", "Lady", "Emperor", "Sheikh", "Crown",
        "Executive", "Commodore", "Advocate", "Inspector", "Superintendent", "Major", "Brigadier", "Colonel", "Lieutenant",
        "Sergeant", "Magistrate", "Councillor", "Councilor", "Dean", "Chef", "Manager", "Officer", "Operating", "Financial",
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Mx", "Madam", "Doña", "Don", "Dona",
        "Father", "Imam", "Rabbi", "Pastor", "Reverend", "Deacon", "Abba", "Abuna", "Ayatollah", "Mullah", "Swami", "Lama",
        "Venerable", "Cardinal", "Patriarch", "Monsignor", "Elder", "Sister", "Brother",
    };

    /// <summary>Lower-case particles inside personal names ("Pieter van der Linde", "Corazon dela Pena Ilagan",
    /// "Sevinj Akif qizi Mammadova"): the entity lexicons' particle and patronymic lists (and Dutch "ten").</summary>
    private static bool IsNameParticle(string word) =>
        word.Equals("ten", StringComparison.OrdinalIgnoreCase)
        || Entities.Lexicons.EntityLexicons.Default.NameParticles.Contains(word) || Entities.Lexicons.EntityLexicons.Default.NameSuffixes.Contains(word);

    /// <summary>"Opposition leader Tomas Brandt" gives "Tomas Brandt": the name after any title words or lowercase role.</summary>
    internal static string StripTitles(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        for (var i = 0; i < words.Length - 1; i++)
            if (char.IsLower(words[i][0]) && words[i] != "of" && !IsNameParticle(words[i]))
                start = i + 1;
        // ("Managing Director Tomasz Orellana": the name starts after the last title word, whatever comes before it)
        for (var i = start; i < words.Length - 2; i++)
            if (TitleWords.Contains(words[i]) && char.IsUpper(words[i + 1][0])) start = i + 1;
        // (a role noun opening the phrase, "Forward Teiva Maraetefau", "Prosecutor Biljana Petreska": the titles lexicon)
        while (start < words.Length - 1 && (TitleWords.Contains(words[start]) || LeadingRole(words[start]))) start++;
        return string.Join(' ', words[start..]);
    }

    // (a compound role counts by its last part: "Co-author", "Ex-minister")
    private static bool LeadingRole(string word) =>
        char.IsUpper(word[0]) && Entities.Lexicons.EntityLexicons.Default.Titles.Contains(RoleHead(word.AsSpan().TrimEnd(',')));

    private static ReadOnlySpan<char> RoleHead(ReadOnlySpan<char> word) =>
        word.LastIndexOf('-') is var dash and > 0 && dash < word.Length - 1 && char.IsLower(word[dash + 1]) ? word[(dash + 1)..] : word;

    /// <summary>How far back (characters) a description or pronoun looks for its introduction.</summary>
    private const int LookBack = 2500;

    /// <summary>How far back (characters) a sentence opened by a role ("The chief executive was asked ...") looks for the
    /// person named with that role: a long article's whole opening, but bounded, as the search runs once per quote.</summary>
    private const int RoleReach = 4 * LookBack;

    public static ResolvedSpeaker Resolve(string body, Attribution a, int quoteStart, IReadOnlyList<ExtractedEntity> entities, ResolvedSpeaker? previous)
    {
        var phrase = a.Speaker.Trim();
        if (SingularPronoun().IsMatch(phrase) || OtherPronoun().IsMatch(phrase))
            return ResolvePronoun(body, phrase, a, quoteStart, entities, previous);

        var covering = CoveringEntity(entities, a.SpeakerStart, a.SpeakerEnd, phrase);
        // A person mention inside a longer name written in full ("said Ng Siew Kim", tagged as "Ng" and "Kim") is that name.
        if (covering is { Type: "person" } && WholeName(phrase) is { } inFull
            && inFull.Split(' ').Length > covering.Canonical.Split(' ').Length && inFull.Split(' ').Contains(covering.Canonical.Split(' ')[^1]))
            return new ResolvedSpeaker(inFull, covering.Id, "rule:name-in-full", 0.85);
        // (a person known only by a surname here, "Nyamweya", is the full name given earlier, "Wycliffe Oduor Nyamweya";
        // so is a surname the tagger took for a place or organisation, "Valdivia told analysts": places do not talk)
        if (covering is not null && !covering.Canonical.Contains(' ', StringComparison.Ordinal)
            && SurnameHolder(body, covering.Canonical, a.SpeakerStart) is { } givenEarlier
            && (covering.Type == "person" || IsNameOfPerson(body, givenEarlier, entities)))
            return new ResolvedSpeaker(givenEarlier, covering.Id, "coref:surname", 0.85);
        if (covering is not null)
            return new ResolvedSpeaker(covering.Type == "person" ? LongerName(body, covering.Canonical, a.SpeakerStart) : covering.Canonical,
                covering.Id, "entity:" + Kind(covering, a), 0.9);

        // "said station leader Dr. Anneke Vos": the clause was cut at the title's full stop; the name follows it
        var lastWord = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        if (phrase.Contains(' ', StringComparison.Ordinal) && (TitleWords.Contains(lastWord + ".") || TitleWords.Contains(lastWord)) && char.IsUpper(lastWord[0])
            && NameAfterTitle().Match(body[a.SpeakerEnd..Math.Min(body.Length, a.SpeakerEnd + 60)]) is { Success: true } titled)
            return Named(titled.Groups["name"].Value, a.SpeakerEnd + titled.Groups["name"].Index, entities, "rule:name-after-title");

        // "á Heygum said", "Del Pozo said": a family name opening with its particle is the name given in full before
        if (ParticleSurnameHolder(body, phrase, a.SpeakerStart) is { } withParticle)
            return new ResolvedSpeaker(withParticle, null, "coref:surname", 0.8);
        var determiner = Determiner().Match(phrase);
        // "the White House": a name written with an article.
        if (determiner.Success && phrase[..determiner.Length].Trim().Equals("the", StringComparison.OrdinalIgnoreCase)
            && phrase[determiner.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || w is "of" or "and" or "for"))
            return new ResolvedSpeaker(phrase[determiner.Length..], null, "rule:name", 0.8);
        if (determiner.Success || char.IsLower(phrase[0]))
            return ResolveDescription(body, phrase, determiner.Success ? phrase[determiner.Length..] : phrase, a, entities);

        // A name: match an entity by surname or containment, else keep it as written.
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words[^1];
        foreach (var e in entities)
        {
            if (e.Type is not ("person" or "organization")) continue;
            // an organisation before a role and a name ("Harbour United coach Selma Achterberg") is not the speaker
            if (e.Type != "person" && !StripTitles(phrase).Contains(e.Canonical, StringComparison.Ordinal)) continue;
            if (phrase.Contains(e.Canonical, StringComparison.Ordinal) || e.Canonical.EndsWith(" " + last, StringComparison.Ordinal) || e.Canonical == last)
                // the phrase itself may give the name in full ("Commodore Arturo Balagtas" for the entity "Balagtas")
                return WholeName(phrase) is { } whole && whole.Split(' ').Length > e.Canonical.Split(' ').Length && whole.EndsWith(e.Canonical, StringComparison.Ordinal)
                    ? new ResolvedSpeaker(whole, e.Id, "rule:name-in-full", 0.85)
                    : e.Type == "person" && !e.Canonical.Contains(' ', StringComparison.Ordinal) && SurnameHolder(body, e.Canonical, a.SpeakerStart) is { } fullName
                    ? new ResolvedSpeaker(fullName, e.Id, "coref:surname", 0.85)
                    // (a bare surname two people share: the holder it names, not the first entity that has it)
                    : e.Type == "person" && words.Length == 1 && e.Canonical.EndsWith(" " + last, StringComparison.Ordinal)
                      && SurnameHolder(body, last, a.SpeakerStart) is { } holder && holder != e.Canonical
                    ? new ResolvedSpeaker(holder, entities.FirstOrDefault(x => x.Type == "person" && x.Canonical == holder)?.Id, "coref:surname", 0.8)
                    : new ResolvedSpeaker(e.Canonical, e.Id, "entity:name-match", 0.85);
        }
        var name = StripTitles(phrase);
        // "said Dr. Tran Minh Duc": a title cut off at its full stop; the name follows it
        if (TitleWords.Contains(name + ".") || TitleWords.Contains(name))
        {
            var after = Regex.Match(body[a.SpeakerEnd..Math.Min(body.Length, a.SpeakerEnd + 60)], @"^\.?\s+(?<name>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatch);
            if (after.Success) return new ResolvedSpeaker(after.Groups["name"].Value, null, "rule:name-after-title", 0.8);
        }
        if (!name.Contains(' ', StringComparison.Ordinal) && SurnameHolder(body, name, a.SpeakerStart) is { } full)
            return new ResolvedSpeaker(full, null, "coref:surname", 0.8);
        // "Van der Linde said": a surname with its particles, capitalised at its head, is the name given in full before
        // ("Pieter van der Linde").
        if (ParticleSurnameHolder(body, name, a.SpeakerStart) is { } withParticles)
            return new ResolvedSpeaker(withParticles, null, "coref:surname", 0.8);
        return new ResolvedSpeaker(name, null, "rule:name", 0.8);
    }

    /// <summary>A phrase that is a name of two to four capitalised words after its titles ("Commodore Arturo Balagtas" gives "Arturo Balagtas"), else null.</summary>
    private static string? WholeName(string phrase)
    {
        var name = StripTitles(phrase);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) && !TitleWords.Contains(w)) ? name : null;
    }

    /// <summary>
    /// A two-word name the tagger cut from a longer one the article gave earlier ("Sarmento Cruz" for "Judge Helena
    /// Sarmento Cruz", "Karim Mia" for "Abdul Karim Mia"): the longer name, else the name as it is.
    /// </summary>
    private static string LongerName(string body, string name, int position)
    {
        // ("Van der Heyden said" after "Margit van der Heyden": a surname with its particle capitalised at a sentence start)
        if (ParticleSurnameHolder(body, name, position) is { } withParticle) return withParticle;
        if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 2) return name;
        return LongerNameBetween(body, name, Math.Max(0, position - LookBack), position)
            ?? (position > LookBack ? LongerNameBetween(body, name, 0, position) : null) ?? name;
    }

    private static string? LongerNameBetween(string body, string name, int from, int position)
    {
        string? found = null;
        foreach (var words in NamesBefore(body, from, position))
            if (words.Length is >= 3 and <= 5 && string.Join(' ', words).EndsWith(" " + name, StringComparison.Ordinal)) found = string.Join(' ', words);
        return found;
    }
    /// <summary>A person's name as the article gives it in full: a surname-only canonical ("Saavedra") expanded from earlier text.</summary>
    /// (With two people of one surname, "Ms Nkosi" is the one of them the article does not write as a man.)
    internal static string FullName(string body, ExtractedEntity person, int position, IReadOnlyList<ExtractedEntity>? entities = null)
    {
        if (person.Canonical.Contains(' ', StringComparison.Ordinal)) return LongerName(body, person.Canonical, position);
        // (the title on the mention nearest before the position says more than the entity's mentions taken together:
        // "Ms Zulu" and "Mr Zulu" may be one surname-only entity)
        var nearest = person.Mentions.Where(m => m.Start <= position && m.MentionKind != "pronoun").OrderByDescending(m => m.Start).FirstOrDefault();
        var gender = nearest is not null && PersonGender.AtMention(body, nearest.Start) is var titled and not PersonGender.Gender.Unknown
            ? titled : PersonGender.Of(body, person);
        bool Agrees(string name) => gender == PersonGender.Gender.Unknown || entities is null
            || entities.FirstOrDefault(e => e.Type == "person" && e.Canonical == name) is not { } named
            || PersonGender.Of(body, named) is var g && (g == PersonGender.Gender.Unknown || g == gender);
        // Several people of one surname ("Walter Sawchuk", "his daughter, Karen Sawchuk"): news style writes the relatives
        // by their full or first names and the bare surname for the person the story is about, the first one it names.
        bool Matches(string name) => gender != PersonGender.Gender.Unknown && entities is not null
            && entities.FirstOrDefault(e => e.Type == "person" && e.Canonical == name) is { } named && PersonGender.Of(body, named) == gender;
        if (PrincipalOfSurname(body, person.Canonical, position, Matches, Agrees) is { } principal) return LongerName(body, principal, position);
        // (the latest earlier name may itself be cut from a longer one: "Quintela" → "Baptista Quintela" → "Leonor Baptista Quintela")
        return FullNameBefore(body, person.Canonical, position, Agrees) is { } full ? LongerName(body, full, position) : person.Canonical;
    }

    /// <summary>
    /// The first full name before <paramref name="position"/> that holds <paramref name="surname"/>, when two or more
    /// different full names hold it; null when one or none does.
    /// </summary>
    /// (One whose gender the article states as the mention's goes before one of unknown gender.)
    private static string? PrincipalOfSurname(string body, string surname, int position, Func<string, bool> matches, Func<string, bool> accept)
    {
        var names = new List<string>();
        foreach (var words in NamesBefore(body, 0, position))
        {
            if (words.Length is < 2 or > 5 || Array.IndexOf(words, surname) < 0) continue;
            // (a family name written first, "Tran Van Hieu" and "Tran Thi Mai", is cut from the name the tagger split)
            if (words[^1] != surname) return null;
            var name = string.Join(' ', words);
            if (!names.Contains(name)) names.Add(name);
        }
        return names.Count < 2 ? null : names.FirstOrDefault(matches) ?? names.FirstOrDefault(accept);
    }

    /// <summary>No entity types the words as a place or organisation and they look like a person's name.</summary>
    private static bool IsNameOfPerson(string body, string name, IReadOnlyList<ExtractedEntity> entities)
    {
        foreach (var e in entities)
            if (e.Canonical == name) return e.Type == "person";
        var at = body.IndexOf(name, StringComparison.Ordinal);
        return at >= 0 && IsLikelyPerson(body, at, name, entities);
    }

    private static string Kind(ExtractedEntity e, Attribution a)
    {
        foreach (var m in e.Mentions)
            if (m.Start < a.SpeakerEnd && a.SpeakerStart < m.End) return m.MentionKind;
        return "mention";
    }

    private static ExtractedEntity? CoveringEntity(IReadOnlyList<ExtractedEntity> entities, int start, int end, string phrase)
    {
        ExtractedEntity? best = null;
        var bestScore = 0;
        var lastWord = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var descriptive = char.IsLower(lastWord[0]);
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions)
            {
                if (m.Start >= end || start >= m.End) continue;
                // An organization named inside a description ("a Ministry of Unification official") is not the speaker.
                // Nor is a place or organisation that only part of the phrase names ("Miners coach Gift Chisenga", "a trader
                // in Machakos"): the speaker is the rest of it.
                var inside = m.Start > start || m.End < end;
                if (inside && e.Type != "person" && (descriptive || phrase.Contains(' ', StringComparison.Ordinal))) continue;
                // nor is anything named inside an indefinite description ("a woman selling seed outside the Ahero
                // depot", "one farmer from Waikaka"), whatever the tagger typed it
                if (inside && m.Start > start && Indefinite().IsMatch(phrase)) continue;
                // (the name ending the phrase is its head: "Salineiro coach Hélder da Graça", "Marítimo president Osvaldo Évora")
                var score = (e.Type == "person" ? 4 : 2) + (m.Start <= start && m.End >= end ? 2 : 0) + (m.MentionKind == "name" ? 1 : 0)
                            + (m.End == end ? 1 : 0);
                if (score > bestScore)
                {
                    best = e;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static ResolvedSpeaker ResolvePronoun(string body, string phrase, Attribution a, int quoteStart, IReadOnlyList<ExtractedEntity> entities, ResolvedSpeaker? previous)
    {
        var covering = CoveringEntity(entities, a.SpeakerStart, a.SpeakerEnd, phrase);
        if (covering is not null) return new ResolvedSpeaker(covering.Canonical, covering.Id, "entity:pronoun", 0.8);
        if (!SingularPronoun().IsMatch(phrase))
        {
            return phrase.Equals("they", StringComparison.OrdinalIgnoreCase) && previous?.Name is not null
                ? previous with { Evidence = "coref:previous-speaker", Confidence = 0.5 }
                : new ResolvedSpeaker(null, null, "rule:pronoun-unresolved", 0.4);
        }
        // The person mentioned before the pronoun that it most likely stands for: near, a subject, not inside a quotation.
        var limit = Math.Min(a.SpeakerStart, quoteStart < a.SpeakerStart ? a.SpeakerStart : quoteStart);
        var recent = PronounAntecedent.Find(body, limit, entities, phrase);
        if (recent is { Role: { } role }
            && RoleHolder(body, role.Head, Math.Max(0, role.Start - RoleReach), role.Start, entities) is { } holder)
            return holder with { Evidence = "coref:described-role", Confidence = 0.7 };
        if (recent is { Description: { } description })
            return new ResolvedSpeaker(char.ToLowerInvariant(description[0]) + description[1..], null, "coref:unnamed-description", 0.6);
        if (recent is { Person: { } person })
            return new ResolvedSpeaker(FullName(body, person, limit, entities), person.Id, "coref:recent-person", 0.75);
        if (recent is { UntaggedName: { } untagged })
            return new ResolvedSpeaker(untagged, null, "coref:recent-name", 0.7);
        // Without person entities: the most recent named subject of a reporting verb ("Hendricks, 52, said").
        Match? subject = null;
        var from = Math.Max(0, limit - LookBack);
        foreach (Match m in NamedSubject().Matches(body, from)) { if (m.Index + m.Length > limit) break; subject = m; }
        for (var m = CapitalizedRun().Match(body, from, limit - from); m.Success; m = m.NextMatch())
            if ((subject is null || m.Index > subject.Index) && OpensSentence(body, m.Index) && FollowedByLowercase(body, m.Index + m.Length) && !ArticleOrPreposition(m.Value))
                subject = m;
        var subjectText = subject is null ? null : subject.Groups["name"].Success ? subject.Groups["name"].Value : subject.Value;
        if (subject is not null && subjectText is not null && !TitleWords.Contains(subjectText))
        {
            var name = StripTitles(subjectText);
            if (!name.Contains(' ', StringComparison.Ordinal)) name = FullNameBefore(body, name, subject.Index) ?? name;
            return new ResolvedSpeaker(name, null, "coref:recent-speaker", 0.65);
        }
        if (previous?.Name is not null) return previous with { Evidence = "coref:previous-speaker", Confidence = 0.65 };
        return new ResolvedSpeaker(null, null, "rule:pronoun-unresolved", 0.4);
    }

    private static ResolvedSpeaker ResolveDescription(string body, string phrase, string bare, Attribution a, IReadOnlyList<ExtractedEntity> entities)
    {
        // A description with its holder's name in apposition right after it ("the association's president, Helena
        // Quaresma, said"; "according to its director of operations, Julián Prieto Arriaga, who ...") is that person.
        var appositionEnd = Math.Min(body.Length, a.SpeakerEnd + 60);
        var apposed = NameAfterDescription().Match(body[a.SpeakerEnd..appositionEnd]);
        if (apposed.Success && body[a.SpeakerEnd] == ',' && IsLikelyPerson(body, a.SpeakerEnd + apposed.Groups["name"].Index, apposed.Groups["name"].Value, entities))
            return Named(StripTitles(apposed.Groups["name"].Value), a.SpeakerEnd + apposed.Groups["name"].Index, entities, "coref:appositive");
        // An indefinite description ("a ministry official", "another analyst") introduces someone new: it refers to no one
        // named before.
        // (given with its article, so it reads as a description and not a name: "a Depot Street homeowner")
        if (Indefinite().IsMatch(phrase))
            return new ResolvedSpeaker(char.ToLowerInvariant(phrase[0]) + phrase[1..], null, "rule:description", 0.75);
        var words = bare.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words[^1];
        var windowStart = Math.Max(0, a.SpeakerStart - LookBack);
        var before = body[windowStart..Math.Min(a.SpeakerStart, body.Length)];
        // Static Regex.Matches caches the parsed pattern per head noun.
        var intro = @"\b(?:[Aa]n?|[Oo]ne)[ \t]+(?<np>(?:(?:\p{Lu}\.)+[ \t]+|[\p{L}’'-]+[ \t]+){0,6}?" + Regex.Escape(head) + @")\b";
        Match? last = null;
        foreach (Match m in Regex.Matches(before, intro, RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatch)) last = m;
        if (last is not null)
        {
            var npText = last.Groups["np"].Value;
            var npStart = windowStart + last.Groups["np"].Index;
            // The regex starts at the leftmost article; cut to the last article inside ("a ... a ministry official").
            var inner = InnerArticle().Match(npText);
            if (inner.Success)
            {
                npStart += inner.Length;
                npText = npText[inner.Length..];
            }
            var articleStart = npStart;
            while (articleStart > 0 && body[articleStart - 1] is ' ' or '\t') articleStart--;
            while (articleStart > 0 && char.IsLetter(body[articleStart - 1])) articleStart--;
            var covering = CoveringEntity(entities, npStart, npStart + npText.Length, npText);
            if (covering is not null && covering.Type == "person") return new ResolvedSpeaker(covering.Canonical, covering.Id, "coref:introduction", 0.85);
            var nameFrom = Math.Max(0, articleStart - 80);
            var nameBefore = NameBeforeAppositive().Match(body, nameFrom, articleStart - nameFrom);
            if (nameBefore.Success && IsLikelyPerson(body, nameBefore.Groups["name"].Index, nameBefore.Groups["name"].Value, entities))
                return Named(nameBefore.Groups["name"].Value, nameBefore.Groups["name"].Index, entities, "coref:appositive");
            // (after a short phrase saying whose role it is: "A spokeswoman for the utility, Colleen Mahoney, said")
            var afterNp = npStart + npText.Length + WhoseRolePhraseLength(body, npStart + npText.Length);
            var nameAfter = NameAfterDescription().Match(body[afterNp..Math.Min(body.Length, afterNp + 60)]);
            if (nameAfter.Success && IsLikelyPerson(body, afterNp + nameAfter.Groups["name"].Index, nameAfter.Groups["name"].Value, entities))
                return Named(nameAfter.Groups["name"].Value, afterNp + nameAfter.Groups["name"].Index, entities, "coref:appositive");
            return new ResolvedSpeaker(npText, null, "coref:introduction", 0.8);
        }
        // A definite description ("the judge", "the union's general secretary") refers back to a person named with that
        // role: as a title before the name ("Judge Farai Nyamadzawo", "coach Dennis Mwale") or in apposition ("Chimwemwe
        // Kalua, the union's general secretary").
        if (RoleHolder(body, head, windowStart, a.SpeakerStart, entities) is { } holder)
            return holder;
        var asWritten = char.IsUpper(phrase[0]) && Determiner().IsMatch(phrase) ? char.ToLowerInvariant(phrase[0]) + phrase[1..] : phrase;
        return new ResolvedSpeaker(asWritten, null, "rule:description", 0.7);
    }

    /// <summary>The length of " for the utility" in "A spokeswoman for the utility, NAME": a preposition and up to four
    /// words up to a comma; 0 when the text does not go on that way.</summary>
    private static int WhoseRolePhraseLength(string body, int from)
    {
        var comma = body.IndexOf(',', from, Math.Min(45, body.Length - from));
        if (comma < 0) return 0;
        var words = body[from..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && words[0] is "for" or "of" or "at" or "with" or "from" or "in" or "on"
               && words.All(w => w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’')) ? comma - from : 0;
    }

    private static readonly Dictionary<string, string> RoleSynonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["judge"] = "judge|justice|magistrate",
        ["spokesperson"] = "spokesperson|spokesman|spokeswoman",
        ["spokesman"] = "spokesperson|spokesman|spokeswoman",
        ["spokeswoman"] = "spokesperson|spokesman|spokeswoman",
        ["officer"] = "officer|inspector|sergeant|constable|superintendent",
        ["doctor"] = "doctor|dr\\.?",
    };

    private static ResolvedSpeaker? RoleHolder(string body, string head, int windowStart, int end, IReadOnlyList<ExtractedEntity> entities)
    {
        var role = RoleSynonyms.TryGetValue(head, out var synonyms) ? synonyms : Regex.Escape(head);
        var before = body[windowStart..end];
        var mentions = Regex.Matches(before,
            @"\b(?i:" + role + @")\b(?:,?[ \t]+(?:\p{Lu}[\p{L}.]*\.?[ \t]+)?(?<after>\p{Lu}[\p{L}’'.-]+(?:" + Particle + @"[ \t]+\p{Lu}[\p{L}’'.-]+){1,3}))?",
            RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatch);
        // the latest mention of the role that names its holder (an earlier "the director said" names no one)
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            var last = mentions[k];
            if (last.Groups["after"].Success && IsLikelyPerson(body, windowStart + last.Groups["after"].Index, last.Groups["after"].Value, entities))
            {
                // the optional title word before the name is part of the name unless it is a title ("Phan Thu Ha", not "Thu Ha")
                var nameStart = windowStart + last.Groups["after"].Index;
                var titleWord = Regex.Match(body[Math.Max(0, nameStart - 30)..nameStart], @"(?<w>\p{Lu}[\p{L}]*)[ 	]+$", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatch);
                if (titleWord.Success && !TitleWords.Contains(titleWord.Groups["w"].Value) && !TitleWords.Contains(titleWord.Groups["w"].Value + "."))
                {
                    var withLead = titleWord.Groups["w"].Value + " " + last.Groups["after"].Value;
                    if (withLead.Split(' ').Length <= 4) return Named(withLead, nameStart - titleWord.Length, entities, "coref:role-title");
                }
                return Named(last.Groups["after"].Value, nameStart, entities, "coref:role-title");
            }
            // "Chimwemwe Kalua, the union's general secretary": the name before the role's noun phrase
            var phraseStart = windowStart + last.Index;
            var from = Math.Max(0, phraseStart - 120);
            var apposition = Regex.Match(body[from..phraseStart], @"(?<name>\p{Lu}[\p{L}’'.-]+(?:[ \t]+\p{Lu}[\p{L}’'.-]+){1,3}),\s+(?:the|a|an|its|their)?\s*(?:[\p{L}’'-]+\s+){0,4}$", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatch);
            if (apposition.Success && IsLikelyPerson(body, from + apposition.Groups["name"].Index, apposition.Groups["name"].Value, entities))
                return Named(apposition.Groups["name"].Value, from + apposition.Groups["name"].Index, entities, "coref:role-apposition");
        }
        return null;
    }

    /// <summary>
    /// Who a bare surname names ("Aikio said"): the one full name before it that holds the surname; with several
    /// ("Jouni Aikio, who herds with his brother, Ailu Aikio, said ..."), the latest that stands as a sentence's subject
    /// in the last <see cref="SubjectReach"/> characters ("district commissioner Grace Nyirenda, who is not related to the
    /// commissioner, said ... Nyirenda added"), else the first the article names, the one the story is about.
    /// </summary>
    internal static string? SurnameHolder(string body, string surname, int position)
    {
        string? first = null, latestSubject = null;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (words, start) in NamesWithStartBefore(body, 0, position))
        {
            if (words.Length is < 2 or > 5 || words[^1] != surname) continue;
            var name = string.Join(' ', words);
            distinct.Add(name);
            first ??= name;
            if (start >= position - SubjectReach && PronounAntecedent.IsSubject(body, start)) latestSubject = name;
        }
        return distinct.Count < 2 ? FullNameBefore(body, surname, position) : latestSubject ?? first;
    }

    /// <summary>
    /// The latest earlier full name that holds a family name written with its particle first ("á Heygum", "Van der
    /// Heyden", "Del Pozo"), the particle in any case, at its end or before a second family name ("Patricio del Pozo
    /// Andrade"); null when the phrase does not open with a particle.
    /// </summary>
    private static string? ParticleSurnameHolder(string body, string phrase, int position)
    {
        var wanted = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (wanted.Length < 2 || !IsNameParticle(wanted[0]) || !char.IsUpper(wanted[^1][0])) return null;
        string? found = null;
        foreach (var words in NamesBefore(body, 0, position))
        {
            if (words.Length <= wanted.Length || words.Length > 6) continue;
            for (var k = 1; k + wanted.Length <= words.Length; k++)
            {
                if (!words[k].Equals(wanted[0], StringComparison.OrdinalIgnoreCase)) continue;
                var same = true;
                for (var j = 1; j < wanted.Length && same; j++) same = words[k + j] == wanted[j];
                if (same) { found = string.Join(' ', words); break; }
            }
        }
        return found;
    }

    /// <summary>How far back (characters) a subject naming one of several people of a surname decides who the bare surname is.</summary>
    private const int SubjectReach = 1200;

    /// <summary>The latest earlier capitalized name of two or more words containing <paramref name="surname"/> ("Dana Whitfield" for "Whitfield").</summary>
    internal static string? FullNameBefore(string body, string surname, int position, Func<string, bool>? accept = null) =>
        FullNameBefore(body, surname, position, Math.Max(0, position - LookBack), accept)
        ?? (position > LookBack ? FullNameBefore(body, surname, position, 0, accept) : null);

    private static string? FullNameBefore(string body, string surname, int position, int from, Func<string, bool>? accept)
    {
        string? found = null;
        foreach (var words in NamesBefore(body, from, position))
        {
            var name = string.Join(' ', words);
            if (words.Length is >= 2 and <= 5 && Array.IndexOf(words, surname) >= 0 && (accept is null || accept(name))) found = name;
        }
        return found;
    }

    /// <summary>The first name of two to five words between <paramref name="from"/> and <paramref name="to"/> that no
    /// organisation or place covers (a person the tagger missed: "the view of programmer Nguyễn Thu Trang").</summary>
    internal static string? FirstNameBetween(string body, int from, int to, IReadOnlyList<ExtractedEntity> entities)
    {
        foreach (var words in NamesBefore(body, from, to))
        {
            if (words.Length is < 2 or > 5) continue;
            var name = string.Join(' ', words);
            var at = body.IndexOf(name, from, StringComparison.Ordinal);
            if (at < 0 || CoveringEntity(entities, at, at + name.Length, name) is { Type: not "person" }) continue;
            return name;
        }
        return null;
    }

    /// <summary>
    /// The capitalised runs between <paramref name="from"/> and <paramref name="position"/> as names, in order: without the
    /// full stop of a name that ends a sentence ("... said council leader Marit Dekker."), without titles, and without a
    /// sentence's capitalised opening word ("When Tran Van Hieu took over" names "Tran Van Hieu"); a run that crosses a
    /// sentence end ("the Bible. She") is no name.
    /// </summary>
    private static IEnumerable<string[]> NamesBefore(string body, int from, int position)
    {
        foreach (var (words, _) in NamesWithStartBefore(body, from, position)) yield return words;
    }

    /// <summary><see cref="NamesBefore"/> with where each name starts in the body.</summary>
    private static IEnumerable<(string[] Words, int Start)> NamesWithStartBefore(string body, int from, int position)
    {
        for (var m = CapitalizedRun().Match(body, from, Math.Max(0, position - from)); m.Success; m = m.NextMatch())
        {
            var run = m.Value.EndsWith('.') && m.Value.Length > 3 && char.IsLower(m.Value[^2]) ? m.Value[..^1] : m.Value;
            if (SentenceEndInside().IsMatch(run)) continue;
            var words = StripTitles(run).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var lead = 0;
            while (lead < words.Length - 1 && SentenceOpeners.Contains(words[lead])) lead++;
            var name = words[lead..];
            var at = m.Index + m.Value.LastIndexOf(string.Join(' ', name), StringComparison.Ordinal);
            yield return (name, at >= m.Index ? at : m.Index);
        }
    }
    // (with the particles of a name between its capitalised words: "Pieter van der Linde")
    [GeneratedRegex(@"\p{Lu}[\p{L}’'.-]+(?:" + Particle + @"[ \t]+\p{Lu}[\p{L}’'.-]+)+", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CapitalizedRun();

    [GeneratedRegex(@"\p{Ll}{2}\.[ \t]", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SentenceEndInside();

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "When", "While", "After", "Before", "But", "And", "As", "In", "On", "At", "For", "If", "Since", "Then", "So", "This",
        "That", "Although", "Though", "Because", "Until", "Once", "Like", "With", "Without", "Under", "During",
    };

    /// <summary>A person entity covers the name; without one, a name of two or more words not governed by a preposition.</summary>
    private static bool IsLikelyPerson(string body, int start, string name, IReadOnlyList<ExtractedEntity> entities)
    {
        var covering = CoveringEntity(entities, start, start + name.Length, name);
        if (covering is not null) return covering.Type == "person";
        if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2) return false;
        var before = body[Math.Max(0, start - 40)..start].TrimEnd();
        var lastSpace = before.LastIndexOfAny([' ', '\n', '\t']);
        var previous = before[(lastSpace + 1)..].ToLowerInvariant();
        return previous is not ("in" or "at" or "from" or "to" or "of" or "for" or "with" or "by" or "on" or "and" or "the" or "into" or "near");
    }

    private static ResolvedSpeaker Named(string name, int start, IReadOnlyList<ExtractedEntity> entities, string evidence)
    {
        var covering = CoveringEntity(entities, start, start + name.Length, name);
        // (the name as written when the tagger kept only a part of it: "Phan Thu Ha", not "Phan")
        return covering is not null && !(covering.Canonical.Split(' ').Length < name.Split(' ').Length && name.Contains(covering.Canonical, StringComparison.Ordinal))
            ? new ResolvedSpeaker(covering.Canonical, covering.Id, evidence, 0.85)
            : new ResolvedSpeaker(name, null, evidence, 0.8);
    }
}
