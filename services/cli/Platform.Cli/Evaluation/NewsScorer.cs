using System.Globalization;
using System.Text;
using Platform.Contracts;

namespace Platform.Cli.Evaluation;

/// <summary>
/// Scores extraction against a news truth file.
/// <list type="bullet">
/// <item>Dates: a found expression matches a truth expression when their texts overlap (one contains the other, ignoring
/// case) and its resolved value equals the truth value (both null counts). Value precision, recall and F1 over all
/// expressions; each truth expression is matched once.</item>
/// <item>Quotes: a truth quotation is found when an extracted quote's text begins with (or contains) its first words;
/// its speaker is right when the names are equal ignoring case and marks, or when neither is a name (null, or a
/// description such as "a resident", which the truth may give for an unnamed speaker). Accuracy is over all truth
/// quotations (a quotation not found is wrong).</item>
/// <item>Quantities: a found quantity is right when its text overlaps a truth quantity's and they share a number token.
/// Precision over what was found; recall over the truth.</item>
/// </list>
/// </summary>
public static class NewsScorer
{
    public sealed record Counts(int Right, int Of);

    public sealed record ArticleScore(
        string File, Counts DatePrecision, Counts DateRecall, Counts QuoteSpeakers, Counts QuantityPrecision, Counts QuantityRecall,
        IReadOnlyList<string> Misses);

    public static ArticleScore Score(NewsTruth truth, ArticleExtraction? extraction, string? rejection)
    {
        var misses = new List<string>();
        if (extraction is null) misses.Add($"  not read: {rejection ?? "no extraction"}");
        IReadOnlyList<ExtractedDate> dates = truth.ScoresDates ? extraction?.Dates ?? [] : [];
        var quotes = extraction?.Quotes ?? [];
        IReadOnlyList<ExtractedQuantity> quantities = truth.ScoresQuantities ? extraction?.Quantities ?? [] : [];

        // dates
        var usedTruth = new bool[truth.Dates.Count];
        var rightDates = 0;
        foreach (var found in dates)
        {
            var k = Enumerable.Range(0, truth.Dates.Count).FirstOrDefault(i => !usedTruth[i] && Overlaps(found.Text, truth.Dates[i].Text) && SameValue(found.Resolved, truth.Dates[i].Value), -1);
            if (k >= 0) { usedTruth[k] = true; rightDates++; continue; }
            var near = Enumerable.Range(0, truth.Dates.Count).FirstOrDefault(i => Overlaps(found.Text, truth.Dates[i].Text), -1);
            misses.Add(near >= 0
                ? $"  date   '{found.Text}' resolved {found.Resolved ?? "null"} | want {truth.Dates[near].Value ?? "null"}"
                : $"  date   '{found.Text}' ({found.Resolved ?? "null"}) is not a date in the truth");
        }
        for (var i = 0; i < truth.Dates.Count; i++)
            if (!usedTruth[i] && !dates.Any(d => Overlaps(d.Text, truth.Dates[i].Text)))
                misses.Add($"  date   missed '{truth.Dates[i].Text}' ({truth.Dates[i].Value ?? "null"})");

        // quotes
        var rightSpeakers = 0;
        foreach (var (start, speaker) in truth.Quotes)
        {
            var key = Fold(start);
            var found = quotes.FirstOrDefault(q => Fold(q.Text).StartsWith(key, StringComparison.Ordinal))
                        ?? quotes.FirstOrDefault(q => key.Length >= 12 && Fold(q.Text).Contains(key[..Math.Min(key.Length, 24)], StringComparison.Ordinal));
            if (found is null) { misses.Add($"  quote  missed \"{start}\" ({speaker ?? "null"})"); continue; }
            if (SameName(found.Speaker, speaker)) rightSpeakers++;
            else misses.Add($"  quote  \"{start}\" speaker {found.Speaker ?? "null"} | want {speaker ?? "null"} ({found.Evidence})");
        }

        // quantities
        var rightQuantities = 0;
        var usedQuantity = new bool[truth.Quantities.Count];
        foreach (var found in quantities)
        {
            var k = Enumerable.Range(0, truth.Quantities.Count).FirstOrDefault(i => !usedQuantity[i] && Overlaps(found.Text, truth.Quantities[i]) && SharesNumber(found.Text, truth.Quantities[i]), -1);
            if (k >= 0) { usedQuantity[k] = true; rightQuantities++; }
            else misses.Add($"  qty    '{found.Text}' is not a quantity in the truth ({found.Evidence})");
        }
        for (var i = 0; i < truth.Quantities.Count; i++)
            if (!usedQuantity[i]) misses.Add($"  qty    missed '{truth.Quantities[i]}'");

        return new ArticleScore(truth.File,
            new Counts(rightDates, dates.Count), new Counts(usedTruth.Count(u => u), truth.Dates.Count),
            new Counts(rightSpeakers, truth.Quotes.Count),
            new Counts(rightQuantities, quantities.Count), new Counts(usedQuantity.Count(u => u), truth.Quantities.Count),
            misses);
    }

