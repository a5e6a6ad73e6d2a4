using System.Globalization;

namespace Platform.Provenance.Learning;

/// <summary>
/// A logistic model over <see cref="DisclosureSentenceFeatures"/>: the probability that a sentence discloses that the page
/// it stands on is a translation. Weights are learned by <see cref="DisclosureSentenceTrainer"/> from pages whose truth
/// names their disclosure, and ship as the embedded resource <c>disclosure-sentence-model.tsv</c> (one
/// <c>feature TAB weight</c> line each; lines starting with # are comments). Immutable and thread-safe.
/// </summary>
public sealed class DisclosureSentenceModel
{
    public const string ResourceName = "Platform.Provenance.Learning.disclosure-sentence-model.tsv";

    private static readonly Lazy<DisclosureSentenceModel> Shipped = new(LoadShipped);

    private readonly Dictionary<string, double> weights;

    public DisclosureSentenceModel(IReadOnlyDictionary<string, double> weights, string description)
    {
        this.weights = new Dictionary<string, double>(weights, StringComparer.Ordinal);
        Description = description;
    }

    /// <summary>The model shipped with this assembly.</summary>
    public static DisclosureSentenceModel Default => Shipped.Value;

    /// <summary>What the model was trained on (the file's first comment line).</summary>
    public string Description { get; }

    public int FeatureCount => weights.Count;

    public double Probability(IEnumerable<string> features)
    {
        var z = 0.0;
        foreach (var f in features.Distinct(StringComparer.Ordinal))
            if (weights.TryGetValue(f, out var w)) z += w;
        return 1.0 / (1.0 + Math.Exp(-z));
    }

    public void Save(TextWriter writer)
    {
        writer.WriteLine("# " + Description.ReplaceLineEndings(" "));
        foreach (var (feature, weight) in weights.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            writer.WriteLine(feature + "\t" + weight.ToString("0.#####", CultureInfo.InvariantCulture));
    }

    public static DisclosureSentenceModel Load(TextReader reader)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        string? description = null;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0) continue;
            if (line[0] == '#') { description ??= line[1..].Trim(); continue; }
            var tab = line.LastIndexOf('\t');
            if (tab <= 0 || !double.TryParse(line[(tab + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
                throw new FormatException($"Disclosure model line {number} is not 'feature<TAB>weight': {line}");
            weights[line[..tab]] = weight;
        }
        return new DisclosureSentenceModel(weights, description ?? "");
    }

    private static DisclosureSentenceModel LoadShipped()
    {
        using var stream = typeof(DisclosureSentenceModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly carries no {ResourceName}.");
        using var reader = new StreamReader(stream);
        return Load(reader);
    }
}
