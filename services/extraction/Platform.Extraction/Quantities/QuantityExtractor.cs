using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Extraction.Quantities;

/// <summary>
/// Finds numbers with what they count: amounts of money ("$1.2 billion" = 1.2e9 USD, "₩500 billion", "500 billion won"),
/// percentages ("3%", "3 percent"), counted nouns ("an additional 6,000 personnel" = 6000 "personnel", "three ships"),
/// measures ("12 km"), fractions ("half" = 0.5) and vague plurals.
/// <list type="bullet">
/// <item>Unit is the currency's ISO code, "percent" / "percentage points", or the counted head noun as written, skipping
/// modifiers such as "additional", "more", "military": the first plural (or measure) noun within five words.</item>
/// <item>Vague plurals ("tens of thousands of protesters") carry the lower bound the words imply (10,000; "dozens" = 12;
/// "hundreds of thousands" = 100,000) with <see cref="ExtractedQuantity.Approximate"/> true. Hedges before a number
/// ("about", "nearly", "more than", "up to") also set Approximate.</item>
/// <item>A spelled-out "one" before a noun is a determiner ("one supporter said", "one man"), not a count: it is
/// reported only with a unit of measure ("one hectare") or a score's "point".</item>
/// <item>Not reported: years ("in 2023"), dates ("March 4"), times ("3 p.m."), ordinals ("4th"), numbers inside names
/// ("Article 50", "F-35", "G20"), durations tied to a date ("two days earlier") and numbers that count nothing named.</item>
/// </list>
/// Thread-safe: the instance holds no state.
/// </summary>
public sealed class QuantityExtractor
{
    public const string Version = "quantities-1.0";

    private readonly record struct Noun(string Word, int End);

    public IReadOnlyList<ExtractedQuantity> Extract(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var results = new List<ExtractedQuantity>();
        var covered = new bool[body.Length];
        bool Free(int s, int e) => Array.IndexOf(covered, true, s, e - s) < 0;
        void Add(ExtractedQuantity q)
        {
            if (!Free(q.Start, q.End)) return;
            Array.Fill(covered, true, q.Start, q.End - q.Start);
            results.Add(q);
        }

        foreach (Match m in QuantityPatterns.Vague().Matches(body)) AddVague(body, m, Add);
        foreach (Match m in QuantityPatterns.Numeral().Matches(body)) if (Free(m.Index, m.Index + m.Length)) AddNumeral(body, m, Add);
        foreach (var (s, e, scaleOnly) in NumberWords.Scan(body)) if (Free(s, e)) AddWords(body, s, e, scaleOnly, Add);
        foreach (Match m in QuantityPatterns.Fraction().Matches(body)) if (Free(m.Index, m.Index + m.Length)) AddFraction(body, m, Add);

        results.Sort((a, b) => a.Start.CompareTo(b.Start));
        return results;
    }

