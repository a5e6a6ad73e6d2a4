using System.Text;

namespace Platform.Ingest.Tests;

/// <summary>A post exported from the WordPress REST API: rendered fields, an author id with the name embedded, a local date beside its UTC twin.</summary>
public sealed class WordPressRestTests
{
    private const string Post = """
        {
          "id": 9120,
          "date": "2026-03-02T09:15:00",
          "date_gmt": "2026-03-02T14:15:00",
          "modified": "2026-03-02T11:00:00",
          "type": "post",
          "link": "https://laketown-gazette.example/2026/03/02/ferry-dock-repairs/",
          "title": { "rendered": "Ferry dock reopens &#8212; three weeks late" },
          "content": { "rendered": "<p>The Laketown ferry dock reopened on Monday, three weeks after the date the town had promised, once divers had replaced the last of the rotten pilings under the ramp.</p>\n<p>&#8220;We would rather open late than open twice,&#8221; said harbour master Elin Strand, who oversaw the repairs through the winter.</p>\n<p>The work cost about $380,000, shared between the town and the provincial ferry office.</p>" },
          "excerpt": { "rendered": "<p>The dock reopened on Monday.</p>" },
          "author": 12,
          "_embedded": { "author": [ { "id": 12, "name": "Jonas Whitecloud", "slug": "jwhitecloud" } ] }
        }
        """;

    [Fact]
    public void A_rest_api_post_is_read_with_its_rendered_title_and_body_its_author_and_its_zone()
    {
        var decision = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(Post), "post.json", "application/json");
        var a = decision.Article;
        Assert.True(a is not null, $"{decision.Reason} {decision.Detail}");
        Assert.Equal("Ferry dock reopens — three weeks late", a.Headline);
        Assert.Contains("rotten pilings under the ramp", a.Body);
        Assert.Contains("Jonas Whitecloud", a.Authors.Select(x => x.Name));
        Assert.Equal("2026-03-02T09:15:00-05:00", a.Published?.ToIso8601());
        Assert.Equal("stated", a.Published?.OffsetSource);
    }
}
