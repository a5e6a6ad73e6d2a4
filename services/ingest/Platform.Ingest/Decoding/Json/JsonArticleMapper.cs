using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Contracts;
using Platform.Ingest.Decoding.Outlets;
using Platform.Ingest.Decoding.Text;
using Platform.Ingest.Decoding.Time;

namespace Platform.Ingest.Decoding.Json;

/// <summary>
/// Maps a schema.org NewsArticle (JSON-LD) or a simple {headline, body, published, authors} object onto a draft.
/// Fields already set on the draft are kept (earlier sources are more trusted).
/// </summary>
public static partial class JsonArticleMapper
{
    private static readonly string[] ArticleTypes =
        ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
         "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "SocialMediaPosting"];

    // (JSON Feed items carry "content_html" or "content_text"; RSS-to-JSON converters "content_encoded")
    private static readonly string[] BodyKeys = ["articleBody", "body", "text", "content", "article_body", "bodyText", "body_text", "bodytext", "fullText", "full_text", "story",
        "content_text", "content_html", "contentText", "contentHtml", "content_encoded"];
    private static readonly string[] ListKeys = ["items", "results", "articles", "entries"];
    private static readonly string[] HeadlineKeys = ["headline", "title", "name"];

    /// <summary>Finds the article object: the root, an item of @graph or of a list, or a wrapped object ("article", "data").</summary>
    public static JsonElement? FindArticle(JsonElement element, int depth = 0)
    {
        if (depth > 4) return null;
        if (element.ValueKind == JsonValueKind.Array)
        {
            JsonElement? fallback = null;
            foreach (var item in element.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object) continue;
                if (IsArticleType(item)) return item;
                fallback ??= FindArticle(item, depth + 1);
            }
            return fallback;
        }
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (IsArticleType(element)) return element;
        if (element.TryGetProperty("@graph", out var graph)) return FindArticle(graph, depth + 1);
        if (HasAny(element, BodyKeys)) return element;
        // A feed (JSON Feed, a search result) has a title of its own: its article is an item of its list.
        if (ListKeys.Any(k => TryGet(element, k, out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0))
            foreach (var key in ListKeys)
                if (TryGet(element, key, out var inner) && FindArticle(inner, depth + 1) is { } item)
                    return item;
        if (HasAny(element, HeadlineKeys) && !element.TryGetProperty("@type", out _))
            return element;
        foreach (var key in new[] { "article", "data", "story", "item", "result", "document", "items", "results", "articles", "entries" })
            if (TryGet(element, key, out var inner) && FindArticle(inner, depth + 1) is { } found)
                return found;
        return null;
    }

