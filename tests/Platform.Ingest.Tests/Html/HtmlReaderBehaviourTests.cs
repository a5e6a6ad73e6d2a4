using System.Diagnostics;
using System.Text;
using Platform.Contracts;
using Platform.Ingest.Decoding.Html;

namespace Platform.Ingest.Tests.Html;

/// <summary>Single behaviours of the HTML reader on small invented pages.</summary>
public sealed class HtmlReaderBehaviourTests
{
    private const string Prose1 = "The harbour authority said on Monday that the new breakwater would be finished before the winter storms arrive in November.";
    private const string Prose2 = "Engineers have been placing concrete blocks along the outer wall since April, working mostly at low tide to save time.";
    private const string Prose3 = "Fishing crews said the old wall had been breached twice last winter, flooding the fish market and damaging several boats.";

    private static ArticleDocument Read(string html)
    {
        var decision = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(html), "page.html", "text/html");
        Assert.True(decision.Article is not null, $"rejected: {decision.Reason} {decision.Detail}");
        return decision.Article!;
    }

    private static string Page(string head, string body) => $"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>";

    [Fact]
    public void Link_paragraph_between_body_paragraphs_is_removed_as_navigation()
    {
        var a = Read(Page("<title>Breakwater</title>",
            $"<div><h1>Breakwater nearly done</h1><p>{Prose1}</p><p>Read more: <a href='/x'>Storm damage closes fish market for a week</a></p><p>{Prose2}</p><p>{Prose3}</p></div>"));
        Assert.Equal([Prose1, Prose2, Prose3], a.Paragraphs);
        Assert.Contains(a.Removed, r => r.Reason == "navigation" && r.Text.Contains("Storm damage", StringComparison.Ordinal));
    }

    [Fact]
    public void Byline_with_linked_names_is_read_not_pruned_as_a_link_list()
    {
        var a = Read(Page("<title>Breakwater</title>",
            $"<article><h1>Breakwater nearly done</h1><div class='meta'>By <a href='/p/1'>Ilse Brandvold</a> and <a href='/p/2'>Kofi Mensah-Larsen</a></div><p>{Prose1}</p><p>{Prose2}</p><p>{Prose3}</p></article>"));
        Assert.Equal(["Ilse Brandvold", "Kofi Mensah-Larsen"], a.Authors.Select(x => x.Name));
    }

    [Fact]
    public void Json_ld_article_body_replaces_a_visible_teaser_that_begins_it()
    {
        var jsonBody = string.Join("\\n\\n", Prose1, Prose2, Prose3, Prose1.Replace("Monday", "Tuesday", StringComparison.Ordinal));
        var a = Read(Page($"<title>Breakwater</title><script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\"headline\":\"Breakwater nearly done\",\"articleBody\":\"{jsonBody}\"}}</script>",
            $"<article><h1>Breakwater nearly done</h1><div class='article-body'><p>{Prose1}</p></div><div class='paywall'>Subscribe to read on</div></article>"));
        Assert.Equal(4, a.Paragraphs.Count);
    }

    [Fact]
    public void Visible_body_is_kept_when_the_json_ld_body_is_a_different_text()
    {
        var other = "A completely different summary text that the page's editors wrote for search engines and that goes on for a while to look long enough. " +
                    "It repeats itself to grow longer than the page. It repeats itself to grow longer than the page. It repeats itself to grow longer than the page.";
        var a = Read(Page($"<title>Breakwater</title><script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\"articleBody\":\"{other} {other}\"}}</script>",
            $"<article><h1>Breakwater nearly done</h1><p>{Prose1}</p><p>{Prose2}</p></article>"));
        Assert.Equal([Prose1, Prose2], a.Paragraphs);
    }

    [Theory]
    [InlineData("Breakwater nearly done | Harbour Gazette", "Breakwater nearly done")]
    [InlineData("Harbour Gazette :: Breakwater nearly done before winter", "Breakwater nearly done before winter")]
    [InlineData("Breakwater nearly done - News - Harbour Gazette", "Breakwater nearly done")]
    [InlineData("Breakwater nearly done", "Breakwater nearly done")]
    public void Headline_from_the_title_drops_site_and_section_names(string title, string expected)
    {
        Assert.Equal(expected, HtmlTitle.Headline(title, "Harbour Gazette"));
    }

    [Fact]
    public void Layout_wrapper_whose_class_says_sidebar_is_not_removed_with_the_article()
    {
        var a = Read(Page("<title>Breakwater</title>",
            $"<div class='layout with-sidebar'><div class='story'><h1>Breakwater nearly done</h1><p>{Prose1}</p><p>{Prose2}</p><p>{Prose3}</p></div><div class='rail'><p>Ad</p></div></div>"));
        Assert.Equal(3, a.Paragraphs.Count);
    }

    [Fact]
    public void Pull_quote_repeating_body_text_is_dropped()
    {
        var a = Read(Page("<title>Breakwater</title>",
            $"<article><h1>Breakwater nearly done</h1><p>{Prose1}</p><div class='quote-box'><p>\"the old wall had been breached twice last winter\"</p></div><p>{Prose2}</p><p>{Prose3}</p></article>"));
        Assert.Equal([Prose1, Prose2, Prose3], a.Paragraphs);
    }

    [Fact]
    public void Body_split_into_same_kind_blocks_around_an_ad_is_read_whole()
    {
        var a = Read(Page("<title>Breakwater</title>",
            $"<h1>Breakwater nearly done</h1><div class='x1'><div class='b7'><p>{Prose1}</p><p>{Prose2}</p></div><div class='q2'><span>Advertisement</span></div><div class='b7'><p>{Prose3}</p></div><div class='r5'><p>Recommended</p><ul><li><a>Other story one</a></li><li><a>Other story two</a></li></ul></div></div>"));
        Assert.Equal([Prose1, Prose2, Prose3], a.Paragraphs);
    }

    [Fact]
    public void Comment_section_without_class_hints_is_found_by_its_heading()
    {
        var comment = "I have lived by the harbour for forty years and I have never seen the water come over the wall like it did last winter, so this is welcome news.";
        var a = Read(Page("<title>Breakwater</title>",
            $"<div><div><h1>Breakwater nearly done</h1><p>{Prose1}</p><p>{Prose2}</p></div><div><h3>What readers are saying</h3><p>{comment}</p><p>{comment.Replace("forty", "fifty", StringComparison.Ordinal)}</p><p>{comment.Replace("forty", "sixty", StringComparison.Ordinal)}</p></div></div>"));
        Assert.Equal([Prose1, Prose2], a.Paragraphs);
        Assert.Contains(a.Removed, r => r.Reason == "comments" && r.Text == comment);
    }

    [Fact]
    public void Posted_on_date_by_name_line_gives_the_date_and_the_author()
    {
        var a = Read(Page("<title>Breakwater</title>",
            $"<div class='post'><h1>Breakwater nearly done</h1><div class='meta'>Posted on March 3, 2025 by Ilse Brandvold</div><p>{Prose1}</p><p>{Prose2}</p></div>"));
        Assert.Equal("Ilse Brandvold", Assert.Single(a.Authors).Name);
        Assert.Equal("2025-03-03", a.Published!.Local[..10]);
    }

    [Fact]
    public void Logo_heading_loses_to_the_story_heading_that_matches_the_title()
    {
        var a = Read(Page("<title>Breakwater nearly done before winter - Harbour Gazette</title>",
            $"<div id='top'><h1 class='logo'><a href='/'>Harbour Gazette</a></h1></div><div class='story'><h2>Breakwater nearly done before winter</h2><p>{Prose1}</p><p>{Prose2}</p></div>"));
        Assert.Equal("Breakwater nearly done before winter", a.Headline);
    }

    [Fact]
    public void Large_page_is_decoded_quickly()
    {
        var body = new StringBuilder("<div class='nav'><a>Home</a></div><article><h1>Breakwater nearly done</h1>");
        for (var i = 0; i < 1500; i++)
            body.Append(CultureInfo(i)).Append("<div class='block'><div class='inner'><p>").Append(Prose1).Append("</p><p><a>Link ").Append(i).Append("</a></p></div></div>");
        body.Append("</article>");
        var watch = Stopwatch.StartNew();
        var a = Read(Page("<title>Breakwater</title>", body.ToString()));
        watch.Stop();
        Assert.Equal(1500, a.Paragraphs.Count(p => p == Prose1));
        Assert.DoesNotContain(a.Paragraphs, p => p.StartsWith("Link ", StringComparison.Ordinal));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    private static string CultureInfo(int i) => i % 100 == 0 ? $"<h2>Part {i / 100 + 1}</h2>" : "";
}
