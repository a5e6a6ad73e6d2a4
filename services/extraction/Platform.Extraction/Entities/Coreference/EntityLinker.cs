using Platform.Extraction.Entities.Lexicons;
using Platform.Extraction.Entities.Rules;
using Platform.Extraction.Entities.Tagging;

namespace Platform.Extraction.Entities.Coreference;

/// <summary>
/// Within-article coreference for name mentions: identical names, surnames ("Vogt" -> "Lena Vogt"; a Korean
/// family name only when one person has it), organization spellings ("Unification Ministry" = "Ministry of
/// Unification"), acronyms ("IMF") and lexicon aliases ("U.S." = "United States").
/// </summary>
public sealed class EntityLinker(EntityLexicons lexicons)
{
    public List<EntityDraft> Link(DocumentTokens doc, List<NameCandidate> mentions)
    {
        var entities = new List<EntityDraft>();
        var byKey = new Dictionary<string, EntityDraft>(StringComparer.Ordinal);
        var people = new List<EntityDraft>();

        foreach (var m in mentions)
        {
            var text = doc.TextOf(m.First, m.End);
            var start = doc.Tokens[m.First].Start;
            var end = doc.Tokens[m.End - 1].End;
            var wordCount = WordTokens(doc, m.First, m.End);

            // A single word the tagger typed as ORG/LOC that is a known person's surname is that person.
            var singleWord = !text.Contains(' ', StringComparison.Ordinal);
            if (m.Kind != EntityKind.Person && m.FromTagger && m.LexiconCanonical is null && singleWord
                && UniqueBySurname(people, text) is { } surnamePerson)
            {
                m.Kind = EntityKind.Person;
                m.Evidence = "coref:surname";
            }

            EntityDraft? entity = null;
            string evidence = m.Evidence;
            // "Vireo" after "Vireo Systems", "Bayern" after "Bayern Munich": a short form of an organization named earlier.
            if (singleWord && (m.Kind == EntityKind.Organization || (m.FromTagger && m.LexiconCanonical is null)))
            {
                entity = entities.LastOrDefault(e => e.Kind == EntityKind.Organization && e.OfficialHead is null
                    && e.Names.Any(n => n.Text.StartsWith(text + " ", StringComparison.Ordinal)
                        // "Panthers" after "Florida Panthers": a club nickname.
                        || (m.Evidence == SportsClubRule.Evidence && n.Text.EndsWith(" " + text, StringComparison.Ordinal))));
                if (entity is not null) m.Kind = EntityKind.Organization;
            }
            if (m.Kind == EntityKind.Person)
            {
                var key = "PER|" + Normalize(text);
                if (!byKey.TryGetValue(key, out entity) && IsFamilyNameOnly(doc, m, text) && UniqueBySurname(people, text) is { } person)
                {
                    entity = person;
                    evidence = "coref:surname";
                }
                if (entity is null)
                {
                    entity = new EntityDraft(EntityKind.Person, key);
                    AddSurnames(doc, m, entity);
                    byKey[key] = entity;
                    entities.Add(entity);
                    people.Add(entity);
                }
            }
            else
            {
                var key = KeyFor(m.Kind, text, m.LexiconCanonical);
                if (entity is null && !byKey.TryGetValue(key, out entity) && m.Kind == EntityKind.Organization)
                    entity = FindByAcronym(entities, text);
                if (entity is null)
                {
                    entity = new EntityDraft(m.Kind, key) { LexiconCanonical = m.Kind == EntityKind.Organization ? null : m.LexiconCanonical };
                    byKey[key] = entity;
                    entities.Add(entity);
                }
            }
            var role = m.Kind == EntityKind.Person ? m.Role : null;
            entity.Mentions.Add(new MentionDraft(start, end, text, "name", role, evidence, Math.Round(m.Confidence, 3)));
        }

        FoldPersonsNamedLikeCompanies(entities, people);
        AddMissedSurnames(doc, mentions, people);
        AddMissedAcronyms(doc, mentions, entities);
        return entities;
    }