    private static void AddNumeral(string body, Match m, Action<ExtractedQuantity> add)
    {
        var start = m.Index;
        var end = m.Index + m.Length;
        var num = m.Groups["num"].Value;
        var value = double.Parse(DecimalDigits.ToAscii(num).Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
        string? currency = m.Groups["cur"].Success ? UnitLexicon.CurrencyForSymbol(m.Groups["cur"].Value) : null;
        string? unit = null;
        var scaled = false;
        if (m.Groups["scale"].Success)
        {
            value *= NumberWords.Scale(m.Groups["scale"].Value) ?? 1;
            scaled = true;
        }
        else if (m.Groups["lscale"].Success)
        {
            if (currency is null)
            {
                unit = m.Groups["lscale"].Value;
                if (!UnitLexicon.MeasureUnits.Contains(unit)) return;
            }
            else
            {
                value *= NumberWords.Scale(m.Groups["lscale"].Value) ?? 1;
                scaled = true;
            }
        }

        // Letters glued to the number: a unit ("12km") or an ordinal / name ("4th", "3D").
        if (end < body.Length && char.IsLetter(body[end]))
        {
            var w = end;
            while (w < body.Length && (char.IsLetter(body[w]) || body[w] == '/')) w++;
            var glued = body[end..w];
            if (!UnitLexicon.MeasureUnits.Contains(glued)) return;
            unit = glued;
            end = w;
        }

        var previous = PreviousWord(body, start, out var previousStart);
        if (previous is not null && UnitLexicon.IsCurrencyCode(previous) && currency is null)
        {
            currency = previous;
            start = previousStart;
        }

        var suffix = QuantityPatterns.Suffix().Match(body, end);
        if (suffix.Success && suffix.Groups["time"].Success) return;
        var percent = suffix.Success && suffix.Groups["pct"].Success;
        if (suffix.Success && suffix.Groups["curword"].Success && currency is null)
        {
            currency = UnitLexicon.CurrencyForWord(suffix.Groups["curword"].Value);
            end = suffix.Index + suffix.Length;
        }

        var strong = currency is not null || scaled || percent;
        if (!strong)
        {
            if (previous is not null && QuantityPatterns.MonthName().IsMatch(previous)) return;
            if (!num.Contains(',', StringComparison.Ordinal) && num.Length == 4 && num[0] is '1' or '2' && value is >= 1800 and <= 2100) return;
            if (previous is not null && IsNamePart(body, previous, previousStart)) return;
            var next = QuantityPatterns.NextWord().Match(body, end);
            if (next.Success && QuantityPatterns.MonthName().IsMatch(next.Groups["w"].Value)) return;
        }

        string evidence;
        if (percent)
        {
            var p = suffix.Groups["pct"].Value.ToLowerInvariant();
            unit = p.StartsWith("percentage", StringComparison.Ordinal) ? (p.EndsWith('s') ? "percentage points" : "percentage point") : "percent";
            end = suffix.Index + suffix.Length;
            evidence = "rule:percent";
        }
        else if (currency is not null)
        {
            unit = currency;
            evidence = "rule:currency";
        }
        else if (unit is not null)
        {
            evidence = "rule:measure";
        }
        else
        {
            if (end < body.Length - 1 && body[end] == '-' && char.IsLetter(body[end + 1]))
            {
                var compound = QuantityPatterns.CompoundTail().Match(body, end);
                if (!compound.Success) return;
                var word = compound.Groups["w"].Value;
                if (word is "strong" or "plus" or "odd")
                {
                    var noun = CountedNoun(body, compound.Index + compound.Length, value);
                    if (noun is null) return;
                    unit = noun.Value.Word;
                    end = noun.Value.End;
                }
                else
                {
                    unit = word;
                    end = compound.Index + compound.Length;
                }
                evidence = "rule:compound";
                var tail = unit[(unit.LastIndexOf('-') + 1)..];
                if (UnitLexicon.CurrencyForWord(tail) is { } code)
                {
                    add(Make(body, start, end, value, code, Hedged(body, start), "rule:currency"));
                    return;
                }
            }
            else
            {
                var noun = CountedNoun(body, end, value);
                if (noun is null && !scaled) return;
                // (a figure opening a table row before a name is its rank: "1 Volta Stars 20 12 5 3 41")
                if (noun is { Word: var named } && char.IsUpper(named[0]) && OpensLine(body, start)) return;
                unit = noun?.Word;
                end = noun?.End ?? end;
                evidence = noun is null ? "rule:number-scale" : "rule:number-noun";
            }
            if (unit is not null && IsDateOffset(body, end, unit)) return;
        }

        add(Make(body, start, end, value, unit, Hedged(body, start), evidence));
    }

    private static void AddWords(string body, int wordsStart, int wordsEnd, bool scaleOnly, Action<ExtractedQuantity> add)
    {
        double? value;
        var start = wordsStart;
        var words = body[wordsStart..wordsEnd];
        if (scaleOnly)
        {
            var article = PreviousWord(body, wordsStart, out var articleStart)?.ToLowerInvariant();
            if (article is not ("a" or "an")) return;
            start = articleStart;
            value = NumberWords.Scale(words) ?? 12;
        }
        else value = NumberWords.Parse(words);
        if (value is null) return;
        var end = wordsEnd;
        var previous = PreviousWord(body, start, out _)?.ToLowerInvariant();
        if (value == 1 && previous is "no" or "any" or "every" or "some" or "each" or "the" or "this" or "that" or "which" or "only" or "such" or "another" or "at" or "last" or "first")
            return;

        string? unit;
        string evidence;
        var suffix = QuantityPatterns.Suffix().Match(body, end);
        if (suffix.Success && suffix.Groups["time"].Success) return;
        if (suffix.Success && suffix.Groups["pct"].Success)
        {
            unit = "percent";
            end = suffix.Index + suffix.Length;
            evidence = "rule:percent";
        }
        else if (suffix.Success && suffix.Groups["curword"].Success)
        {
            unit = UnitLexicon.CurrencyForWord(suffix.Groups["curword"].Value);
            end = suffix.Index + suffix.Length;
            evidence = "rule:currency";
        }
        else
        {
            var noun = CountedNoun(body, end, value.Value);
            if (noun is null) return;
            unit = noun.Value.Word;
            // A spelled-out "one" before a noun picks out an individual ("one supporter said", "pulled one back"), it
            // does not count: reported only with a unit of measure ("one hectare") or a score's "point".
            if (value == 1 && !UnitLexicon.MeasureUnits.Contains(unit) && !UnitLexicon.MeasureUnits.Contains(unit.ToLowerInvariant())
                && !unit.Equals("point", StringComparison.OrdinalIgnoreCase)) return;
            end = noun.Value.End;
            evidence = "rule:number-word";
            if (IsDateOffset(body, end, unit)) return;
        }
        add(Make(body, start, end, value, unit, Hedged(body, start), evidence));
    }

    private static void AddVague(string body, Match m, Action<ExtractedQuantity> add)
    {
        static double Of(string w) => w.ToLowerInvariant() switch
        {
            "tens" => 10,
            "hundreds" => 100,
            "thousands" => 1e3,
            "millions" => 1e6,
            "billions" => 1e9,
            "dozens" => 12,
            "scores" => 20,
            _ => 1,
        };
        var value = Of(m.Groups["first"].Value) * (m.Groups["second"].Success ? Of(m.Groups["second"].Value) : 1);
        var start = m.Index;
        var end = m.Groups["approx"].Index + m.Groups["approx"].Length;
        var noun = CountedNoun(body, m.Index + m.Length, 2);
        string? unit = null;
        if (noun is not null)
        {
            unit = noun.Value.Word;
            end = noun.Value.End;
        }
        add(Make(body, start, end, value, unit, true, "rule:approximate"));
    }

    private static void AddFraction(string body, Match m, Action<ExtractedQuantity> add)
    {
        var previous = PreviousWord(body, m.Index, out _)?.ToLowerInvariant();
        if (previous is "first" or "second" or "latter" or "former" or "other" or "and" or "two" or "three" || previous is "a" or "one" && m.Groups["frac"].Value.Equals("half", StringComparison.OrdinalIgnoreCase)) return;
        var frac = m.Groups["frac"].Value.ToLowerInvariant();
        var fracStart = m.Index;
        if (frac is "third" or "quarter" or "fifth")
        {
            // Only "a third of", "one quarter of": alone these are ordinals or periods ("the third quarter").
            if (previous is not ("a" or "one") || !QuantityPatterns.OfAfter().IsMatch(body, m.Index + m.Length)) return;
            PreviousWord(body, m.Index, out fracStart);
        }
        double value = frac switch
        {
            "half" or "one-half" => 0.5,
            "two-thirds" => 2.0 / 3,
            "three-quarters" => 0.75,
            _ when frac.EndsWith("third", StringComparison.Ordinal) => 1.0 / 3,
            _ when frac.EndsWith("quarter", StringComparison.Ordinal) => 0.25,
            _ => 0.2,
        };
        var end = m.Index + m.Length;
        string? unit = null;
        var after = QuantityPatterns.FractionObject().Match(body, end);
        if (after.Success)
        {
            var noun = CountedNoun(body, after.Index + after.Length, 1);
            if (noun is not null)
            {
                unit = noun.Value.Word;
                end = noun.Value.End;
            }
        }
        add(Make(body, fracStart, end, value, unit, Hedged(body, fracStart), "rule:fraction"));
    }

    /// <summary>The counted noun after a number: the first plural or measure noun within five words, skipping modifiers.</summary>
    private static Noun? CountedNoun(string body, int position, double value)
    {
        Noun? first = null;
        var p = position;
        for (var i = 0; i < 5; i++)
        {
            var w = QuantityPatterns.NextWord().Match(body, p);
            if (!w.Success) break;
            var word = w.Groups["w"].Value;
            if (UnitLexicon.StopWords.Contains(word)) break;
            p = w.Index + w.Length;
            if (UnitLexicon.Modifiers.Contains(word)) continue;
            if (UnitLexicon.IrregularPlurals.Contains(word) || UnitLexicon.MeasureUnits.Contains(word) || IsPlural(word))
                return new Noun(word, p);
            if (first is null && (value == 1 || char.IsLower(word[0]))) first = new Noun(word, p);
            if (value == 1) break;
        }
        return value == 1 || first is { Word: var f } && IsLikelyNoun(f) ? first : null;
    }

    private static bool OpensLine(string body, int start)
    {
        var i = start - 1;
        while (i >= 0 && body[i] is ' ' or '\t') i--;
        return i < 0 || body[i] == '\n';
    }

    private static bool IsLikelyNoun(string word) =>
        !word.EndsWith("ly", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal) && !word.EndsWith("ed", StringComparison.Ordinal);

    private static bool IsPlural(string word)
    {
        if (word.Length < 3 || !word.EndsWith('s')) return false;
        if (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal)
            || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>"two days earlier", "three years ago": a date, reported by the date extractor.</summary>
    private static bool IsDateOffset(string body, int end, string unit)
    {
        if (!Regex.IsMatch(unit, "^(?:days?|weeks?|months?|years?|decades?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatch)) return false;
        var next = QuantityPatterns.NextWord().Match(body, end);
        return next.Success && next.Groups["w"].Value.ToLowerInvariant() is "ago" or "earlier" or "later" or "prior";
    }

    /// <summary>A capitalized word right before a number that is not the sentence's first word makes it part of a name.</summary>
    private static bool IsNamePart(string body, string previous, int previousStart)
    {
        if (UnitLexicon.NameHeads.Contains(previous)) return true;
        if (!char.IsUpper(previous[0])) return false;
        var i = previousStart - 1;
        while (i >= 0 && body[i] is ' ' or '\t' or '"' or '“' or '(') i--;
        var sentenceInitial = i < 0 || body[i] is '.' or '!' or '?' or '\n' or ':';
        return !sentenceInitial;
    }

    private static string? PreviousWord(string body, int position, out int start)
    {
        var e = position;
        while (e > 0 && body[e - 1] is ' ' or '\u00A0') e--;
        var s = e;
        while (s > 0 && (char.IsLetter(body[s - 1]) || body[s - 1] == '.')) s--;
        start = s;
        if (s == e) return null;
        var word = body[s..e];
        var result = word.Length > 1 && word.EndsWith('.') && !QuantityPatterns.MonthName().IsMatch(word) && word != "No." ? word.TrimEnd('.') : word;
        return result.Length == 0 || !char.IsLetter(result[0]) ? null : result;
    }

    private static readonly HashSet<string> OneWordHedges = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "around", "roughly", "approximately", "nearly", "almost", "some", "estimated", "over", "upward", "upwards", "circa", "approx",
    };

    private static readonly HashSet<string> TwoWordHedges = new(StringComparer.OrdinalIgnoreCase)
    {
        "up to", "more than", "at least", "fewer than", "less than", "close to", "upwards of", "upward of", "many as", "much as",
        "just under", "just over", "an estimated", "as many", "well over", "nearly as",
    };

    /// <summary>A hedge right before the number ("about", "more than", "as many as") makes it approximate.</summary>
    private static bool Hedged(string body, int start)
    {
        var last = PreviousWord(body, start, out var lastStart);
        if (last is null) return false;
        if (OneWordHedges.Contains(last)) return true;
        var before = PreviousWord(body, lastStart, out _);
        return before is not null && TwoWordHedges.Contains(before + " " + last);
    }

    private static ExtractedQuantity Make(string body, int start, int end, double? value, string? unit, bool approximate, string evidence) => new()
    {
        Text = body[start..end],
        Start = start,
        End = end,
        // A number too large for a double (hundreds of digits) parses as infinity, which JSON cannot carry: keep the text, no value.
        Value = value is { } v && double.IsFinite(v) ? v : null,
        Unit = unit,
        Approximate = approximate,
        Evidence = evidence,
    };
}
