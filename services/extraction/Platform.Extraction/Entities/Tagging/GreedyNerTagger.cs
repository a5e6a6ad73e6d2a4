using System.Buffers;
using Platform.Extraction.Entities.Lexicons;

namespace Platform.Extraction.Entities.Tagging;

/// <summary>
/// Left-to-right greedy BIO decoding with the averaged perceptron (spaCy-style): each token is scored
/// from its static features plus the two previous predicted tags, under the BIO constraint.
/// Thread-safe: all buffers are per call (pooled).
/// </summary>
public sealed class GreedyNerTagger(PerceptronModel model, TokenInfoBuilder infoBuilder)
{
    public PerceptronModel Model { get; } = model;
    public TokenInfoBuilder InfoBuilder { get; } = infoBuilder;

    /// <summary>Tags one sentence. tags and confidence must have the sentence's length.</summary>
    public void Tag(string text, ReadOnlySpan<TextToken> sentence, Span<int> tags, Span<float> confidence)
    {
        var n = sentence.Length;
        if (n == 0) return;
        var infos = ArrayPool<TokenInfo>.Shared.Rent(n);
        var hashes = ArrayPool<ulong>.Shared.Rent(n);
        var matches = new List<LexiconMatch>();
        try
        {
            InfoBuilder.Build(text, sentence, infos, matches, hashes);
            Decode(infos.AsSpan(0, n), tags, confidence);
        }
        finally
        {
            ArrayPool<TokenInfo>.Shared.Return(infos);
            ArrayPool<ulong>.Shared.Return(hashes);
        }
    }

    public void Decode(ReadOnlySpan<TokenInfo> infos, Span<int> tags, Span<float> confidence)
    {
        Span<int> features = stackalloc int[FeatureTemplates.MaxStaticFeatures + FeatureTemplates.HistoryFeatures];
        Span<float> scores = stackalloc float[NerTags.Count];
        var mask = Model.Mask;
        int previous = NerTags.O, previous2 = NerTags.O;
        for (var i = 0; i < infos.Length; i++)
        {
            if (previous == NerTags.O && CannotStartName(infos[i]))
            {
                tags[i] = NerTags.O;
                confidence[i] = 1f;
                previous2 = previous;
                continue;
            }
            var count = FeatureTemplates.Static(infos, i, features, mask);
            count = FeatureTemplates.History(infos, i, previous, previous2, features, count, mask);
            Model.Score(features[..count], scores);
            var best = BestAllowed(scores, previous);
            tags[i] = best;
            confidence[i] = Confidence(scores, best, previous, Model.ConfidenceScale);
            previous2 = previous;
            previous = best;
        }
    }

    /// <summary>
    /// A token without a capital letter cannot begin a name (fewer than 0.1% of names in the training data do),
    /// so outside a name it is O without scoring. This skips most tokens of running text.
    /// </summary>
    public static bool CannotStartName(in TokenInfo info) => (info.Flags & TokenFlags.Capitalized) == 0;

    internal static int BestAllowed(ReadOnlySpan<float> scores, int previous)
    {
        var best = NerTags.O;
        var bestScore = scores[NerTags.O];
        for (var t = 1; t < NerTags.Count; t++)
        {
            if (scores[t] > bestScore && NerTags.IsAllowed(previous, t))
            {
                best = t;
                bestScore = scores[t];
            }
        }
        return best;
    }

    /// <summary>Softmax probability of the chosen tag against the others (scores are unnormalised margins).</summary>
    /// <summary>Softmax probability of a tag among the tags the BIO constraint allows after previous.</summary>
    public static float Confidence(ReadOnlySpan<float> scores, int chosen, int previous, float scale)
    {
        var max = scores[chosen];
        var sum = 0f;
        for (var t = 0; t < scores.Length; t++)
            if (NerTags.IsAllowed(previous, t)) sum += MathF.Exp(Math.Min((scores[t] - max) * scale, 30f));
        return 1f / sum;
    }
}
