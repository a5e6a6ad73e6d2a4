using System.Text.RegularExpressions;

namespace Platform.Ingest.Tests.Html;

/// <summary>Bag-of-tokens precision, recall and F1 between extracted and gold text, as the common extraction benchmarks score it.</summary>
internal static partial class TokenOverlap
{
    public readonly record struct Score(double Precision, double Recall, double F1, int ExtractedTokens, int GoldTokens);

    public static Score Compare(string extracted, string gold)
    {
        var got = Tokens(extracted);
        var want = Tokens(gold);
        var wantCounts = want.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var common = 0;
        foreach (var token in got)
        {
            if (wantCounts.TryGetValue(token, out var n) && n > 0)
            {
                common++;
                wantCounts[token] = n - 1;
            }
        }
        var precision = got.Count == 0 ? 0 : (double)common / got.Count;
        var recall = want.Count == 0 ? 0 : (double)common / want.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(precision, recall, f1, got.Count, want.Count);
    }

    public static List<string> Tokens(string text) =>
        Token().Matches(text.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant()).Select(m => m.Value).ToList();

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Token();
}
