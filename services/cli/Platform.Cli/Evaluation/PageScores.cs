namespace Platform.Cli.Evaluation;

/// <summary>Per-field accuracy over a set of page verdicts: right answers over the pages where the field applies.</summary>
public sealed record FieldScore(string Field, int Right, int Total)
{
    public double Accuracy => Total == 0 ? 1.0 : (double)Right / Total;
}

public static class PageScores
{
    /// <summary>The fields scored, in the order they are printed.</summary>
    public static readonly IReadOnlyList<string> Fields =
        ["headline", "published", "authors", "is_translation", "method", "source_publication", "source_language", "no_false_alarm"];

    public static IReadOnlyList<FieldScore> Score(IReadOnlyList<PageVerdict> verdicts) =>
        Fields.Select(f => Score(f, verdicts.Select(v => Verdict(f, v)))).ToList();

    /// <summary>One page's verdict on one field; null when the field does not apply to that page.</summary>
    public static bool? Verdict(string field, PageVerdict v) => field switch
    {
        "headline" => v.Headline,
        "published" => v.Published,
        "authors" => v.Authors,
        "is_translation" => v.IsTranslation,
        "method" => v.Method,
        "source_publication" => v.SourcePublication,
        "source_language" => v.SourceLanguage,
        "no_false_alarm" => v.Truth.IsTranslation ? null : !v.FalseAlarm,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a scored field"),
    };

    private static FieldScore Score(string field, IEnumerable<bool?> verdicts)
    {
        var applicable = verdicts.Where(v => v is not null).ToList();
        return new FieldScore(field, applicable.Count(v => v == true), applicable.Count);
    }
}
