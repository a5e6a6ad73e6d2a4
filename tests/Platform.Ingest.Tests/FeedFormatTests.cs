using System.Text;

namespace Platform.Ingest.Tests;

/// <summary>RSS 2.0, RSS 1.0 and Atom feeds saved as files: the first item is the article, the channel names the site.</summary>
public class FeedFormatTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:hb="https://harbourbell.example/ns">
        <channel>
        <title>Regional – The Harbour Bell</title>
        <atom:link href="https://harbourbell.example/regional/feed" rel="self" type="application/rss+xml"/>
        <link>https://harbourbell.example</link>
        <description>News from the northern coast</description>
        <language>en-GB</language>
        <item>
        <title>Ferry crews agree pay deal after two-week dispute</title>
        <link>https://harbourbell.example/regional/ferry-pay-deal</link>
        <dc:creator><![CDATA[Morwenna Treloar]]></dc:creator>
        <pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate>
        <category><![CDATA[Regional]]></category>
        <category><![CDATA[Transport]]></category>
        <description><![CDATA[Crews on the island ferries accepted a new offer on Monday. [&#8230;]]]></description>
        <content:encoded><![CDATA[<p>Crews on the island ferries accepted a pay offer on Monday evening, ending a two-week dispute that had cut sailings to the outer islands to one a day.</p>
        <p>The union said its members voted by a large margin for the deal, which raises pay by 6% this year and adds a night-sailing allowance.</p>
        <p>&#8220;It was a hard fortnight for everyone who lives out there,&#8221; said the union&#8217;s regional organiser, Pascoe Hendy.</p>]]></content:encoded>
        <hb:translationNote>This article was first published in Cornish by Nowodhow an Porth and translated by Jenifer Pengelly.</hb:translationNote>
        </item>
        <item>
        <title>Lifeboat station opens its doors for the summer</title>
        <link>https://harbourbell.example/regional/lifeboat-open-day</link>
        <description>The station will welcome visitors every Saturday in July and August.</description>
        </item>
        </channel>
        </rss>
        """;

    [Fact]
    public void Rss_item_is_the_article_and_the_channel_title_part_the_address_spells_is_the_outlet()
    {
        var decision = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(Rss), "feed.xml", "application/rss+xml");
        var a = decision.Article!;
        Assert.Equal("feed", a.Format);
        Assert.Equal("Ferry crews agree pay deal after two-week dispute", a.Headline);
        Assert.Equal("Harbour Bell", a.Outlet); // (the directory writes outlet names without a leading "The")
        Assert.Equal("https://harbourbell.example/regional/ferry-pay-deal", a.Url);
        Assert.Equal(["Morwenna Treloar"], a.Authors.Select(x => x.Name));
        Assert.Equal("2025-03-04T09:30:00", a.Published!.Local);
        Assert.Equal(0, a.Published.OffsetMinutes);
        // the body is content:encoded (the longer), not the teaser in the description
        Assert.Equal(3, a.Paragraphs.Count);
        Assert.StartsWith("Crews on the island ferries accepted a pay offer", a.Paragraphs[0]);
        // an extension field named as a note is a note
        Assert.Contains(a.Notes, n => n.StartsWith("This article was first published in Cornish", StringComparison.Ordinal));
        // the second item is not lost silently: the warning says what was read and what to do
        Assert.Contains(a.Warnings, w => w.Contains("2 items", StringComparison.Ordinal) && w.Contains("Ferry crews", StringComparison.Ordinal));
    }

    [Fact]
    public void Escaped_html_in_a_description_and_a_browser_preamble_still_read_as_a_feed()
    {
        const string feed = """
            This XML file does not appear to have any style information associated with it. The document tree is shown below.
            <rss version="2.0"><channel><title>Fjord Post</title><link>https://fjordpost.example</link>
            <item><title>Ice road across the lake opens a week late</title><author>desk@fjordpost.example (Sigrid Aas)</author>
            <pubDate>Mon, 13 Jan 2025 07:15:00 +0100</pubDate>
            <description>&lt;p&gt;The winter road across the lake opened on Sunday, a week later than usual after a mild December.&lt;/p&gt;&lt;p&gt;Road crews measured the ice at 42 centimetres&amp;nbsp;thick near the middle of the crossing.&lt;/p&gt;</description>
            </item></channel></rss>
            """;
        var a = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(feed), "fjord.txt", null).Article!;
        Assert.Equal("feed", a.Format);
        Assert.Equal("Ice road across the lake opens a week late", a.Headline);
        Assert.Equal("Fjord Post", a.Outlet);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Empty(a.Warnings);
    }

    [Fact]
    public void Atom_entry_with_an_author_element_and_html_named_entities()
    {
        const string feed = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title>Valley Ledger</title>
              <link href="https://valleyledger.example/" rel="alternate"/>
              <entry>
                <title>Orchard growers count losses after late frost</title>
                <link href="https://valleyledger.example/2025/04/frost" rel="alternate"/>
                <published>2025-04-22T06:00:00-07:00</published>
                <author><name>Dolores Ibarra</name><email>dibarra@valleyledger.example</email></author>
                <content type="html">&lt;p&gt;Apple and cherry growers across the valley are counting the cost of a frost that struck on Saturday night &amp;mdash; the latest in twenty years.&lt;/p&gt;&lt;p&gt;The growers&amp;rsquo; association estimated that a third of the cherry blossom was lost.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;
        var a = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(feed), "ledger.atom", null).Article!;
        Assert.Equal("feed", a.Format);
        Assert.Equal("Orchard growers count losses after late frost", a.Headline);
        Assert.Equal("Valley Ledger", a.Outlet);
        Assert.Equal("https://valleyledger.example/2025/04/frost", a.Url);
        Assert.Equal("Dolores Ibarra", a.Authors[0].Name);
        Assert.Equal("dibarra@valleyledger.example", a.Authors[0].Email);
        Assert.Equal(-420, a.Published!.OffsetMinutes);
        Assert.Contains("\u2014", a.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_that_is_not_well_formed_is_read_as_the_page_it_looks_like()
    {
        const string broken = """
            <rss version="2.0"><channel><title>Broken Feed</title>
            <item><title>Unclosed item about the harbour wall repairs
            <p>The council said the repairs to the harbour wall would take until the autumn and cost more than planned, because storms in February widened the breach.</p>
            <p>Fishermen asked for a temporary berth on the east quay while the work goes on.</p>
            """;
        var decision = TestFiles.Decoder.Decode(Encoding.UTF8.GetBytes(broken), "broken.xml", null);
        Assert.True(decision.Article is not null || decision.Reason is not null);
        Assert.NotEqual("feed", decision.Article?.Format);
    }
}