    /// <summary>
    /// The item's body: of the body fields it has, the one with the most text once markup is set aside (a feed that carries
    /// a teaser in <c>content_text</c> and the whole story in <c>content_html</c> gives the whole story).
    /// </summary>
    public static string? BodyText(JsonElement article)
    {
        string? best = null;
        var bestLength = -1;
        foreach (var key in BodyKeys)
        {
            if (!TryGet(article, key, out var value)) continue;
            var candidate = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Array => string.Join("\n\n", value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : Text(v, "text")).Where(s => !string.IsNullOrWhiteSpace(s))),
                // (the WordPress REST API: "content": {"rendered": "<p>...</p>"})
                JsonValueKind.Object => Text(value, "rendered"),
                _ => null,
            };
            if (string.IsNullOrWhiteSpace(candidate)) continue;
            var length = Markup().Replace(candidate, "").Length;
            if (length > bestLength)
            {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    [GeneratedRegex(@"<[^>]{0,400}>", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Markup();

    public static void Fill(JsonElement article, ArticleDraft draft)
    {
        if (draft.Headline is null && Clean(FirstString(article, HeadlineKeys)) is { } title)
        {
            // "Translation: Izmir ferry captains ...": a kicker about the text is no part of the headline; one of several
            // words is kept as a note, as the page reader keeps it ("Translation:" alone is only a label).
            if (TranslationKicker().IsMatch(title) && Page.HeadlineCleaner.Kicker(title) is { } kicker)
            {
                draft.Remove(title, "headline");
                if (ProseRules.Words(kicker) >= 2) draft.AddNote(kicker);
                title = title[TranslationKicker().Match(title).Length..].Trim();
            }
            draft.Headline = title;
        }
        draft.Url ??= Url(article);
        draft.Language ??= FirstString(article, "inLanguage", "language", "lang", "locale");
        draft.Dateline ??= FirstString(article, "dateline");

        foreach (var key in new[] { "publisher", "outlet", "source", "site_name", "siteName", "publication", "sourceOrganization" })
            if (TryGet(article, key, out var publisher))
                draft.OfferOutlet(NameOf(publisher), OutletEvidence.Metadata);

        draft.Published = Prefer(draft.Published, DateOf(article, DateLineRecognizer.Published, "datePublished", "published", "publishedAt", "published_at", "date_published", "firstPublished", "first_published", "firstCreated", "publishedDate", "publish_date", "pubDate", "pub_date", "date", "dateCreated", "created_at", "createdAt"));
        draft.Published = WithGmtOffset(draft.Published, article, "date_gmt");
        draft.Modified = Prefer(draft.Modified, DateOf(article, DateLineRecognizer.Modified, "dateModified", "modified", "updated", "updatedAt", "updated_at", "date_modified", "lastModified", "versionCreated", "version_created"));

        if (draft.Authors.Count == 0)
        {
            AddPeople(article, draft, "reporter", "author", "authors", "byline", "creator", "writer");
            // (the WordPress REST API gives the author as an id and the name in "_embedded": {"author": [{"name": ...}]})
            if (draft.Authors.Count == 0 && TryGet(article, "_embedded", out var embedded)) AddPeople(embedded, draft, "reporter", "author");
            AddPeople(article, draft, "translator", "translator", "translators");
            AddPeople(article, draft, "editor", "editor", "editors");
        }

        // A feed item's "source" (the publication an aggregator took the item from) is its "Source: X" credit line.
        if (TryGet(article, "source", out var source)
            && (source.ValueKind == JsonValueKind.String ? source.GetString() : Text(source, "name") ?? Text(source, "title")) is { Length: > 1 } sourceName
            && !sourceName.Contains("://", StringComparison.Ordinal))
            draft.AddNote("Source: " + sourceName.Trim());

        // Notes stand at the item's top level, inside an extension object ("_ndi": {"translation_notice": ...} in JSON Feed)
        // or inside an object about the translation ("translation": {"note": ..., "is_machine_translated": true}).
        var holders = new List<JsonElement> { article };
        holders.AddRange(article.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object && (p.Name.StartsWith('_') || IsTranslationKey(p.Name))).Select(p => p.Value));
        // An object about the translation ("_translation": {"note": ..., "source": "Gaya Ilbo", "source_lang": "ko"}) names
        // the original's outlet in its own source field: a "Source: X" credit line as well.
        foreach (var extension in article.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object && IsTranslationKey(p.Name)))
            if (FirstString(extension.Value, "source", "source_name", "sourceName", "source_publication", "sourcePublication", "original_publication", "originalPublication") is { Length: > 1 } original
                && !original.Contains("://", StringComparison.Ordinal))
                draft.AddNote("Source: " + original.Trim());
        // A short field of any other name whose value reads as a note ("label": "Auto-translated · ES>EN", "badge": "AI
        // translation"): the value, not the key, says what it is. Fields that hold the article's own text are not read so.
        foreach (var holder in holders)
        foreach (var property in holder.EnumerateObject().Where(p => !IsNoteKey(p.Name) && !IsContentKey(p.Name) && p.Value.ValueKind == JsonValueKind.String))
        {
            var value = property.Value.GetString()!.Trim();
            if (value.Length <= 300 && NoteRecognizer.IsNote(value) && !NoteRecognizer.IsToolMentionOnly(value)) draft.AddNote(value);
        }
        foreach (var holder in holders)
        foreach (var property in holder.EnumerateObject().Where(p => IsNoteKey(p.Name)))
        {
            var note = property.Value;
            switch (note.ValueKind)
            {
                case JsonValueKind.String:
                    draft.AddNote(note.GetString()!);
                    break;
                case JsonValueKind.Array:
                    foreach (var n in note.EnumerateArray())
                        if ((n.ValueKind == JsonValueKind.String ? n.GetString() : Text(n, "text") ?? Text(n, "description")) is { } s)
                            draft.AddNote(s);
                    break;
                case JsonValueKind.Object:
                    if ((Text(note, "text") ?? Text(note, "description")) is { } t) draft.AddNote(t);
                    break;
            }
        }
    }

    /// <summary>
    /// A key holds a note when one of the words of its name (camelCase, snake_case, kebab-case) is a note word: "note",
    /// "editorsNote", "translation_notice", "provenance_note", "aiDisclosure", "corrections".
    /// </summary>
    internal static bool IsNoteKey(string key) =>
        KeyWords().Matches(key).Any(w => NoteWords.Contains(w.Value));

    /// <summary>A key about the translation or provenance of the item ("_translation", "translationInfo", "provenance").</summary>
    private static bool IsTranslationKey(string key) =>
        KeyWords().Matches(key).Any(w => w.Value.StartsWith("translat", StringComparison.OrdinalIgnoreCase) || w.Value.Equals("provenance", StringComparison.OrdinalIgnoreCase));

    private static readonly HashSet<string> VisualRoleWords = new(StringComparer.OrdinalIgnoreCase)
        { "photographer", "photo", "photos", "photography", "illustrator", "illustration", "graphics", "videographer", "video", "camera", "cameraman", "cartoonist" };

    /// <summary>A key that holds the article's own text or title (never read as a note).</summary>
    private static bool IsContentKey(string key) =>
        KeyWords().Matches(key).Any(w => ContentWords.Contains(w.Value));

    private static readonly HashSet<string> ContentWords = new(StringComparer.OrdinalIgnoreCase)
        { "title", "headline", "name", "summary", "description", "content", "body", "text", "html", "article", "abstract", "excerpt", "lead", "dek", "deck", "subtitle", "teaser", "caption" };

    private static readonly HashSet<string> NoteWords = new(StringComparer.OrdinalIgnoreCase)
        { "note", "notes", "notice", "notices", "disclosure", "disclosures", "disclaimer", "correction", "corrections", "provenance" };

    [GeneratedRegex(@"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex KeyWords();

    /// <summary>
    /// A feed's own title names the site its items come from ("Diari del Montseny — English edition"): offered as the
    /// outlet when the item names none.
    /// </summary>
    public static void FillFromFeed(JsonElement root, JsonElement article, ArticleDraft draft)
    {
        if (root.ValueKind != JsonValueKind.Object || root.Equals(article) || !ListKeys.Any(k => TryGet(root, k, out _))) return;
        if (FirstString(root, "title", "name", "site_name", "siteName") is { } title)
            draft.OfferOutlet(SiteNameInTitle(title, FirstString(root, "home_page_url", "link", "url")), OutletEvidence.Masthead);
        draft.Language ??= FirstString(root, "language", "inLanguage", "lang");
        // "Every item in this English-language feed is an automatic translation of our Catalan edition": the feed's own
        // description speaks for each item in it, as a site note speaks for each page.
        if (FirstString(root, "description", "subtitle") is { } about && NoteRecognizer.IsNote(about)) draft.AddNote(about);
    }

    /// <summary>
    /// The site's name in a feed title: the part the site's address spells ("Local – The Bajan Tide" at bajantide.example
    /// gives "The Bajan Tide"), else the title before a section or edition tail ("Diari del Montseny — English edition").
    /// </summary>
    private static string SiteNameInTitle(string title, string? homePage)
    {
        var host = Uri.TryCreate(homePage, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant() : null;
        if (host is not null)
            foreach (var part in FeedTitleSeparator().Split(title))
            {
                var letters = new string(part.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
                var core = letters.StartsWith("the", StringComparison.Ordinal) && letters.Length > 6 ? letters[3..] : letters;
                if (core.Length >= 4 && host.Replace("-", "", StringComparison.Ordinal).Contains(core, StringComparison.Ordinal)) return part.Trim();
            }
        return FeedTitleTail().Replace(title, "");
    }

    [GeneratedRegex(@"\s+[—–|:-]\s+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex FeedTitleSeparator();

    // "— English edition", " - English feed", ": latest news"
    [System.Text.RegularExpressions.GeneratedRegex(@"\s+[—–|:-]\s+.*$", System.Text.RegularExpressions.RegexOptions.None, Platform.Contracts.RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex FeedTitleTail();

    /// <summary>Keeps the earlier date, unless the new one is the same moment with its zone stated.</summary>
    private static DateMention? Prefer(DateMention? earlier, DateMention? candidate)
    {
        if (earlier is null) return candidate;
        if (candidate is null) return earlier;
        return earlier.Date.Zone is null && candidate.Date.Zone is not null && earlier.Date.Local == candidate.Date.Local ? candidate : earlier;
    }

    private static void AddPeople(JsonElement article, ArticleDraft draft, string role, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (!TryGet(article, key, out var value)) continue;
            var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
            foreach (var item in items) AddPerson(item, draft, role);
        }
    }

    private static void AddPerson(JsonElement item, ArticleDraft draft, string role)
    {
        if (item.ValueKind == JsonValueKind.String)
        {
            var s = item.GetString()!.Trim();
            if (s.Length == 0 || s.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return;
            // ("Rania Masarweh — translated from the Arabic by Omar Qudah": a " by " inside is a credit after a name)
            var parsed = (HasBylinePrefix(s) ? BylineParser.TryParse(s) : null) ?? BylineParser.TryParse("By " + s);
            if (parsed is not null)
            {
                foreach (var a in parsed.Authors) draft.AddAuthor(role == "reporter" ? a : a with { Role = role });
                if (parsed.Affiliation is not null) draft.OfferOutlet(parsed.Affiliation, OutletEvidence.BylineAffiliation);
            }
            else
            {
                draft.AddAuthor(new ArticleAuthor { Name = PersonNameCase.Normalize(s), Role = role });
            }
            return;
        }
        if (item.ValueKind != JsonValueKind.Object) return;
        var name = Text(item, "name") ?? JoinNames(item);
        if (string.IsNullOrWhiteSpace(name)) return;
        var type = Text(item, "@type") ?? "";
        var known = OutletDirectory.FindByName(name);
        var explicitRole = Text(item, "role")?.ToLowerInvariant();
        // A credit for pictures, graphics or video ("role": "photographer") names no writer of the text.
        if (explicitRole is not null && KeyWords().Matches(explicitRole).Any(w => VisualRoleWords.Contains(w.Value))) return;
        var finalRole = explicitRole is "reporter" or "translator" or "editor" or "agency" or "contributor" ? explicitRole
            : (type == "Organization" || type == "NewsMediaOrganization") && known is { IsAgency: true } ? "agency"
            : role;
        var email = Text(item, "email");
        if (email?.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) == true) email = email[7..];
        var obfuscated = email is not null && email.Contains("protected", StringComparison.OrdinalIgnoreCase);
        draft.AddAuthor(new ArticleAuthor
        {
            Name = finalRole == "agency" && known is not null ? known.Name : PersonNameCase.Normalize(name),
            Email = obfuscated ? null : email,
            EmailObfuscated = obfuscated,
            Role = finalRole,
            Affiliation = TryGet(item, "affiliation", out var aff) ? NameOf(aff) : TryGet(item, "worksFor", out var works) ? NameOf(works) : null,
        });
    }

    private static bool HasBylinePrefix(string s) =>
        s.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || s.StartsWith("reporter ", StringComparison.OrdinalIgnoreCase)
        || s.Contains(" by ", StringComparison.OrdinalIgnoreCase);

    private static string? JoinNames(JsonElement item)
    {
        var given = Text(item, "givenName");
        var family = Text(item, "familyName");
        return given is null && family is null ? null : $"{given} {family}".Trim();
    }

    /// <summary>
    /// A local time without a zone and the same moment in UTC beside it ("date": "2026-06-12T14:30:00", "date_gmt":
    /// "2026-06-12T18:30:00" in the WordPress REST API): the difference is the zone's offset.
    /// </summary>
    private static DateMention? WithGmtOffset(DateMention? local, JsonElement article, string gmtKey)
    {
        if (local is not { Date: { Zone: null, DateOnly: false } date } || DateOf(article, "gmt", gmtKey) is not { Date: { DateOnly: false } gmt }) return local;
        var minutes = (int)Math.Round((date.Local - gmt.Local).TotalMinutes);
        if (Math.Abs(minutes) > 14 * 60 || minutes % 15 != 0) return local;
        return local with { Date = date with { Zone = new StatedZone(gmtKey, minutes, null) } };
    }

    private static DateMention? DateOf(JsonElement article, string kind, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (!TryGet(article, key, out var value) || value.ValueKind != JsonValueKind.String) continue;
            var raw = value.GetString()!.Trim();
            if (DateTextParser.Parse(raw) is { } parsed) return new DateMention(kind, raw, parsed);
        }
        return null;
    }

    private static string? Url(JsonElement article)
    {
        foreach (var key in new[] { "url", "link", "canonical", "canonicalUrl", "mainEntityOfPage", "@id" })
        {
            if (!TryGet(article, key, out var value)) continue;
            var s = value.ValueKind == JsonValueKind.String ? value.GetString() : Text(value, "@id") ?? Text(value, "url");
            if (s is not null && s.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return s.Trim();
        }
        return null;
    }

    public static string? NameOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object => Text(value, "name") ?? Text(value, "legalName"),
        JsonValueKind.Array => value.EnumerateArray().Select(NameOf).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
        _ => null,
    };

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type)) return false;
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()) : [type.GetString()];
        return types.Any(t => t is not null && ArticleTypes.Contains(t, StringComparer.OrdinalIgnoreCase));
    }

    private static bool HasAny(JsonElement element, string[] keys) => keys.Any(k => TryGet(element, k, out _));

    private static string? FirstString(JsonElement element, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (!TryGet(element, key, out var v)) continue;
            if (v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())) return v.GetString();
            // (the WordPress REST API renders its text fields: "title": {"rendered": "Bridge reopens &#8212; at last"})
            if (Text(v, "rendered") is { } rendered && !string.IsNullOrWhiteSpace(rendered)) return System.Net.WebUtility.HtmlDecode(rendered);
        }
        return null;
    }

    private static string? Text(JsonElement element, string key) =>
        element.ValueKind == JsonValueKind.Object && TryGet(element, key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Case-insensitive property lookup.</summary>
    private static bool TryGet(JsonElement element, string key, out JsonElement value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.Object) return false;
        if (element.TryGetProperty(key, out value)) return value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);
        foreach (var p in element.EnumerateObject())
        {
            if (!string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase)) continue;
            value = p.Value;
            return value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);
        }
        return false;
    }

    // "Translation: ", "[Machine translation] ", "Translated from Turkish — ": a translation kicker before a title
    [GeneratedRegex(@"^\s*(?:\[[^\]]{0,40}?translat[^\]]{0,40}\]|\([^)]{0,40}?translat[^)]{0,40}\)|(?:Translation|Translated(?:\s+from\s+(?:the\s+)?\p{L}+)?)\s*[:|—–])\s*(?=\S)", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex TranslationKicker();

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
