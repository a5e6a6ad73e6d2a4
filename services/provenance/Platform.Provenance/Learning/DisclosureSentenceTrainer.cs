namespace Platform.Provenance.Learning;

/// <summary>
/// Learns <see cref="DisclosureSentenceModel"/> weights by logistic regression with stochastic gradient descent: a fixed
/// number of passes over the examples in a seeded shuffled order (so the same examples give the same model), a learning
/// rate that shrinks each pass, L2 shrinkage, disclosure sentences weighted up (they are about one in two hundred), and
/// features seen fewer than twice or left with a negligible weight dropped.
/// </summary>
public static class DisclosureSentenceTrainer
{
    public sealed record Example(IReadOnlyList<string> Features, bool IsDisclosure);

    public sealed record Settings
    {
        public int Passes { get; init; } = 10;
        public double LearningRate { get; init; } = 0.1;
        public double Decay { get; init; } = 0.7;
        public double L2 { get; init; } = 1e-5;
        public double DisclosureWeight { get; init; } = 5.0;
        public int MinimumCount { get; init; } = 2;
        public double MinimumWeight { get; init; } = 0.005;
        public int Seed { get; init; } = 1;
    }

    public static DisclosureSentenceModel Train(IReadOnlyList<Example> examples, string description, Settings? settings = null)
    {
        settings ??= new Settings();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var encoded = new List<(int[] Features, double Label)>(examples.Count);
        foreach (var e in examples)
        {
            var ids = new List<int>(e.Features.Count);
            foreach (var f in e.Features.Distinct(StringComparer.Ordinal))
            {
                if (!index.TryGetValue(f, out var id)) { id = index.Count; index[f] = id; counts.Add(0); }
                counts[id]++;
                ids.Add(id);
            }
            encoded.Add((ids.ToArray(), e.IsDisclosure ? 1.0 : 0.0));
        }

        var w = new double[index.Count];
        var order = Enumerable.Range(0, encoded.Count).ToArray();
        var random = new Random(settings.Seed);
        var rate = settings.LearningRate;
        for (var pass = 0; pass < settings.Passes; pass++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (features, label) = encoded[i];
                var z = 0.0;
                foreach (var f in features) z += w[f];
                var gradient = (1.0 / (1.0 + Math.Exp(-z)) - label) * (label > 0 ? settings.DisclosureWeight : 1.0);
                foreach (var f in features) w[f] -= rate * (gradient + settings.L2 * w[f]);
            }
            rate *= settings.Decay;
        }

        var kept = index.Where(kv => counts[kv.Value] >= settings.MinimumCount && Math.Abs(w[kv.Value]) >= settings.MinimumWeight)
            .ToDictionary(kv => kv.Key, kv => w[kv.Value], StringComparer.Ordinal);
        if (index.TryGetValue("bias", out var bias)) kept["bias"] = w[bias];
        return new DisclosureSentenceModel(kept, description);
    }
}
