using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding;

/// <summary>Tells text, HTML, JSON and XML news feeds apart by content first; the file name and content type only break ties.</summary>
public static partial class FormatSniffer
{
    public const string Text = "text";
    public const string Html = "html";
    public const string Json = "json";
    public const string Feed = "feed";

    public static string Detect(string text, string? fileName, string? contentType)
    {
        var head = text.Length > 4096 ? text[..4096] : text;
        var trimmed = head.TrimStart();
        var ext = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        var type = (contentType ?? "").ToLowerInvariant();

        if (trimmed.StartsWith('{') || (trimmed.StartsWith('[') && JsonArrayStart().IsMatch(trimmed)))
            return Json;
        // (a feed carries a <title> too: its root, before any HTML document, says what it is)
        if (Decoding.Feed.FeedXmlReader.FeedRootStart(head) >= 0)
            return Feed;
        if (HtmlMarkers().IsMatch(head) && !IsTextWithStrayMarkup(head))
            return Html;
        if ((ext == ".json" || type.Contains("json")) && (trimmed.StartsWith('{') || trimmed.StartsWith('[')))
            return Json;
        if (ext == ".json" || type.Contains("json"))
            return Json; // the JSON reader will say it is invalid
        return Text;
    }

    /// <summary>Lines a text dump needs before a few tagged lines in it are read as stray markup.</summary>
    public const int MinTextDumpLines = 8;

    /// <summary>
    /// A page copied as text that kept a line or two of markup (the page's JSON-LD script at the foot, a stray
    /// <c>&lt;meta&gt;</c>): most lines carry no tag at all, so it is read as the text it is. In HTML proper, newlines are
    /// only spaces and the lines of a text dump would run together into one paragraph.
    /// </summary>
    private static bool IsTextWithStrayMarkup(string head)
    {
        // (a document's own frame, <!doctype>, <html>, <head> or <body>, makes it HTML however many untagged lines of
        // inline script, style or wrapped text its first kilobytes hold)
        if (DocumentFrame().IsMatch(head)) return false;
        var lines = head.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count < MinTextDumpLines) return false;
        var tagged = lines.Count(l => Tag().IsMatch(l));
        return tagged * 5 <= lines.Count;
    }

    [GeneratedRegex(@"</?[a-zA-Z!][^>]{0,200}>", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Tag();

    [GeneratedRegex(@"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex DocumentFrame();

    [GeneratedRegex(@"^\[\s*(?:[{\[""]|\d|true|false|null|\])", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex JsonArrayStart();

    [GeneratedRegex(@"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<meta\s|<div[\s>]|<p[\s>]|<title>|<script[\s>]", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex HtmlMarkers();
}
