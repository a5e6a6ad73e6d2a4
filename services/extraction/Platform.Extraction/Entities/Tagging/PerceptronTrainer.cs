using Platform.Extraction.Entities.Lexicons;

namespace Platform.Extraction.Entities.Tagging;

/// <summary>
/// Trains the greedy tagger as an averaged perceptron (Collins 2002) on its own predicted history.
/// Deterministic for a given seed.
/// </summary>
public sealed class PerceptronTrainer(TokenInfoBuilder infoBuilder, int bucketBits = 18)
{
    private readonly float[] _weights = new float[(1 << bucketBits) * NerTags.Count];
    private readonly double[] _totals = new double[(1 << bucketBits) * NerTags.Count];
    private readonly int[] _stamps = new int[(1 << bucketBits) * NerTags.Count];
    private int _clock;

    public PerceptronModel Train(IReadOnlyList<TrainingSentence> sentences, int epochs, int seed, Action<int, double>? onEpoch = null)
    {
        var mask = (1 << bucketBits) - 1;
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var prepared = sentences.Select(Prepare).ToArray();
        Span<int> features = stackalloc int[FeatureTemplates.MaxStaticFeatures + FeatureTemplates.HistoryFeatures];
        Span<float> scores = stackalloc float[NerTags.Count];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var infos = prepared[index];
                int previous = NerTags.O, previous2 = NerTags.O;
                for (var i = 0; i < infos.Length; i++)
                {
                    if (previous == NerTags.O && GreedyNerTagger.CannotStartName(infos[i]))
                    {
                        previous2 = previous;
                        previous = NerTags.O;
                        continue;
                    }
                    _clock++;
                    var count = FeatureTemplates.Static(infos, i, features, mask);
                    count = FeatureTemplates.History(infos, i, previous, previous2, features, count, mask);
                    Score(features[..count], scores);
                    var guess = GreedyNerTagger.BestAllowed(scores, previous);
                    var gold = sentence.Tags[i];
                    var excused = sentence.MiscUnannotated && gold == NerTags.O && NerTags.TypeOf(guess) == 3;
                    if (guess != gold && !excused)
                    {
                        Update(features[..count], gold, 1f);
                        Update(features[..count], guess, -1f);
                    }
                    else correct++;
                    total++;
                    previous2 = previous;
                    // Follow gold history when excused so the sentence stays consistent.
                    previous = excused ? gold : guess;
                }
            }
            onEpoch?.Invoke(epoch + 1, total == 0 ? 0 : (double)correct / total);
        }
        return Average(bucketBits);
    }

    /// <summary>Fits the softmax scale for token confidence by grid search on held-out sentences (log-likelihood of gold tags).</summary>
    public static float CalibrateConfidence(PerceptronModel model, TokenInfoBuilder builder, IReadOnlyList<TrainingSentence> heldOut)
    {
        var rows = new List<(float[] Scores, int Gold, int Previous)>();
        Span<int> features = stackalloc int[FeatureTemplates.MaxStaticFeatures + FeatureTemplates.HistoryFeatures];
        foreach (var s in heldOut)
        {
            var infos = new TokenInfo[s.Tokens.Length];
            builder.Build(s.Text, s.Tokens, infos, new List<LexiconMatch>(), new ulong[s.Tokens.Length]);
            int previous = NerTags.O, previous2 = NerTags.O;
            for (var i = 0; i < infos.Length; i++)
            {
                if (previous == NerTags.O && GreedyNerTagger.CannotStartName(infos[i]))
                {
                    previous2 = previous;
                    continue;
                }
                var count = FeatureTemplates.Static(infos, i, features, model.Mask);
                count = FeatureTemplates.History(infos, i, previous, previous2, features, count, model.Mask);
                var scores = new float[NerTags.Count];
                model.Score(features[..count], scores);
                rows.Add((scores, s.Tags[i], previous));
                previous2 = previous;
                previous = GreedyNerTagger.BestAllowed(scores, previous);
            }
        }
        var best = 1f;
        var bestLoss = double.MaxValue;
        for (var scale = 0.001f; scale <= 8f; scale *= 1.25f)
        {
            double loss = 0;
            foreach (var (scores, gold, previous) in rows)
                loss -= Math.Log(Math.Max(1e-9, NerTags.IsAllowed(previous, gold) ? GreedyNerTagger.Confidence(scores, gold, previous, scale) : 1e-9));
            if (loss < bestLoss) { bestLoss = loss; best = scale; }
        }
        return best;
    }

    private TokenInfo[] Prepare(TrainingSentence sentence)
    {
        var infos = new TokenInfo[sentence.Tokens.Length];
        var hashes = new ulong[sentence.Tokens.Length];
        infoBuilder.Build(sentence.Text, sentence.Tokens, infos, new List<LexiconMatch>(), hashes);
        return infos;
    }

    private void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            var row = f * NerTags.Count;
            for (var t = 0; t < NerTags.Count; t++) scores[t] += _weights[row + t];
        }
    }

    private void Update(ReadOnlySpan<int> features, int tag, float delta)
    {
        foreach (var f in features)
        {
            var k = f * NerTags.Count + tag;
            _totals[k] += (double)(_clock - _stamps[k]) * _weights[k];
            _stamps[k] = _clock;
            _weights[k] += delta;
        }
    }

    private PerceptronModel Average(int bits)
    {
        var averaged = new float[_weights.Length];
        for (var k = 0; k < _weights.Length; k++)
        {
            var total = _totals[k] + (double)(_clock - _stamps[k]) * _weights[k];
            averaged[k] = (float)(total / Math.Max(1, _clock));
        }
        // Rescale so half precision keeps resolution (argmax is scale invariant).
        var max = averaged.Max(Math.Abs);
        if (max > 0)
        {
            var scale = 8f / max;
            for (var k = 0; k < averaged.Length; k++) averaged[k] *= scale;
        }
        return new PerceptronModel(bits, averaged).Quantize();
    }
}
