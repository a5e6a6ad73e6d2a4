using Platform.Extraction.Entities.Tagging;

namespace Platform.Extraction.Entities.Rules;

/// <summary>
/// Organizations named without an organization word, recognised from the words around them:
/// "shares of Eskom", "chief executive of Lufthansa", "analyst at Mandiri Sekuritas", "regional operator Eurobahn",
/// "Equinor said in a statement", "Aramco shares rose", "Maersk's chief executive", "Tsingshan, the Chinese steel maker".
/// A single word that is a known given name or the surname of a person named in the article is left alone.
/// </summary>
public static class CompanyCueRule
{
    public const string Evidence = "rule:company-cue";

    /// <summary>Nouns that introduce a company or group name right after them ("carrier Ryanair").</summary>
    private static readonly SpanWordSet IntroducingNouns = new(StringComparer.OrdinalIgnoreCase,
    [
        "company", "firm", "operator", "carrier", "airline", "automaker", "carmaker", "retailer", "insurer", "lender",
        "miner", "producer", "manufacturer", "conglomerate", "utility", "startup", "start-up", "chipmaker", "shipper",
        "brokerage", "broker", "broadcaster", "newspaper", "outlet", "publisher", "supplier", "developer", "distributor",
        "group", "rival", "subsidiary", "giant", "maker", "bank", "fund", "investor", "consultancy", "charity", "NGO",
        "platform", "exchange", "regulator", "wholesaler", "refiner", "exporter", "importer", "contractor", "shipyard",
        "companies", "firms", "operators", "carriers", "airlines", "automakers", "carmakers", "retailers", "insurers",
        "lenders", "miners", "producers", "manufacturers", "makers", "suppliers", "banks", "rivals", "groups", "brokers"
    ]);

    /// <summary>Words after "X's" that mark X as a company ("Maersk's chief executive").</summary>
    private static readonly SpanWordSet PossessedCompanyWords = new(StringComparer.OrdinalIgnoreCase,
    [
        "shares", "stock", "shareholders", "board", "profit", "profits", "revenue", "revenues", "earnings", "subsidiary",
        "unit", "factory", "factories", "plant", "plants", "headquarters", "executives", "CEO", "chairman", "chairwoman",
        "customers", "employees", "workforce", "stake", "takeover", "merger", "bid", "brand", "products", "sales"
    ]);

    /// <summary>People who are "at" an organization ("an analyst at Bernstein").</summary>
    private static readonly SpanWordSet AtWorkers = new(StringComparer.OrdinalIgnoreCase,
    [
        "analyst", "analysts", "economist", "economists", "strategist", "strategists", "researcher", "researchers",
        "executive", "executives", "engineer", "engineers", "trader", "traders", "banker", "bankers", "employee",
        "employees", "workers", "director", "partner", "spokesperson", "spokesman", "spokeswoman", "official", "officials"
    ]);

    public static void Collect(DocumentTokens doc, List<NameCandidate> candidates)
    {
        var surnames = PersonSurnames(doc, candidates).GetAlternateLookup<ReadOnlySpan<char>>();
        var found = new List<NameCandidate>();
        for (var i = 0; i < doc.Count; i++)
        {
            if (!IsNameWord(doc, i) || (i > 0 && IsNameWord(doc, i - 1) && !doc.SentenceStartsAt(i))) continue;
            var end = RunEnd(doc, i);
            if (end - i > 3 || HasPlace(doc, i, end)) { i = end - 1; continue; }
            var single = end - i == 1;
            if (single && (doc.Is(i, TokenFlags.GivenName) || surnames.Contains(doc.Span(i)))) { i = end - 1; continue; }
            var taggedPerson = TaggedPerson(candidates, i, end);
            // "owned by MMG": a bare acronym is not a person name.
            var acronym = single && taggedPerson && doc.Is(i, TokenFlags.AllCaps) && !doc.Is(i, TokenFlags.HasDigit)
                && doc.Span(i).Length is >= 2 and <= 6 && !doc.Span(i).Contains('.');
            if (acronym || HasCueBefore(doc, i, single, taggedPerson) || HasCueAfter(doc, end, single))
                found.Add(new NameCandidate { First = i, End = end, Kind = EntityKind.Organization, Evidence = Evidence, Confidence = 0.75f, Priority = 5 });
            i = end - 1;
        }
        candidates.AddRange(found);
    }

    private static bool HasCueBefore(DocumentTokens doc, int first, bool single, bool taggedPerson)
    {
        var p = first - 1;
        if (p < 0 || doc.SentenceStartsAt(first)) return false;
        // "shares of X", "shares in X", "chief executive of X", "CEO of X"
        if (doc.IsWord(p, "of") || doc.IsWord(p, "in"))
        {
            if (doc.IsWord(p - 1, "shares") || doc.IsWord(p - 1, "stake") || doc.IsWord(p - 1, "CEO") || doc.IsWord(p - 1, "shareholders")) return true;
            if (doc.IsWord(p, "of") && doc.IsWord(p - 1, "executive") && doc.IsWord(p - 2, "chief")) return true;
            if (doc.IsWord(p, "of") && doc.IsWord(p - 1, "officer") && doc.IsWord(p - 2, "executive")) return true;
            return false;
        }
        // "an analyst at X"
        if (doc.IsWord(p, "at"))
        {
            for (var k = p - 1; k >= Math.Max(0, p - 3); k--)
                if (doc.Is(k, TokenFlags.Lowercase) && AtWorkers.Contains(doc.Span(k))) return true;
            return false;
        }
        // "carrier Ryanair", "environmental group Walhi": a multi-word person name the tagger found is kept.
        if (doc.Is(p, TokenFlags.Lowercase) && IntroducingNouns.Contains(doc.Span(p)))
            return single || !taggedPerson;
        return false;
    }