    private string KeyFor(EntityKind kind, string text, string? lexiconCanonical)
    {
        var canonical = lexiconCanonical ?? (lexicons.CanonicalByAlias.TryGetValue(text, out var c) ? c : null);
        return kind switch
        {
            EntityKind.Organization => "ORG|" + OrganizationKey.For(canonical ?? text, w => lexicons.OrganizationHeads.Contains(w),
                w => lexicons.OrganizationSuffixes.Contains(w) || w.Equals("Co", StringComparison.Ordinal)),
            EntityKind.Location => "LOC|" + Normalize(canonical ?? text),
            _ => "NAT|" + Normalize(canonical ?? text),
        };
    }

    private static EntityDraft? FindByAcronym(List<EntityDraft> entities, string text)
    {
        if (text.Length < 2 || text.Length > 8 || !text.All(ch => char.IsUpper(ch) || ch == '.')) return null;
        var letters = text.Replace(".", "", StringComparison.Ordinal);
        return entities.LastOrDefault(e => e.Kind == EntityKind.Organization
            && e.Names.Any(n => n.Text.Contains(' ', StringComparison.Ordinal) && OrganizationKey.Initials(n.Text) == letters));
    }

    private void AddSurnames(DocumentTokens doc, NameCandidate m, EntityDraft entity)
    {
        var words = new List<int>();
        for (var k = m.First; k < m.End; k++)
            if (!doc.Is(k, TokenFlags.Punctuation) && !doc.Is(k, TokenFlags.NameParticle) && !doc.Is(k, TokenFlags.NameSuffix)) words.Add(k);
        if (words.Count < 2) return;
        var eastAsian = PersonPatternRules.IsEastAsianName(doc, m.First, out _)
            || (words.Count == 2 && doc.Is(words[0], TokenFlags.EastAsianFamilyName));
        if (eastAsian) entity.Surnames.Add(doc.Span(words[0]).ToString());
        if (!PersonPatternRules.IsEastAsianName(doc, m.First, out _))
        {
            // Western order: the last word, with particles ("van Gogh") and hyphenated parts ("Bailey-Ross").
            var lastWord = words[^1];
            var surnameStart = lastWord;
            while (surnameStart - 2 >= m.First && doc.Is(surnameStart - 1, TokenFlags.Hyphen) && doc.Touches(surnameStart - 2)) surnameStart -= 2;
            entity.Surnames.Add(doc.TextOf(surnameStart, lastWord + 1));
            if (surnameStart != lastWord) entity.Surnames.Add(doc.Span(lastWord).ToString());
            // "Temirbek uulu" for "Daniyar Temirbek uulu"; "Ní Dhónaill" for "Róisín Ní Dhónaill": the whole family name.
            if (m.End - 1 > lastWord) entity.Surnames.Add(doc.TextOf(surnameStart, m.End));
            for (var k = words[1]; k < lastWord; k++)
                if (doc.Is(k, TokenFlags.FamilyNamePrefix) && doc.IsCapitalized(k)) { entity.Surnames.Add(doc.TextOf(k, m.End)); break; }
        }
    }

    /// <summary>A mention that can only be a family name: one word, a word and its patronymic suffix ("Temirbek uulu"),
    /// or a Gaelic family name ("Ní Dhónaill").</summary>
    private static bool IsFamilyNameOnly(DocumentTokens doc, NameCandidate m, string text) =>
        !text.Contains(' ', StringComparison.Ordinal)
        || (m.End - m.First == 2 && doc.Is(m.End - 1, TokenFlags.NameSuffix))
        || (m.End - m.First is >= 2 and <= 4 && doc.Is(m.First, TokenFlags.FamilyNamePrefix) && doc.IsCapitalized(m.First));

    /// <summary>Words that close a company's name ("Lääne Wood Group", "Vireo Holdings"): the organisation suffixes and these.</summary>
    private static readonly HashSet<string> CompanyForms = new(StringComparer.Ordinal) { "Group", "Holdings", "Company", "Corporation", "Industries" };

