using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Platform.Contracts;
using Platform.Ingest.Decoding.Bytes;

namespace Platform.Cli.Evaluation;

/// <summary>
/// Compares what the pipeline read with a page truth, field by field, as the truth schema says: headlines after
/// normalising (case, quotes, dashes, spacing, mojibake), publication as the same instant (or the same local time or date
/// when the truth gives no zone), authors as a case-insensitive set, sources with a leading article dropped.
/// </summary>
public static partial class PageFieldComparer
{
    public static bool SameHeadline(string? truth, string? actual) =>
        truth is null ? actual is null : actual is not null && NormalizeText(truth) == NormalizeText(actual);

    public static bool SamePublished(string? truth, PublishedTime? actual)
    {
        if (truth is null) return actual is null;
        if (actual is null) return false;
        if (truth.Length == 10) return actual.Local.Length >= 10 && actual.Local[..10] == truth;
        if (DateTimeOffset.TryParseExact(truth, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            return actual.Utc is { } utc && utc == instant && !actual.DateOnly;
        return !actual.DateOnly && actual.Local.Length >= 19 && actual.Local[..19] == truth;
    }

    /// <summary>The persons credited as writers: reporters and contributors, not agencies, translators or editors.</summary>
    public static IReadOnlyList<string> WriterNames(IEnumerable<ArticleAuthor> authors) =>
        authors.Where(a => a.Role is "reporter").Select(a => a.Name).ToList();

    public static bool SameAuthors(IReadOnlyList<string> truth, IReadOnlyList<string> actual)
    {
        var t = truth.Select(NormalizeName).ToHashSet(StringComparer.Ordinal);
        var a = actual.Select(NormalizeName).ToHashSet(StringComparer.Ordinal);
        return t.SetEquals(a);
    }

    public static bool SamePublication(string? truth, string? actual) =>
        truth is null ? actual is null : actual is not null && NormalizeOutlet(truth) == NormalizeOutlet(actual);

    public static bool SameLanguage(string? truth, string? actual) =>
        string.Equals(truth, actual is null ? null : actual.Split('-')[0], StringComparison.OrdinalIgnoreCase);

    public static string NormalizeText(string text)
    {
        // Truth files may keep a page's mojibake as written ("Beijingâ€™s"); a reader that repairs it is right.
        var s = MojibakeRepair.Repair(text).Normalize(NormalizationForm.FormKC);
        s = s.Replace('‘', '\'').Replace('’', '\'').Replace('“', '"').Replace('”', '"').Replace('–', '-').Replace('—', '-');
        s = Spaces().Replace(s, " ").Trim().Trim('"', '\'', ' ').TrimEnd('.', ':', ';', ',');
        return s.ToLowerInvariant();
    }

    private static string NormalizeName(string name) => Spaces().Replace(name.Normalize(NormalizationForm.FormC), " ").Trim().ToLowerInvariant();

    private static string NormalizeOutlet(string name)
    {
        var s = NormalizeText(name);
        return s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;
    }

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Spaces();
}
