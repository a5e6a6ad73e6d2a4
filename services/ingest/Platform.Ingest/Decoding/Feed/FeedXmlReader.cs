using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Platform.Contracts;
using Platform.Ingest.Decoding.Bytes;
using Platform.Ingest.Decoding.Json;

namespace Platform.Ingest.Decoding.Feed;

/// <summary>
/// Reads a news feed saved as a file (RSS 2.0, RSS 1.0/RDF or Atom, also as a browser's "document tree" view with a line
/// before it): its first item is the article. The item becomes a JSON Feed object (title, link, creator, pubDate, the
/// body from <c>content:encoded</c> or the description, every other field under its local name) inside a feed object
/// that keeps the channel's title and language, and the JSON reader maps it: the channel's title is the outlet, a field
/// whose name or value reads as a note is a note. A feed with more items reads the first and says so in the warnings.
/// Null when the text does not parse as a feed (the caller reads it as it would have without this reader).
/// </summary>
public static partial class FeedXmlReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
    };

    public static IngestDecision? Read(DecodedText decoded, string? fileName)
    {
        var start = FeedRootStart(decoded.Text);
        if (start < 0) return null;
        XDocument document;
        try
        {
            var xml = HtmlEntitiesAsNumbers(decoded.Text[start..]);
            using var reader = XmlReader.Create(new StringReader(TrimAfterRoot(xml)), Settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
        var root = document.Root!;
        // (RSS 2.0 keeps its items in the channel, RSS 1.0 beside it, Atom's root is the feed)
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root;
        var items = channel.Elements().Concat(channel == root ? [] : root.Elements())
            .Where(e => e.Name.LocalName is "item" or "entry").ToList();
        if (items.Count == 0) return null;

        var feed = new JsonObject();
        foreach (var field in channel.Elements().Where(e => e.Name.LocalName is "title" or "language" or "description" or "subtitle" or "copyright"))
            feed[field.Name.LocalName] ??= field.Value.Trim();
        if (root.Attribute(XNamespace.Xml + "lang") is { } lang) feed["language"] ??= lang.Value;
        if (channel.Elements().Where(e => e.Name.LocalName == "link").Select(ValueOf).OfType<JsonValue>().FirstOrDefault() is { } home)
            feed["home_page_url"] = home.GetValue<string>();
        feed["items"] = new JsonArray(ItemObject(items[0]));

        var warnings = items.Count == 1 ? decoded.Warnings
            : [.. decoded.Warnings, $"The feed holds {items.Count} items; the first (\"{Shorten(ItemTitle(items[0]))}\") was read. Submit one item per file to store the others."];
        return JsonArticleReader.Read(decoded with { Text = feed.ToJsonString(), Warnings = warnings }, fileName, FormatSniffer.Feed);
    }

    /// <summary>The item's fields under their local names; repeated fields (categories) as lists.</summary>
    private static JsonObject ItemObject(XElement item)
    {
        var fields = new JsonObject();
        foreach (var element in item.Elements())
        {
            var key = KeyOf(element);
            var value = ValueOf(element);
            if (value is null) continue;
            switch (fields[key])
            {
                case null: fields[key] = value; break;
                case JsonArray list: list.Add(value); break;
                default:
                    var first = fields[key]!.DeepClone();
                    fields[key] = new JsonArray(first, value);
                    break;
            }
        }
        return fields;
    }

    /// <summary>
    /// The JSON key the mapper knows for the element: <c>content:encoded</c> and Atom's <c>content</c> hold the body,
    /// RSS's <c>description</c> and Atom's <c>summary</c> a body or a teaser (the mapper keeps the longer).
    /// </summary>
    private static string KeyOf(XElement element) => element.Name.LocalName switch
    {
        "encoded" => "content_encoded",
        "content" => "content_html",
        "description" or "summary" => "content_text",
        var name => name,
    };

    private static JsonNode? ValueOf(XElement element)
    {
        if (element.Name.LocalName is "author" or "contributor" && element.HasElements)
            return new JsonObject
            {
                ["name"] = element.Elements().FirstOrDefault(e => e.Name.LocalName == "name")?.Value.Trim(),
                ["email"] = element.Elements().FirstOrDefault(e => e.Name.LocalName == "email")?.Value.Trim(),
            };
        if (element.Name.LocalName == "link" && element.Attribute("href") is { } href)
            return element.Attribute("rel") is { Value: not "alternate" } ? null : href.Value.Trim();
        // (Atom's type="xhtml" content is markup, not text)
        var text = element.HasElements ? string.Concat(element.Nodes().Select(n => n.ToString())) : element.Value;
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static string ItemTitle(XElement item) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == "title")?.Value.Trim() ?? "";

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "…";

    /// <summary>Where the feed's XML starts (its declaration or its root), or -1 when the text is no feed.</summary>
    public static int FeedRootStart(string text)
    {
        var head = text.Length > 4096 ? text[..4096] : text;
        var root = FeedRoot().Match(head);
        if (!root.Success) return -1;
        var html = HtmlDocument().Match(head);
        if (html.Success && html.Index < root.Index) return -1;
        var declaration = head.LastIndexOf("<?xml", root.Index, StringComparison.Ordinal);
        return declaration >= 0 ? declaration : root.Index;
    }

    /// <summary>Whatever follows the root's closing tag (a browser's footer) is not the feed.</summary>
    private static string TrimAfterRoot(string xml)
    {
        var end = Math.Max(xml.LastIndexOf("</rss>", StringComparison.Ordinal), Math.Max(xml.LastIndexOf("</feed>", StringComparison.Ordinal), xml.LastIndexOf("</rdf:RDF>", StringComparison.Ordinal)));
        return end < 0 ? xml : xml[..(xml.IndexOf('>', end) + 1)];
    }

    /// <summary>HTML's named entities (&amp;nbsp;, &amp;mdash;) are undefined in XML: written as numbers, the feed parses.</summary>
    private static string HtmlEntitiesAsNumbers(string xml) =>
        NamedEntity().Replace(xml, m => m.Groups[1].Value is "lt" or "gt" or "amp" or "quot" or "apos"
            || System.Net.WebUtility.HtmlDecode(m.Value) is not { Length: > 0 } decoded || decoded == m.Value
                ? m.Value
                : string.Concat(decoded.EnumerateRunes().Select(r => $"&#{r.Value};")));

    [GeneratedRegex(@"<rss[\s>]|<feed[\s>][^>]{0,400}w3\.org/2005/Atom|<rdf:RDF[\s>]", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex FeedRoot();

    [GeneratedRegex(@"<!doctype\s+html|<html[\s>]", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex HtmlDocument();

    [GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]{1,31});", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NamedEntity();
}