    public static double Ratio(Counts c) => c.Of == 0 ? 1.0 : (double)c.Right / c.Of;

    public static double F1(Counts precision, Counts recall)
    {
        var p = Ratio(precision);
        var r = Ratio(recall);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public static Counts Sum(IEnumerable<Counts> counts) => counts.Aggregate(new Counts(0, 0), (a, b) => new Counts(a.Right + b.Right, a.Of + b.Of));

    private static bool Overlaps(string a, string b)
    {
        var x = Fold(a);
        var y = Fold(b);
        return x.Length > 0 && y.Length > 0 && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal));
    }

    private static bool SameValue(string? found, string? truth) =>
        string.Equals(CanonicalInterval(found), CanonicalInterval(truth), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// One spelling for values EDTF can write two ways: a quarter or half code as its months ("2024-36" is
    /// "2024-10/2024-12"), a January-December span as its year.
    /// </summary>
    internal static string? CanonicalInterval(string? value)
    {
        if (value is { Length: 7 } && value[4] == '-' && int.TryParse(value.AsSpan(0, 4), out var year) && int.TryParse(value.AsSpan(5, 2), out var code))
        {
            (int First, int Last)? months = code switch
            {
                >= 33 and <= 36 => (3 * (code - 33) + 1, 3 * (code - 33) + 3),
                40 => (1, 6),
                41 => (7, 12),
                _ => null,
            };
            if (months is { } m) return $"{year:0000}-{m.First:00}/{year:0000}-{m.Last:00}";
        }
        if (value is { Length: 15 } && value[4] == '-' && value[7] == '/' && value.AsSpan(0, 4).SequenceEqual(value.AsSpan(8, 4))
            && value.AsSpan(5, 2).SequenceEqual("01") && value.AsSpan(13, 2).SequenceEqual("12"))
            return value[..4];
        return value;
    }

    // An unnamed speaker may be annotated as null or by its description ("an officer at the station"): either way a
    // found null or a found description of that speaker is right, and a name is wrong.
    private static bool SameName(string? found, string? truth)
    {
        var foundName = found is not null && IsName(found) ? found : null;
        var truthName = truth is not null && IsName(truth) ? truth : null;
        if (truthName is null) return foundName is null;
        return foundName is not null && Fold(foundName) == Fold(truthName);
    }

    /// <summary>A name starts with a capital ("Ana Ruiz", "Chamber of Port Activities"); a description does not ("the spokesperson").</summary>
    private static bool IsName(string s) => s.Length > 0 && char.IsUpper(s.TrimStart()[0]) && !s.StartsWith("The ", StringComparison.Ordinal);

    private static bool SharesNumber(string a, string b) =>
        Numbers(a).Intersect(Numbers(b)).Any() || (Numbers(a).Count == 0 && Numbers(b).Count == 0);

    private static HashSet<string> Numbers(string s) =>
        System.Text.RegularExpressions.Regex.Matches(s, @"\d+(?:[.,]\d+)*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion)\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase, Platform.Contracts.RegexMatchTimeout.PerMatch).Select(m => m.Value.ToLowerInvariant().Replace(",", "")).ToHashSet();

    /// <summary>Lower case, marks and quote characters dropped, runs of space collapsed.</summary>
    private static string Fold(string s)
    {
        var d = s.Normalize(NormalizationForm.FormD);
        var b = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '"' or '“' or '”' or '„' or '«' or '»' or '\'' or '‘' or '’') continue;
            if (char.IsWhiteSpace(c)) { if (b.Length > 0 && b[^1] != ' ') b.Append(' '); continue; }
            b.Append(char.ToLowerInvariant(c));
        }
        return b.ToString().Trim();
    }
}
