using System.IO.Compression;

namespace Platform.Extraction.Entities.Tagging;

/// <summary>
/// Weights of the averaged perceptron: a table of buckets x tags. Stored sparsely (non-zero rows only,
/// half precision, gzip) in Entities/Resources/ner-model.bin.
/// </summary>
public sealed class PerceptronModel
{
    private const int Magic = 0x4E45524D; // "NERM"
    public int BucketBits { get; }
    public int Mask => (1 << BucketBits) - 1;
    public float[] Weights { get; }
    /// <summary>Multiplies scores before the softmax that gives token confidence; fitted on held-out data at training time.</summary>
    public float ConfidenceScale { get; set; } = 1f;

    public PerceptronModel(int bucketBits, float[]? weights = null)
    {
        BucketBits = bucketBits;
        Weights = weights ?? new float[(1 << bucketBits) * NerTags.Count];
    }

    private short[]? _quantized;
    private float _quantizedStep;

    private const int QuantizedRow = NerTags.Count - 1;

    /// <summary>
    /// Builds the scoring copy of the weights: each row stores the 8 non-O tags relative to O (scores differ only
    /// by a per-token constant, so decisions and confidences are unchanged) as 16-bit integers. A row is then
    /// 16 bytes, aligned, one cache-line read (the tagger is bound by random row reads). Call after training.
    /// </summary>
    public PerceptronModel Quantize()
    {
        var rows = Weights.Length / NerTags.Count;
        var max = 0f;
        for (var r = 0; r < rows; r++)
            for (var t = 1; t < NerTags.Count; t++)
                max = Math.Max(max, Math.Abs(Weights[r * NerTags.Count + t] - Weights[r * NerTags.Count]));
        var step = max > 0 ? max / short.MaxValue : 1f;
        var q = new short[rows * QuantizedRow];
        for (var r = 0; r < rows; r++)
            for (var t = 1; t < NerTags.Count; t++)
                q[r * QuantizedRow + t - 1] = (short)Math.Round((Weights[r * NerTags.Count + t] - Weights[r * NerTags.Count]) / step);
        _quantizedStep = step;
        _quantized = q;
        return this;
    }

    public void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        if (_quantized is { } q)
        {
            var low = System.Runtime.Intrinsics.Vector128<int>.Zero;
            var high = System.Runtime.Intrinsics.Vector128<int>.Zero;
            ref var start = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(q);
            foreach (var f in features)
            {
                var row = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref start, (nuint)(f * QuantizedRow));
                var (a, b) = System.Runtime.Intrinsics.Vector128.Widen(row);
                low += a;
                high += b;
            }
            scores[0] = 0;
            for (var t = 0; t < 4; t++)
            {
                scores[t + 1] = low[t] * _quantizedStep;
                scores[t + 5] = high[t] * _quantizedStep;
            }
            return;
        }
        scores.Clear();
        var w = Weights;
        foreach (var f in features)
        {
            var row = f * NerTags.Count;
            for (var t = 0; t < NerTags.Count; t++) scores[t] += w[row + t];
        }
    }

    public void Save(Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(BucketBits);
        writer.Write(NerTags.Count);
        var rows = 1 << BucketBits;
        var nonZero = 0;
        for (var r = 0; r < rows; r++) if (!RowIsZero(r)) nonZero++;
        writer.Write(nonZero);
        var previous = 0;
        for (var r = 0; r < rows; r++)
        {
            if (RowIsZero(r)) continue;
            writer.Write(r - previous); // delta-coded row index compresses better
            previous = r;
            for (var t = 0; t < NerTags.Count; t++) writer.Write((Half)Weights[r * NerTags.Count + t]);
        }
        writer.Write(ConfidenceScale);
    }

    public static PerceptronModel Load(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadInt32() != Magic) throw new InvalidDataException("Not an entity tagger model file.");
        var bits = reader.ReadInt32();
        if (reader.ReadInt32() != NerTags.Count) throw new InvalidDataException("Model tag set does not match.");
        var model = new PerceptronModel(bits);
        var nonZero = reader.ReadInt32();
        var row = 0;
        for (var i = 0; i < nonZero; i++)
        {
            row += reader.ReadInt32();
            for (var t = 0; t < NerTags.Count; t++) model.Weights[row * NerTags.Count + t] = (float)reader.ReadHalf();
        }
        model.ConfidenceScale = reader.ReadSingle();
        return model.Quantize();
    }

    private bool RowIsZero(int row)
    {
        for (var t = 0; t < NerTags.Count; t++)
            if ((Half)Weights[row * NerTags.Count + t] != Half.Zero) return false;
        return true;
    }
}
