using System.Globalization;
using System.Text;

namespace Platform.Extraction.Entities.Evaluation;

/// <summary>Entity-level precision / recall / F1 with exact span and type, per type and micro-averaged.</summary>
public sealed class EntityScorer
{
    private readonly Dictionary<EntityKind, (int Tp, int Fp, int Fn)> _counts = new();

    public void Add(IEnumerable<GoldSpan> gold, IEnumerable<GoldSpan> predicted)
    {
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        foreach (var p in predictedSet) Bump(p.Kind, goldSet.Contains(p) ? 1 : 0, goldSet.Contains(p) ? 0 : 1, 0);
        foreach (var g in goldSet) if (!predictedSet.Contains(g)) Bump(g.Kind, 0, 0, 1);
    }

    private void Bump(EntityKind kind, int tp, int fp, int fn)
    {
        _counts.TryGetValue(kind, out var c);
        _counts[kind] = (c.Tp + tp, c.Fp + fp, c.Fn + fn);
    }

    public (double Precision, double Recall, double F1, int Support) Score(params EntityKind[] kinds)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var k in kinds)
        {
            if (!_counts.TryGetValue(k, out var c)) continue;
            tp += c.Tp; fp += c.Fp; fn += c.Fn;
        }
        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return (p, r, f, tp + fn);
    }

    /// <summary>Micro F1 over person, organization and location (the quality target).</summary>
    public double MainF1 => Score(EntityKind.Person, EntityKind.Organization, EntityKind.Location).F1;

    public string Report()
    {
        var sb = new StringBuilder();
        sb.AppendLine("type  precision  recall     f1  support");
        foreach (var kind in Enum.GetValues<EntityKind>()) Line(sb, kind.ToShortTag(), Score(kind));
        Line(sb, "P+O+L", Score(EntityKind.Person, EntityKind.Organization, EntityKind.Location));
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string name, (double P, double R, double F, int S) s) =>
        sb.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-5} {1,9:F3} {2,7:F3} {3,6:F3} {4,8}", name, s.P, s.R, s.F, s.S));
}
