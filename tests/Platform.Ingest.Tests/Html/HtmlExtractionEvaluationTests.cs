using System.Globalization;
using System.Text;
using Platform.Contracts;
using Xunit.Abstractions;

namespace Platform.Ingest.Tests.Html;

/// <summary>
/// Scores the HTML reader against hand-written gold files (Fixtures/html/*.gold.txt): token-level body F1 per page and
/// on average, and the headline, authors and published time.
/// Run with `dotnet test tests/Platform.Ingest.Tests --filter HtmlExtractionEvaluation --logger "console;verbosity=detailed"`
/// to see the table.
/// </summary>
public sealed class HtmlExtractionEvaluationTests(ITestOutputHelper output)
{
    private const double MeanF1Floor = 0.98;
    private const double PageF1Floor = 0.92;

    private static string FixtureDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "html");

    private static List<string> PageNames() =>
        Directory.GetFiles(FixtureDirectory, "*.html").Select(p => Path.GetFileName(p)).OrderBy(p => p, StringComparer.Ordinal).ToList();

    public static TheoryData<string> Pages() => new(PageNames());

    private static (ArticleDocument Article, GoldArticle Gold) Load(string page)
    {
        var gold = GoldArticle.Parse(File.ReadAllText(Path.Combine(FixtureDirectory, Path.ChangeExtension(page, ".gold.txt"))));
        var decision = TestFiles.Decoder.Decode(File.ReadAllBytes(Path.Combine(FixtureDirectory, page)), page, "text/html");
        Assert.True(decision.Article is not null, $"{page} was rejected: {decision.Reason} {decision.Detail}");
        return (decision.Article!, gold);
    }

    [Fact]
    public void There_are_at_least_twelve_gold_pages()
    {
        Assert.True(PageNames().Count >= 12);
    }

    [Fact]
    public void Body_token_F1_over_the_gold_pages_meets_the_floor()
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"page",-34} {"P",6} {"R",6} {"F1",6} {"tokens",7} {"gold",6}");
        var scores = new List<(string Page, TokenOverlap.Score Score)>();
        foreach (var page in PageNames())
        {
            var (article, gold) = Load(page);
            var score = TokenOverlap.Compare(article.Body, string.Join("\n", gold.Paragraphs));
            scores.Add((page, score));
            table.AppendLine(CultureInfo.InvariantCulture,
                $"{Path.GetFileNameWithoutExtension(page),-34} {score.Precision,6:F3} {score.Recall,6:F3} {score.F1,6:F3} {score.ExtractedTokens,7} {score.GoldTokens,6}");
        }
        foreach (var page in PageNames())
        {
            var (article, gold) = Load(page);
            foreach (var extra in article.Paragraphs.Where(p => !gold.Paragraphs.Contains(p)))
                table.AppendLine(CultureInfo.InvariantCulture, $"  + {Path.GetFileNameWithoutExtension(page)}: {extra}");
            foreach (var missing in gold.Paragraphs.Where(p => !article.Paragraphs.Contains(p)))
                table.AppendLine(CultureInfo.InvariantCulture, $"  - {Path.GetFileNameWithoutExtension(page)}: {missing}");
        }
        var meanP = scores.Average(s => s.Score.Precision);
        var meanR = scores.Average(s => s.Score.Recall);
        var meanF1 = scores.Average(s => s.Score.F1);
        table.AppendLine(CultureInfo.InvariantCulture, $"{"MEAN",-34} {meanP,6:F3} {meanR,6:F3} {meanF1,6:F3}");
        output.WriteLine(table.ToString());

        Assert.True(meanF1 >= MeanF1Floor, $"Mean body F1 {meanF1:F3} is below {MeanF1Floor}.\n{table}");
        var weak = scores.Where(s => s.Score.F1 < PageF1Floor).Select(s => $"{s.Page} {s.Score.F1:F3}").ToList();
        Assert.True(weak.Count == 0, $"Pages below {PageF1Floor}: {string.Join(", ", weak)}\n{table}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Headline_matches_the_gold_page(string page)
    {
        var (article, gold) = Load(page);
        Assert.Equal(gold.Headline, article.Headline);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Authors_match_the_gold_page(string page)
    {
        var (article, gold) = Load(page);
        Assert.Equal(gold.Authors, article.Authors.Where(a => a.Role != "agency").Select(a => a.Name).ToList());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Published_time_matches_the_gold_page(string page)
    {
        var (article, gold) = Load(page);
        Assert.NotNull(gold.Published);
        Assert.NotNull(article.Published);
        Assert.StartsWith(gold.Published!, article.Published!.Local);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Boilerplate_does_not_reach_the_body(string page)
    {
        var (article, _) = Load(page);
        foreach (var chrome in new[] { "cookies", "Sign up", "Subscribe", "Share on", "Most Read", "Most Popular", "Leave a Reply", "Advertisement", "©" })
            Assert.DoesNotContain(chrome, article.Body, StringComparison.OrdinalIgnoreCase);
    }
}
