using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Extraction.Quotes;

/// <summary>
/// Finds the reporting clause of a quote: after the closing mark (", Vogt said", ", said Lena Vogt", ", the official
/// told reporters", ", according to the ministry") or before the opening mark in the same sentence ("Vogt said: ",
/// "She called it ").
/// </summary>
internal static partial class AttributionFinder
{
    private const string Verbs =
        "said|says|say|told|tells|added|adds|stressed|stresses|noted|notes|explained|explains|wrote|writes|stated|states|asked|asks|" +
        "replied|replies|continued|continues|insisted|insists|warned|warns|argued|argues|claimed|claims|recalled|recalls|declared|" +
        "declares|announced|announces|emphasized|emphasised|emphasizes|emphasises|remarked|observed|acknowledged|acknowledges|" +
        "admitted|admits|suggested|suggests|cautioned|concluded|commented|responded|pointed\\s+out|points\\s+out|went\\s+on|" +
        "urged|urges|vowed|vows|pledged|posted|tweeted|wrote|shouted|whispered|predicted|predicts|assured|conceded|confirmed|" +
        "confirms|contended|maintained|maintains|reiterated|reiterates|joked|quipped|complained|lamented|boasted|recounted|testified|" +
        "elaborated|underscored|underlined|highlighted|mentioned|agreed|countered|objected|protested|announced|alleged|alleges";

    private const string HeadOnlyVerbs = "called|calls|described|describes|dubbed|labeled|labelled|termed|branded|calling|describing|saying|adding|telling|warning|noting|stressing";

    private const string Adverbs = "also|later|then|further|previously|earlier|separately|again|once|recently|repeatedly|reportedly|simply|only|first|finally|initially|subsequently|quickly|flatly";

    private const string SpeakerChars = @"[^\s,.;:!?""“”«»()\[\]]";

