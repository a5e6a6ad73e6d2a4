namespace Platform.Ingest.Tests.Html;

/// <summary>
/// A hand-written expectation for one HTML fixture: a header of "key: value" lines (headline, authors separated by
/// " | ", published local time), a blank line, then the body paragraphs one per line.
/// </summary>
internal sealed record GoldArticle(string Headline, IReadOnlyList<string> Authors, string? Published, IReadOnlyList<string> Paragraphs)
{
    public static GoldArticle Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        for (; i < lines.Length && lines[i].Trim().Length > 0; i++)
        {
            var colon = lines[i].IndexOf(':');
            if (colon < 0) throw new FormatException($"Gold header line without a key: {lines[i]}");
            header[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
        }
        var paragraphs = lines.Skip(i + 1).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var authors = header.TryGetValue("authors", out var a) && a.Length > 0
            ? a.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];
        return new GoldArticle(header["headline"], authors, header.GetValueOrDefault("published"), paragraphs);
    }
}
