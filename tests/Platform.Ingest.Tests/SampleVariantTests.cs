using System.Text;

namespace Platform.Ingest.Tests;

/// <summary>The sample rearranged at run time the ways real pages differ: the structure must survive each change.</summary>
public class SampleVariantTests
{
    private const string Note = "Translated from the JoongAng Ilbo using generative AI and edited by Korea JoongAng Daily staff.";

    private static List<string> SampleLines() =>
        File.ReadAllText(TestFiles.SamplePath).Replace("\r\n", "\n").TrimEnd('\n').Split('\n').ToList();

    private static Platform.Contracts.ArticleDocument Decode(IEnumerable<string> lines, string newline = "\n")
    {
        var decision = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(string.Join(newline, lines)), "variant.txt", null);
        Assert.True(decision.Article is not null, decision.Detail);
        return decision.Article!;
    }

    private static void AssertSampleStructure(Platform.Contracts.ArticleDocument a)
    {
        Assert.Equal(9, a.Paragraphs.Count);
        Assert.StartsWith("The South Korean government believes", a.Body);
        Assert.EndsWith("the official said.", a.Body);
        Assert.Contains(Note, a.Notes);
        Assert.DoesNotContain("Translated from", a.Body);
        Assert.Equal("Kim Eun-bin", a.Authors.Single().Name);
        Assert.Equal("Korea JoongAng Daily", a.Outlet);
    }

    [TeamSharedFact]
    public void Note_moved_above_the_body()
    {
        var lines = SampleLines();
        lines.Remove(Note);
        lines.Insert(2, Note);
        AssertSampleStructure(Decode(lines));
    }

    [TeamSharedFact]
    public void Note_moved_after_the_affiliation_line()
    {
        var lines = SampleLines();
        lines.Remove(Note);
        lines.Insert(lines.FindIndex(l => l.StartsWith("with the", StringComparison.Ordinal)) + 1, Note);
        AssertSampleStructure(Decode(lines));
    }

    [TeamSharedFact]
    public void Blank_lines_between_paragraphs_and_crlf()
    {
        AssertSampleStructure(Decode(SampleLines(), "\r\n\r\n"));
    }

    [TeamSharedFact]
    public void Section_label_before_headline_and_more_chrome_after()
    {
        var lines = SampleLines();
        lines.Insert(0, "NATIONAL");
        lines.AddRange(["Most Popular", "Kim Jong-un's sister warns of more launches", "Copyright © Korea JoongAng Daily. All Rights Reserved."]);
        var a = Decode(lines);
        AssertSampleStructure(a);
        Assert.Equal("North's troop dispatch to Russia signals deepening cooperation, Unification Ministry says", a.Headline);
        Assert.Contains(a.Removed, r => r.Text == "NATIONAL");
        Assert.Contains(a.Removed, r => r.Reason == "copyright");
    }

    [TeamSharedTheory]
    [InlineData("Published: 2025-06-19 14:28", "outlet", 540)]
    [InlineData("Published: June 19, 2025 2:28 PM KST", "stated", 540)]
    [InlineData("Published: 2025. 6. 19. 14:28", "outlet", 540)]
    [InlineData("Published: 19 Jun. 2025, 05:28 GMT", "stated", 0)]
    [InlineData("Posted : 2025-06-19T14:28:00+09:00", "stated", 540)]
    public void Other_date_styles_on_the_published_line(string line, string source, int offset)
    {
        var lines = SampleLines();
        lines[lines.FindIndex(l => l.StartsWith("Published:", StringComparison.Ordinal))] = line;
        var a = Decode(lines);
        AssertSampleStructure(a);
        Assert.Equal(source, a.Published!.OffsetSource);
        Assert.Equal(offset, a.Published.OffsetMinutes);
        Assert.Equal(new DateTimeOffset(2025, 6, 19, 5, 28, 0, TimeSpan.Zero), a.Published.Utc);
    }

    [TeamSharedFact]
    public void Deck_under_the_headline_is_not_body()
    {
        var lines = SampleLines();
        lines.Insert(1, "Pyongyang expects a return for sending 6,000 more workers, official says");
        var a = Decode(lines);
        AssertSampleStructure(a);
        Assert.Contains(a.Removed, r => r.Reason == "subheadline" && r.Text.StartsWith("Pyongyang expects", StringComparison.Ordinal));
    }

    [TeamSharedFact]
    public void Missing_headline_line_gives_null_headline()
    {
        var lines = SampleLines();
        lines.RemoveAt(0);
        var a = Decode(lines);
        Assert.Null(a.Headline);
        AssertSampleStructure(a);
    }
}
