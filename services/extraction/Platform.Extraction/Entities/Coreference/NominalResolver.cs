using Platform.Extraction.Entities.Lexicons;
using Platform.Extraction.Entities.Rules;
using Platform.Extraction.Entities.Tagging;

namespace Platform.Extraction.Entities.Coreference;

/// <summary>
/// Nominal mentions: "the ministry" / "the agency" / "the company" -> the organization introduced earlier;
/// "the North" / "the South" -> North / South Korea (or another North/South X) named in the article;
/// "the island nation" -> the island country named earlier; described officials ("a Ministry of Unification
/// official") become person entities with canonical "Ministry of Unification official", and "the official" /
/// "the spokesperson" link to the most recent such official or to the person whose role has that word.
/// </summary>
public sealed class NominalResolver(EntityLexicons lexicons)
{
    private static readonly HashSet<string> SpecificOrganizationHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "agency", "bank", "party", "court", "council", "committee", "commission", "university", "institute",
        "department", "office", "board", "foundation", "club", "team", "league", "federation", "alliance", "bureau",
        "union", "association", "assembly", "parliament", "service", "fund", "authority", "police", "army", "navy", "exchange",
    };

    private static readonly HashSet<string> GenericOrganizationHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "firm", "group", "organization", "organisation", "automaker", "carmaker", "chipmaker", "airline",
        "broadcaster", "newspaper", "conglomerate", "manufacturer", "startup", "retailer", "lender", "insurer", "developer",
    };

    private static readonly HashSet<string> OfficialHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "official", "spokesperson", "spokesman", "spokeswoman", "source", "representative", "negotiator", "envoy", "diplomat",
    };

    private static readonly HashSet<string> GovernmentHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "council", "court", "party", "parliament", "assembly", "police", "army", "navy", "agency", "department", "office",
        "kremlin", "white house", "pentagon", "congress", "senate", "bundestag", "knesset", "duma", "government", "nations", "union",
    };

    public void Resolve(DocumentTokens doc, List<NameCandidate> names, List<EntityDraft> entities)
    {
        var covered = new bool[doc.Count];
        foreach (var m in names) for (var k = m.First; k < m.End; k++) covered[k] = true;
        var mentionOwner = new Dictionary<int, EntityDraft>();
        foreach (var e in entities) foreach (var mention in e.Names) mentionOwner[mention.Start] = e;

        foreach (var e in entities) e.Seal();
        AddDescribedOfficials(doc, names, entities, mentionOwner, covered);
        foreach (var e in entities) e.Seal();

        for (var k = 0; k + 1 < doc.Count; k++)
        {
            if (!doc.IsWord(k, "the") || covered[k + 1]) continue;
            var head = k + 1;
            // Allow one adjective: "the South Korean company" is not nominal here, but "the island nation" is.
            if (doc.IsWord(head, "island") && (doc.IsWord(head + 1, "nation") || doc.IsWord(head + 1, "country") || doc.IsWord(head + 1, "state")))
            {
                var target = MostRecent(entities, doc.Tokens[k].Start, e => e.Kind == EntityKind.Location && lexicons.IslandNations.Contains(e.Canonical));
                AddNominal(doc, target, k, head + 2, 0.6);
                continue;
            }
            var headText = doc.Span(head);
            if ((headText.Equals("North", StringComparison.Ordinal) || headText.Equals("South", StringComparison.Ordinal))
                && !(doc.IsCapitalized(head + 1) && !doc.SentenceStartsAt(head + 1)) && !doc.Is(head + 1, TokenFlags.Hyphen))
            {
                var prefix = headText.ToString() + " ";
                var target = entities.Where(e => e.Kind == EntityKind.Location && e.Canonical.StartsWith(prefix, StringComparison.Ordinal))
                    .OrderByDescending(e => e.Canonical == prefix + "Korea").ThenByDescending(e => e.Mentions.Count).FirstOrDefault();
                AddNominal(doc, target, k, head + 1, 0.7);
                continue;
            }
            if (!doc.Is(head, TokenFlags.Lowercase) || FollowedByName(doc, head)) continue;
            var word = headText.ToString();
            if (SpecificOrganizationHeads.Contains(word))
            {
                var target = MostRecent(entities, doc.Tokens[k].Start, e => e.Kind == EntityKind.Organization && e.OfficialHead is null
                    && e.Names.Any(n => n.Text.Contains(word, StringComparison.OrdinalIgnoreCase)));
                AddNominal(doc, target, k, head + 1, 0.6);
            }
            else if (GenericOrganizationHeads.Contains(word))
            {
                // Appositive: "The company, Hyundai Motor Co., said ..." names the organization right after.
                if (doc.IsWord(head + 1, ",") && mentionOwner.TryGetValue(head + 2 < doc.Count ? doc.Tokens[head + 2].Start : -1, out var following)
                    && following.Kind == EntityKind.Organization)
                {
                    AddNominal(doc, following, k, head + 1, 0.6);
                    continue;
                }
                var target = MostRecent(entities, doc.Tokens[k].Start, e => e.Kind == EntityKind.Organization && e.OfficialHead is null
                    && !e.Names.Any(n => GovernmentHeads.Any(g => n.Text.Contains(g, StringComparison.OrdinalIgnoreCase))));
                AddNominal(doc, target, k, head + 1, 0.5);
            }
            else if (OfficialHeads.Contains(word) || lexicons.Titles.Contains(word))
            {
                var target = MostRecent(entities, doc.Tokens[k].Start, e =>
                    (e.OfficialHead is not null && (e.OfficialHead.Equals(word, StringComparison.OrdinalIgnoreCase) || IsSpokesWord(word) && IsSpokesWord(e.OfficialHead)))
                    || (e.Kind == EntityKind.Person && e.OfficialHead is null && e.Role is { } role && role.Contains(word, StringComparison.OrdinalIgnoreCase)));
                AddNominal(doc, target, k, head + 1, 0.55);
            }
        }
        foreach (var e in entities) e.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static bool IsSpokesWord(string w) => w.StartsWith("spokes", StringComparison.OrdinalIgnoreCase) || w.Equals("official", StringComparison.OrdinalIgnoreCase);

    private static bool FollowedByName(DocumentTokens doc, int head) =>
        (doc.IsCapitalized(head + 1) && !doc.SentenceStartsAt(head + 1)) || (doc.IsWord(head + 1, "of") && doc.IsCapitalized(head + 2));

    private void AddDescribedOfficials(DocumentTokens doc, List<NameCandidate> names, List<EntityDraft> entities,
        Dictionary<int, EntityDraft> owner, bool[] covered)
    {
        foreach (var m in names)
        {
            if (m.Kind != EntityKind.Organization || m.End >= doc.Count) continue;
            var head = m.End;
            if (!doc.Is(head, TokenFlags.Lowercase) || !OfficialHeads.Contains(doc.Span(head).ToString())) continue;
            if (doc.IsCapitalized(head + 1) && !doc.SentenceStartsAt(head + 1)) continue; // "ministry official Kim Min-ji" is a role
            var before = m.First - 1;
            var determiner = before >= 0 && (doc.IsWord(before, "a") || doc.IsWord(before, "an") || doc.IsWord(before, "the")
                || doc.Is(before, TokenFlags.Punctuation) || doc.IsWord(before, "one") || doc.IsWord(before, "another"));
            if (!determiner) continue;
            if (!owner.TryGetValue(doc.Tokens[m.First].Start, out var organization)) continue;
            var headWord = doc.Span(head).ToString();
            var canonical = organization.Canonical + " " + headWord;
            var official = entities.FirstOrDefault(e => e.OfficialHead is not null && e.FixedCanonical == canonical);
            if (official is null)
            {
                official = new EntityDraft(EntityKind.Person, "OFF|" + canonical) { OfficialHead = headWord, FixedCanonical = canonical };
                entities.Add(official);
            }
            var start = doc.Tokens[m.First].Start;
            var end = doc.Tokens[head].End;
            official.Mentions.Add(new MentionDraft(start, end, doc.Text[start..end], "nominal", null, "rule:described-official", 0.7));
            covered[head] = true;
        }
    }

    private static EntityDraft? MostRecent(List<EntityDraft> entities, int position, Func<EntityDraft, bool> predicate)
    {
        EntityDraft? best = null;
        var bestStart = -1;
        foreach (var e in entities)
        {
            if (!predicate(e)) continue;
            var last = -1;
            foreach (var m in e.Mentions) if (m.Start < position && m.Start > last) last = m.Start;
            if (last > bestStart) { best = e; bestStart = last; }
        }
        return best;
    }

    private static void AddNominal(DocumentTokens doc, EntityDraft? target, int first, int end, double confidence)
    {
        if (target is null) return;
        var start = doc.Tokens[first].Start;
        var stop = doc.Tokens[end - 1].End;
        target.Mentions.Add(new MentionDraft(start, stop, doc.Text[start..stop], "nominal", null, "coref:nominal", confidence));
    }
}