    [GeneratedRegex(@"\G\s*[,:;—–-]?\s*(?<verb>" + Verbs + @")\s+(?<sp>" + SpeakerChars + @"[^,.;:!?""“”«»()\n]{0,100}?)(?=\s*(?:[,.;:!?()—–]|$|\s+(?:in|on|at|during|after|before|when|while|who|adding|according|to|last|this|yesterday|today|from|with)\b))",
        RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex VerbThenSpeaker();

    [GeneratedRegex(@"\G\s*[,:;—–-]?\s*(?<sp>" + SpeakerChars + @"[^,.;:!?""“”«»()\n]{0,100}?)(?:\s+(?:" + Adverbs + @"))?\s+(?<verb>" + Verbs + @")\b",
        RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SpeakerThenVerb();

    [GeneratedRegex(@"\G\s*,?\s*(?<sp>[A-Z][\p{L}’'.-]*(?:\s+[A-Z][\p{L}’'.-]*){0,4}|(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+[^,.;:!?""“”\n]{1,60}?|[Hh]e|[Ss]he),\s*[^,""“”\n]{1,100},\s*(?:(?:" + Adverbs + @")\s+)?(?<verb>" + Verbs + @")\b",
        RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SpeakerAppositiveVerb();

    [GeneratedRegex(@"\G\s*[,:;—–-]?\s*(?<verb>according\s+to)\s+(?<sp>" + SpeakerChars + @"[^,.;:!?""“”«»()\n]{0,100}?)(?=\s*(?:[,.;:!?()]|$|\s+(?:in|on|at|during|after|when|who)\b))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"\b(?<verb>" + Verbs + "|" + HeadOnlyVerbs + @"|[Aa]ccording\s+to)\b", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex AnyVerb();

    [GeneratedRegex(@"(?<sp>(?:[^\s,;:!?""“”«»()]+\s+){0,7}?[^\s,;:!?""“”«»()]+)\s+(?:(?:" + Adverbs + @")\s+)?$", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex TrailingPhrase();

    [GeneratedRegex(@"^(?:(?<pro>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\b|(?<desc>(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}’'.-]+\s+){0,5}?[\p{L}’'-]+)|(?<name>[A-Z][\p{L}’'.-]*(?:\s+(?:[A-Z][\p{L}’'.-]*|of|de|van|von|bin|al))*))(?=\s)", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SentenceSubject();

    [GeneratedRegex(@"\G[^,.;:!?""“”\n]{0,60},\s*(?<name>\p{Lu}[\p{L}’'.-]+(?:[ \t]+\p{Lu}[\p{L}’'.-]+){1,3}),", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NameInApposition();

    [GeneratedRegex(@"(?<=\S),\s*[^,""“”]{1,160},\s*$", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Appositive();

    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "this", "that", "which", "there", "what", "who", "as", "and", "but", "so", "because", "if", "when",
    };

    /// <summary>The most characters before an opening mark read for its attribution.</summary>
    internal const int MaxBeforeWindow = 400;

    /// <summary>The attribution after the closing mark, or null.</summary>
    public static Attribution? After(string body, int close, int limit)
    {
        if (close < 0 || close + 1 >= limit) return null;
        var end = Math.Min(limit, close + 1 + 220);

        foreach (var regex in new[] { AccordingTo(), VerbThenSpeaker(), SpeakerAppositiveVerb(), SpeakerThenVerb() })
        {
            var m = regex.Match(body, close + 1, end - close - 1);
            if (!m.Success) continue;
            var sp = m.Groups["sp"];
            if (!IsPlausibleSpeaker(sp.Value)) continue;
            // After a quote closed by a full stop a new sentence starts: it is the quote's clause only when short
            // ("... .” Kim said." / "... .” said the minister on Tuesday."), not "A spokesperson, Carla Ruiz, told reporters that ...".
            if (close > 0 && body[close - 1] == '.' && !ShortClauseEnds(body, m.Index + m.Length, end)) continue;
            return new Attribution(sp.Value, sp.Index, sp.Index + sp.Length, Normalize(m.Groups["verb"].Value), "after");
        }
        return null;
    }

    /// <summary>True when the sentence ends within four words after <paramref name="from"/>.</summary>
    private static bool ShortClauseEnds(string body, int from, int limit)
    {
        var words = 0;
        var inWord = false;
        for (var i = from; i < limit; i++)
        {
            var c = body[i];
            if (c is '.' or '!' or '?' or '\n') return true;
            if (c is ',' or ';' or ':') return false;
            if (char.IsWhiteSpace(c)) inWord = false;
            else if (!inWord)
            {
                inWord = true;
                if (++words > 4) return false;
            }
        }
        return true;
    }

    /// <summary>The attribution in the same sentence before the opening mark, or null.</summary>
    public static Attribution? Before(string body, int open, int sentenceStart)
    {
        // Only the text just before the mark is read ("Kim, the ministry's spokesman, said: “"): a run-on "sentence" (a
        // hostile token of megabytes) is not scanned whole for every quotation mark in it.
        sentenceStart = Math.Max(sentenceStart, open - MaxBeforeWindow);
        if (open <= sentenceStart) return null;
        var head = body[sentenceStart..open];
        Match? last = null;
        foreach (Match m in AnyVerb().Matches(head)) last = m;
        if (last is null) return null;
        var verb = Normalize(last.Groups["verb"].Value);
        if (verb == "According to") verb = "according to";
        var between = head[(last.Index + last.Length)..];
        if (between.Contains('“') || between.Contains('"') || between.Length > 90) return null;

        if (verb.EndsWith("ing", StringComparison.Ordinal))
        {
            var subject = SentenceSubject().Match(head);
            if (!subject.Success || !IsPlausibleSpeaker(subject.Value)) return null;
            return new Attribution(subject.Value, sentenceStart + subject.Index, sentenceStart + subject.Index + subject.Length, verb, "before");
        }

        // Drop an appositive or relative clause between subject and verb ("A ministry official, who asked not to be named, said").
        var beforeVerb = Appositive().Replace(head[..last.Index], " ", 1);
        if (verb == "according to")
        {
            var after = head[(last.Index + last.Length)..];
            // "according to Park:" and "according to Park, the factory" (a partial quote finishing the sentence); with the
            // holder's name in apposition ("according to its chief executive, Choi Sung-min, the project") the name
            var m = Regex.Match(after, @"^\s+(?<sp>[^,;:""“”]{1,80}?)\s*(?:[,:]\s*(?:(?<name>\p{Lu}[\p{L}’'.-]+(?:[ \t]+\p{Lu}[\p{L}’'.-]+){1,3}),\s+)?(?![^""“”]*\b(?:said|says|told)\b)[^""“”]*)?$", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatch);
            if (!m.Success || !IsPlausibleSpeaker(m.Groups["sp"].Value)) return null;
            var g = m.Groups["name"].Success ? m.Groups["name"] : m.Groups["sp"];
            var s = sentenceStart + last.Index + last.Length + g.Index;
            return new Attribution(g.Value, s, s + g.Length, verb, "before");
        }
        // "She has sung since the 1990s and said": a verb coordinated with an earlier one has the sentence's subject.
        if (CoordinatedVerb().IsMatch(beforeVerb))
        {
            var subject = SentenceSubject().Match(head);
            if (!subject.Success || !IsPlausibleSpeaker(subject.Value)) return null;
            // "A ranger I had known for years, Tom Kelleher, rang me ... and said": the name in apposition to the description
            if (subject.Groups["desc"].Success && NameInApposition().Match(head, subject.Index + subject.Length) is { Success: true } named)
                return new Attribution(named.Groups["name"].Value, sentenceStart + named.Groups["name"].Index,
                    sentenceStart + named.Groups["name"].Index + named.Groups["name"].Length, verb, "before");
            return new Attribution(subject.Value, sentenceStart + subject.Index, sentenceStart + subject.Index + subject.Length, verb, "before");
        }
        var phrase = TrailingPhrase().Match(beforeVerb);
        if (!phrase.Success) return null;
        // "My uncle, Ang Nima Sherpa, used to (say)", "The mayor, Tsuyoshi Kanda, once (told)": a verb chain after an
        // appositive; the subject is the phrase before it.
        if (IsVerbChain(phrase.Groups["sp"].Value))
        {
            var lead = beforeVerb[..phrase.Groups["sp"].Index].TrimEnd();
            if (!lead.EndsWith(',')) return null;
            phrase = TrailingPhrase().Match(lead[..^1] + " ");
            if (!phrase.Success) return null;
        }
        var (text, offset) = Narrow(phrase.Groups["sp"].Value);
        if (!IsPlausibleSpeaker(text)) return null;
        var start = sentenceStart + phrase.Groups["sp"].Index + offset;
        return new Attribution(text, start, start + text.Length, verb, "before");
    }

    /// <summary>Cuts a phrase before a verb down to its subject: from the last pronoun or determiner on.</summary>
    private static (string Text, int Offset) Narrow(string phrase)
    {
        var words = Regex.Matches(phrase, @"\S+", RegexOptions.None, RegexMatchTimeout.PerMatch);
        // "a move that Senator Dana Whitfield (called)": the subject follows the relative pronoun.
        for (var i = words.Count - 2; i >= 0; i--)
            if (words[i].Value is "that" or "which" or "who" or "whom")
                return (phrase[words[i + 1].Index..], words[i + 1].Index);
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var w = words[i].Value;
            // ("he liked to (say)", "she was quick to (say)", "he would often (tell)": only a verb chain after the pronoun)
            if (w is "he" or "He" or "she" or "She" or "they" or "They" or "I" or "we" or "We")
                return i == words.Count - 1 || Enumerable.Range(i + 1, words.Count - i - 1).All(k => char.IsLower(words[k].Value[0]))
                    ? (w, words[i].Index) : (phrase[words[i + 1].Index..], words[i + 1].Index);
        }
        for (var i = words.Count - 1; i > 0; i--)
        {
            var w = words[i].Value;
            // "Justice Helen Marchetti of the Ontario Superior Court (said)": a determiner after a preposition opens the
            // noun phrase that post-modifies the subject, not the subject itself
            if (words[i - 1].Value is "of" or "at" or "for" or "from" or "in" or "with" or "on") continue;
            if (w is "the" or "The" or "a" or "A" or "an" or "An") return (phrase[words[i].Index..], words[i].Index);
        }
        // Drop leading lowercase words before a capitalized name ("in Seoul Kim" is not produced, "reporters Kim" is).
        var first = 0;
        while (first < words.Count - 1 && char.IsLower(words[first].Value[0]) && words[first].Value is not ("the" or "a" or "an")
               && char.IsUpper(words[first + 1].Value[0])) first++;
        return (phrase[words[first].Index..], words[first].Index);
    }

    /// <summary>
    /// A speaker phrase is a noun phrase: not a clause opened by a subordinator ("since the line-up was (announced)"),
    /// not a phrase ending in a function word ("the 1990s and", "used to"), not a bare verb chain ("once").
    /// </summary>
    private static bool IsPlausibleSpeaker(string sp)
    {
        var t = sp.Trim();
        if (t.Length == 0 || NotSpeakers.Contains(t)) return false;
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 9) return false;
        if (NotSpeakers.Contains(words[0]) && words.Length == 1) return false;
        if (words.Length > 1 && Subordinators.Contains(words[0])) return false;
        if (words.Length > 1 && FunctionWords.Contains(words[^1])) return false;
        return !IsVerbChain(t);
    }

    /// <summary>Only lower-case auxiliaries, modals and adverbs: "used to", "would often", "once".</summary>
    private static bool IsVerbChain(string phrase)
    {
        foreach (var w in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (!ChainWords.Contains(w)) return false;
        return true;
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "since", "because", "when", "whenever", "until", "while", "although", "though", "whereas", "unless", "if", "as",
        "once", "where", "after", "before",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "nor", "was", "were", "is", "are", "be", "been", "had", "has", "have", "to", "of", "in", "on",
        "at", "for", "with", "by", "from", "the", "a", "an", "that", "which", "would", "could", "should", "will", "can",
        "may", "might", "must", "did", "does", "do",
    };

    private static readonly HashSet<string> ChainWords = new(
        Adverbs.Split('|').Concat(["used", "to", "would", "will", "could", "can", "may", "might", "should", "must", "did", "does",
            "do", "had", "has", "have", "was", "were", "is", "are", "went", "on", "liked", "loved", "often", "always", "never",
            "not", "quick", "be", "been", "going", "about", "soon", "still", "even", "already", "usually", "sometimes"]),
        StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?:and|but)\s+(?:(?:" + Adverbs + @")\s+)?$", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CoordinatedVerb();

    private static string Normalize(string verb) => Regex.Replace(verb, @"\s+", " ", RegexOptions.None, RegexMatchTimeout.PerMatch);
}
