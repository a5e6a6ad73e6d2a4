using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Provenance.Exports;

/// <summary>
/// Writes a schema.org <c>NewsArticle</c> as JSON-LD carrying the translation provenance.
/// <list type="bullet">
/// <item><c>headline</c>, <c>url</c>, <c>datePublished</c>/<c>dateModified</c> (ISO 8601, with offset when known), <c>author</c> from the byline.</item>
/// <item><c>inLanguage</c>: the article's (target) language as plain BCP 47 ("en"); the RFC 6497 form ("en-t-ko") is kept in
/// <c>identifier</c> as a PropertyValue named "languageTag", since most consumers of <c>inLanguage</c> do not parse "-t-".</item>
/// <item><c>publisher</c>: the outlet (Organization).</item>
/// <item><c>translator</c>: the named human translators (Person, or Organization for "staff"/"desk"/"newsroom"-like names).
/// Tools and AI are not put into <c>translator</c> (its range is Person/Organization); they appear in the disclosure text.</item>
/// <item><c>editor</c>: the named editors of the translation.</item>
/// <item><c>translationOfWork</c>: a CreativeWork with <c>publisher</c> = source publication and <c>inLanguage</c> = source language.</item>
/// <item><c>creditText</c>: the disclosure as written. creditText ("text that can be used to credit persons and/or organizations
/// associated with a creative work") fits a translation credit better than <c>description</c>, which belongs to the article's summary.</item>
/// </list>
/// Fields the record does not know are omitted, not written as null.
/// </summary>
public static class SchemaOrgJsonLdExporter
{
    private static readonly Regex OrganizationLike = new(
        @"\b(?:staff|desk|newsroom|team|bureau|editors|editorial|service|agency|department|section|Daily|Ilbo|Times|News|Post)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    public static string Export(ArticleDocument article, TranslationProvenance p)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(p);
        var o = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
        };
        JsonOutput.AddIfNotNull(o, "headline", article.Headline);
        JsonOutput.AddIfNotNull(o, "url", article.Url);
        JsonOutput.AddIfNotNull(o, "datePublished", article.Published?.ToIso8601());
        JsonOutput.AddIfNotNull(o, "dateModified", article.Modified?.ToIso8601());
        JsonOutput.AddIfNotNull(o, "inLanguage", p.TargetLanguage ?? article.Language);
        JsonOutput.AddIfNotNull(o, "dateline", article.Dateline);

        var authors = article.Authors.Where(a => a.Role is "reporter" or "contributor" or "agency")
            .Select(a => (JsonNode)Agent(a.Name, a.Role == "agency")).ToArray();
        if (authors.Length > 0) o["author"] = new JsonArray(authors);
        if (!string.IsNullOrWhiteSpace(article.Outlet))
            o["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = article.Outlet };

        var translators = p.Translators.Concat(article.Authors.Where(a => a.Role == "translator").Select(a => a.Name))
            .Distinct(StringComparer.OrdinalIgnoreCase).Select(n => (JsonNode)Agent(n, null)).ToArray();
        if (translators.Length > 0) o["translator"] = new JsonArray(translators);
        var editors = p.Editors.Concat(article.Authors.Where(a => a.Role == "editor").Select(a => a.Name))
            .Distinct(StringComparer.OrdinalIgnoreCase).Select(n => (JsonNode)Agent(n, null)).ToArray();
        if (editors.Length > 0) o["editor"] = new JsonArray(editors);

        if (p.IsTranslation == true && (p.SourcePublication is not null || p.SourceLanguage is not null))
        {
            var original = new JsonObject { ["@type"] = "CreativeWork" };
            if (p.SourcePublication is not null)
                original["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = p.SourcePublication };
            JsonOutput.AddIfNotNull(original, "inLanguage", p.SourceLanguage);
            o["translationOfWork"] = original;
        }
        if (p.LanguageTag is not null && p.LanguageTag.Contains("-t-", StringComparison.Ordinal))
            o["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["name"] = "languageTag", ["value"] = p.LanguageTag };
        JsonOutput.AddIfNotNull(o, "creditText", p.Disclosure);
        return JsonOutput.Write(o);
    }

    private static JsonObject Agent(string name, bool? organization)
    {
        var isOrganization = organization ?? (OrganizationLike.IsMatch(name) || name.StartsWith("our ", StringComparison.OrdinalIgnoreCase));
        return new JsonObject { ["@type"] = isOrganization ? "Organization" : "Person", ["name"] = name };
    }
}
