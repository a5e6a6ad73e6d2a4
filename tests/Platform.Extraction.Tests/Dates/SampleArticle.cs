using Platform.Contracts;

namespace Platform.Extraction.Tests.Dates;

/// <summary>The team's sample article, read at run time from &lt;repo&gt;/../shared/seeds (never copied into the repo).</summary>
internal static class SampleArticle
{
    private static readonly Lazy<string> LazyBody = new(Entities.TestPaths.SampleBody);

    /// <summary>Lines 3-11 of the sample joined by a blank line, as ingest builds the body.</summary>
    public static string Body => LazyBody.Value;

    /// <summary>"19 Jun. 2025, 14:28" in Seoul: a Thursday.</summary>
    public static PublishedTime Published { get; } = new()
    {
        Raw = "19 Jun. 2025, 14:28",
        Local = "2025-06-19T14:28:00",
        Utc = new DateTimeOffset(2025, 6, 19, 5, 28, 0, TimeSpan.Zero),
        OffsetMinutes = 540,
        OffsetSource = "outlet",
        TimeZone = "Asia/Seoul",
    };
}
