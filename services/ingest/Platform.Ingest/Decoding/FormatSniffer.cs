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
        if (HtmlMarkers().IsMatch(head))
            return Html;
        if ((ext == ".json" || type.Contains("json")) && (trimmed.StartsWith('{') || trimmed.StartsWith('[')))
            return Json;
        if (ext == ".json" || type.Contains("json"))
            return Json; // the JSON reader will say it is invalid
        return Text;
    }

    [GeneratedRegex(@"^\[\s*(?:[{\[""]|\d|true|false|null|\])", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex JsonArrayStart();

    [GeneratedRegex(@"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<meta\s|<div[\s>]|<p[\s>]|<title>|<script[\s>]", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex HtmlMarkers();
}
