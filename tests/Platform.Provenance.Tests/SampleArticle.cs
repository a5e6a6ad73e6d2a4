using Platform.Contracts;

namespace Platform.Provenance.Tests;

/// <summary>
/// Reads the team's sample article (shared/seeds/sample-article.txt, never copied into the repo) into an ArticleDocument
/// the way ingest would, in two variants: with the translation note split off into Notes, or left in the body.
/// </summary>
internal static class SampleArticle
{
    public static string PathToSample => RepositoryPaths.SampleArticle;

    public static bool Exists => File.Exists(PathToSample);

    public static ArticleDocument Load(bool noteInBody)
    {
        var lines = File.ReadAllLines(PathToSample).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var headline = lines[0];
        var start = lines.FindIndex(l => l.StartsWith("Published:", StringComparison.Ordinal)) + 1;
        var end = lines.FindIndex(l => l.StartsWith("BY ", StringComparison.Ordinal));
        var block = lines[start..end];
        var note = block[^1];
        var paragraphs = noteInBody ? block : block[..^1];
        return new ArticleDocument
        {
            FileName = "sample-article.txt",
            Format = "text",
            Encoding = "utf-8",
            EncodingReason = "valid-utf8",
            Outlet = "Korea JoongAng Daily",
            Headline = headline,
            Language = "en",
            Body = string.Join("\n\n", paragraphs),
            Notes = noteInBody ? [] : [note],
            Authors = [new ArticleAuthor { Name = "Kim Eun-bin", Role = "reporter", Affiliation = "Korea JoongAng Daily", EmailObfuscated = true }],
            Published = new PublishedTime
            {
                Raw = "19 Jun. 2025, 14:28",
                Local = "2025-06-19T14:28:00",
                Utc = new DateTimeOffset(2025, 6, 19, 5, 28, 0, TimeSpan.Zero),
                OffsetMinutes = 540,
                OffsetSource = "outlet",
                TimeZone = "Asia/Seoul",
            },
        };
    }
}
