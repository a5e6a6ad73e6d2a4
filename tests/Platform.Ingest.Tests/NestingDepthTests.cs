using System.Text;
using Platform.Ingest.Decoding;

namespace Platform.Ingest.Tests;

/// <summary>Files nested past the caps are refused as too-deeply-nested before any parser builds a tree; ordinary nesting is read.</summary>
public sealed class NestingDepthTests
{
    [Fact]
    public void Rejects_html_of_50000_nested_elements_as_too_deeply_nested()
    {
        var html = "<!DOCTYPE html><html><body><article>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "Deep."
                   + string.Concat(Enumerable.Repeat("</div>", 50_000)) + "</article></body></html>";

        var decision = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(html), "nested.html", null);

        Assert.Equal("too-deeply-nested", decision.Reason);
        Assert.Null(decision.Article);
    }

    [Fact]
    public void Rejects_json_nested_100000_deep_as_too_deeply_nested()
    {
        var json = "{\"headline\":\"Deep\",\"body\":" + new string('[', 100_000) + new string(']', 100_000) + "}";

        var decision = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(json), "deep.json", null);

        Assert.Equal("too-deeply-nested", decision.Reason);
    }

    [Fact]
    public void Html_counts_only_elements_that_stay_open()
    {
        // Unclosed paragraphs and list items, void elements, comments and script text add no level.
        var sloppy = "<html><body>" + string.Concat(Enumerable.Repeat("<p>para<br><img src=x><li>item<!-- <div><div> -->", 5_000))
                     + "<script>" + string.Concat(Enumerable.Repeat("<div>", 5_000)) + "</script></body></html>";
        var deep = string.Concat(Enumerable.Repeat("<div>", NestingDepth.MaxHtmlElements + 1));

        Assert.False(NestingDepth.HtmlExceeds(sloppy));
        Assert.False(NestingDepth.HtmlExceeds(string.Concat(Enumerable.Repeat("<div>", NestingDepth.MaxHtmlElements))));
        Assert.True(NestingDepth.HtmlExceeds(deep));
    }

    [Fact]
    public void Json_brackets_inside_strings_are_not_nesting()
    {
        var inString = "{\"body\":\"" + new string('[', 1_000) + "\"}";

        Assert.False(NestingDepth.JsonExceeds(inString));
        Assert.True(NestingDepth.JsonExceeds(new string('[', NestingDepth.MaxJsonValues + 1)));
        Assert.False(NestingDepth.JsonExceeds(new string('[', NestingDepth.MaxJsonValues)));
    }

    [Fact]
    public void Every_fixture_page_is_under_the_caps()
    {
        var html = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.html", SearchOption.AllDirectories).ToList();

        Assert.NotEmpty(html);
        Assert.All(html, path => Assert.False(NestingDepth.HtmlExceeds(File.ReadAllText(path)), path));
    }
}