    /// <summary>
    /// A "person" the tagger named like a surname ("Lääne Wood") that the article also names with a company form after
    /// it ("Lääne Wood Group") is that company: its mentions join the organisation, so it takes no "he said".
    /// </summary>
    private void FoldPersonsNamedLikeCompanies(List<EntityDraft> entities, List<EntityDraft> people)
    {
        var companies = entities.Where(e => e.Kind == EntityKind.Organization).ToList();
        if (companies.Count == 0) return;
        foreach (var person in entities.Where(e => e.Kind == EntityKind.Person).ToList())
        {
            if (person.Mentions.Count == 0) continue;
            var name = person.Canonical;
            var company = companies.FirstOrDefault(o => o.Names.Any(n => n.Text.Length > name.Length + 1 && n.Text.StartsWith(name + " ", StringComparison.Ordinal)
                && n.Text[(name.Length + 1)..] is var form && !form.Contains(' ', StringComparison.Ordinal)
                && (CompanyForms.Contains(form) || lexicons.OrganizationSuffixes.Contains(form))));
            if (company is null) continue;
            company.Mentions.AddRange(person.Mentions);
            entities.Remove(person);
            people.Remove(person);
        }
    }

    private static EntityDraft? UniqueBySurname(List<EntityDraft> people, string word)
    {
        EntityDraft? found = null;
        foreach (var p in people)
        {
            if (!p.Surnames.Contains(word)) continue;
            if (found is not null && found != p) return null;
            found = p;
        }
        return found;
    }

    /// <summary>Surnames the tagger did not mark ("... Vogt said") become mentions of the person named earlier.</summary>
    private static void AddMissedSurnames(DocumentTokens doc, List<NameCandidate> mentions, List<EntityDraft> people)
    {
        if (people.Count == 0) return;
        var covered = new bool[doc.Count];
        foreach (var m in mentions) for (var k = m.First; k < m.End; k++) covered[k] = true;
        for (var k = 0; k < doc.Count; k++)
        {
            if (covered[k] || !doc.IsCapitalized(k) || doc.Is(k, TokenFlags.AllCaps) || doc.Infos[k].LexiconCategory != 0) continue;
            if (doc.Is(k - 1, TokenFlags.Hyphen) || doc.Is(k + 1, TokenFlags.Hyphen)) continue;
            if (k + 1 < doc.Count && doc.IsCapitalized(k + 1) && !doc.SentenceStartsAt(k + 1)) continue;
            if (k > 0 && doc.IsCapitalized(k - 1) && !doc.SentenceStartsAt(k)) continue;
            var word = doc.Span(k).ToString();
            var person = UniqueBySurname(people, word);
            if (person is null || person.FirstStart > doc.Tokens[k].Start) continue;
            // ("Temirbek uulu said": the patronymic word goes with the surname)
            var last = k + 1 < doc.Count && doc.Is(k + 1, TokenFlags.NameSuffix) && doc.Is(k + 1, TokenFlags.Lowercase) ? k + 1 : k;
            person.Mentions.Add(new MentionDraft(doc.Tokens[k].Start, doc.Tokens[last].End, doc.TextOf(k, last + 1), "name", null, "coref:surname", 0.75));
        }
    }

    /// <summary>An all-capitals token ("KDI") that spells the initials of an organization named earlier.</summary>
    private static void AddMissedAcronyms(DocumentTokens doc, List<NameCandidate> mentions, List<EntityDraft> entities)
    {
        if (!entities.Any(e => e.Kind == EntityKind.Organization)) return;
        var covered = new bool[doc.Count];
        foreach (var m in mentions) for (var k = m.First; k < m.End; k++) covered[k] = true;
        for (var k = 0; k < doc.Count; k++)
        {
            if (covered[k] || !doc.Is(k, TokenFlags.AllCaps) || doc.Span(k).Length > 8) continue;
            var word = doc.Span(k).ToString();
            var organization = FindByAcronym(entities, word);
            if (organization is null || organization.FirstStart > doc.Tokens[k].Start) continue;
            organization.Mentions.Add(new MentionDraft(doc.Tokens[k].Start, doc.Tokens[k].End, word, "name", null, "coref:acronym", 0.8));
        }
    }

    private static int WordTokens(DocumentTokens doc, int first, int end)
    {
        var n = 0;
        for (var k = first; k < end; k++) if (!doc.Is(k, TokenFlags.Punctuation)) n++;
        return n;
    }

    private static string Normalize(string text) => text.Replace('\u2019', '\'').Replace('\u2013', '-');
}