    private static bool HasCueAfter(DocumentTokens doc, int end, bool single)
    {
        // "X said in a statement" / "in a filing"
        if (doc.IsWord(end, "said") && doc.IsWord(end + 1, "in") && doc.IsWord(end + 2, "a")
            && (doc.IsWord(end + 3, "statement") || doc.IsWord(end + 3, "filing") || doc.IsWord(end + 3, "release")))
            return true;
        // "Cocobod chief executive Randy Abbey", "Equinor spokesman Ola Berg"
        if (((doc.IsWord(end, "chief") && doc.IsWord(end + 1, "executive")) || doc.IsWord(end, "CEO") || doc.IsWord(end, "chairman")
             || doc.IsWord(end, "chairwoman") || doc.IsWord(end, "spokesman") || doc.IsWord(end, "spokeswoman"))
            && doc.Is(end, TokenFlags.Lowercase) == !doc.IsWord(end, "CEO"))
        {
            var next = doc.IsWord(end, "chief") ? end + 2 : end + 1;
            if (doc.IsCapitalized(next) && !doc.Is(next, TokenFlags.Punctuation)) return true;
        }
        // "Aramco shares rose"
        if (doc.IsWord(end, "shares") && (doc.Is(end + 1, TokenFlags.Lowercase) || doc.Is(end + 1, TokenFlags.Punctuation))) return true;
        // "Maersk's chief executive", "Lufthansa's shareholders"
        if (doc.IsWord(end, "'s"))
        {
            if (doc.IsWord(end + 1, "chief") && doc.IsWord(end + 2, "executive")) return true;
            if (PossessedCompanyWords.Contains(doc.Span(end + 1 < doc.Count ? end + 1 : end))) return true;
        }
        // "Tsingshan, the Chinese stainless steel maker"
        if (doc.IsWord(end, ",") && doc.IsWord(end + 1, "the"))
        {
            for (var k = end + 2; k < Math.Min(doc.Count, end + 8); k++)
            {
                if (doc.Is(k, TokenFlags.Punctuation) || doc.IsWord(k, "of") || doc.IsWord(k, "that") || doc.IsWord(k, "which")) break;
                var word = doc.Span(k);
                if (doc.Is(k, TokenFlags.Lowercase) && IntroducingNouns.Contains(word) && !word.Equals("rival", StringComparison.OrdinalIgnoreCase)
                    && (doc.Is(k + 1, TokenFlags.Punctuation) || doc.IsWord(k + 1, "that") || doc.IsWord(k + 1, "which") || doc.IsWord(k + 1, "based")))
                    return true;
            }
        }
        return false;
    }

    private static bool TaggedPerson(List<NameCandidate> candidates, int first, int end)
    {
        foreach (var c in candidates)
            if (c.FromTagger && c.Kind == EntityKind.Person && c.First < end && first < c.End) return true;
        return false;
    }

    /// <summary>Last words of multi-word person names the tagger found ("Vogt" from "Lena Vogt").</summary>
    private static HashSet<string> PersonSurnames(DocumentTokens doc, List<NameCandidate> candidates)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
            if (c.Kind == EntityKind.Person && c.Count >= 2) set.Add(doc.Span(c.End - 1).ToString());
        return set;
    }

    internal static bool IsNameWord(DocumentTokens doc, int token) =>
        doc.IsCapitalized(token) && !doc.Is(token, TokenFlags.Punctuation) && !doc.Is(token, TokenFlags.CapitalizedNonName)
        && !doc.Is(token, TokenFlags.Title) && !doc.Is(token, TokenFlags.Honorific) && !doc.Is(token, TokenFlags.TitleModifier);

    /// <summary>End of a run of name words (joined by touching hyphens) starting at first, within the sentence.</summary>
    internal static int RunEnd(DocumentTokens doc, int first)
    {
        var end = first + 1;
        while (end < doc.Count && !doc.SentenceStartsAt(end))
        {
            if (IsNameWord(doc, end)) { end++; continue; }
            if (doc.Is(end, TokenFlags.Hyphen) && doc.Touches(end - 1) && doc.Touches(end) && IsNameWord(doc, end + 1)) { end += 2; continue; }
            break;
        }
        return end;
    }

    private static bool HasPlace(DocumentTokens doc, int first, int end)
    {
        for (var k = first; k < end; k++)
            if (doc.IsLexiconLocation(k) || doc.Infos[k].LexiconCategory == (byte)Lexicons.LexiconCategory.Nationality) return true;
        return false;
    }
}
