using System.Text.Encodings.Web;
using System.Text.Json;
using Platform.Contracts;
using Platform.Storage.Persistence;

namespace Platform.Storage.Queries;

/// <summary>What a JSON line says about the file or submission before the article: outcome, reason and ids.</summary>
public sealed record ArticleLineHead(
    string? File, string Status, string? Reason, string? Detail, string? SubmissionId, Guid? ArticleId, Guid? DuplicateOf);

/// <summary>
/// The stable JSON contract of <c>process --json</c> (and <c>show</c>, and the API's article): one line per file or
/// article, every key present on every line (null or empty where not applicable). Extended only by adding keys.
/// </summary>
public static class ArticleJsonLine
{
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ArticleLineHead head, StoredArticle? stored)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(w, head, stored);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter w, ArticleLineHead r, StoredArticle? stored)
    {
        var article = stored?.Article;
        var provenance = stored?.Provenance;
        var extraction = stored?.Extraction;

        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SchemaVersion);
        w.WriteString("file", r.File);
        w.WriteString("status", r.Status);
        w.WriteString("reason", r.Reason);
        w.WriteString("detail", r.Detail);
        w.WriteString("submissionId", r.SubmissionId);
        WriteGuid(w, "articleId", r.ArticleId);
        WriteGuid(w, "duplicateOf", r.DuplicateOf);
        w.WriteString("format", article?.Format);
        w.WriteString("encoding", article?.Encoding);
        w.WriteString("outlet", article?.Outlet);
        w.WriteString("url", article?.Url);
        w.WriteString("headline", article?.Headline);
        w.WriteString("published", article?.Published?.ToIso8601());
        w.WriteString("publishedRaw", article?.Published?.Raw);
        w.WriteString("publishedOffsetSource", article?.Published?.OffsetSource ?? (article is null ? null : "none"));
        w.WriteString("language", article?.Language);
        WriteAuthors(w, article);
        w.WriteString("body", article?.Body);
        WriteStrings(w, "notes", article?.Notes);
        WriteProvenance(w, provenance);
        WriteEntities(w, extraction);
        WriteDates(w, extraction);
        WriteQuantities(w, extraction);
        WriteQuotes(w, extraction);
        // Added after schema 1's first keys (additive only).
        w.WriteString("encodingReason", article?.EncodingReason);
        w.WriteString("dateline", article?.Dateline);
        WriteExtractionStatus(w, extraction);
        w.WriteString("updated", article?.Modified?.ToIso8601());
        WriteStrings(w, "warnings", article?.Warnings);
        WriteFieldEvidence(w, article);
        w.WriteEndObject();
    }

    private static void WriteFieldEvidence(Utf8JsonWriter w, ArticleDocument? article)
    {
        w.WriteStartObject("fieldEvidence");
        foreach (var (field, evidence) in (article?.FieldEvidence ?? new Dictionary<string, FieldEvidence>()).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            w.WriteStartObject(field);
            w.WriteString("source", evidence.Source);
            w.WriteString("rule", evidence.Rule);
            w.WriteNumber("confidence", evidence.Confidence);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteGuid(Utf8JsonWriter w, string name, Guid? value)
    {
        if (value is { } g)
        {
            w.WriteString(name, g.ToString("D"));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string>? values)
    {
        w.WriteStartArray(name);
        foreach (var value in values ?? [])
        {
            w.WriteStringValue(value);
        }
        w.WriteEndArray();
    }

    private static void WriteAuthors(Utf8JsonWriter w, ArticleDocument? article)
    {
        w.WriteStartArray("authors");
        foreach (var a in article?.Authors ?? [])
        {
            w.WriteStartObject();
            w.WriteString("name", a.Name);
            w.WriteString("email", a.Email);
            w.WriteBoolean("emailObfuscated", a.EmailObfuscated);
            w.WriteString("role", a.Role);
            w.WriteString("affiliation", a.Affiliation);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteProvenance(Utf8JsonWriter w, TranslationProvenance? p)
    {
        if (p is null)
        {
            w.WriteNull("provenance");
            return;
        }
        w.WriteStartObject("provenance");
        WriteNullableBool(w, "isTranslation", p.IsTranslation);
        w.WritePropertyName("suspicion");
        JsonSerializer.Serialize(w, p.Suspicion, ArticleJson.Output);
        w.WriteString("sourcePublication", p.SourcePublication);
        w.WriteString("sourceLanguage", p.SourceLanguage);
        w.WriteString("languageTag", p.LanguageTag);
        w.WriteString("method", p.Method);
        WriteNullableBool(w, "humanEdited", p.HumanEdited);
        WriteStrings(w, "editors", p.Editors);
        WriteStrings(w, "translators", p.Translators);
        w.WriteString("disclosure", p.Disclosure);
        w.WriteString("targetLanguage", p.TargetLanguage);
        w.WriteString("sourceLanguageBasis", p.SourceLanguageBasis);
        w.WriteString("tool", p.Tool);
        w.WriteString("noteKind", p.NoteKind);
        w.WriteNumber("confidence", p.Confidence);
        w.WritePropertyName("evidence");
        JsonSerializer.Serialize(w, p.Evidence, ArticleJson.Output);
        w.WritePropertyName("aiAct");
        JsonSerializer.Serialize(w, p.AiAct, ArticleJson.Output);
        w.WriteString("detectorVersion", p.DetectorVersion);
        w.WriteEndObject();
    }

    private static void WriteNullableBool(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } b)
        {
            w.WriteBoolean(name, b);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteEntities(Utf8JsonWriter w, ArticleExtraction? extraction)
    {
        w.WriteStartArray("entities");
        var rows = (extraction?.Entities ?? [])
            .SelectMany(e => e.Mentions.Where(m => m.MentionKind == "name").Select(m => (Entity: e, Mention: m)))
            .OrderBy(x => x.Mention.Start).ThenBy(x => x.Mention.End);
        foreach (var (entity, mention) in rows)
        {
            w.WriteStartObject();
            w.WriteString("type", entity.Type);
            w.WriteString("text", mention.Text);
            w.WriteNumber("start", mention.Start);
            w.WriteNumber("end", mention.End);
            w.WriteString("canonical", entity.Canonical);
            w.WriteString("mentionKind", mention.MentionKind);
            w.WriteString("role", mention.Role ?? entity.Role);
            w.WriteString("entityId", entity.Id);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteDates(Utf8JsonWriter w, ArticleExtraction? extraction)
    {
        w.WriteStartArray("dates");
        foreach (var d in extraction?.Dates ?? [])
        {
            w.WriteStartObject();
            w.WriteString("text", d.Text);
            w.WriteNumber("start", d.Start);
            w.WriteNumber("end", d.End);
            w.WriteString("resolved", d.Resolved);
            w.WriteString("kind", d.Kind);
            w.WriteString("anchor", d.Anchor);
            if (d.Source is not null) w.WriteString("source", d.Source);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteQuantities(Utf8JsonWriter w, ArticleExtraction? extraction)
    {
        w.WriteStartArray("quantities");
        foreach (var q in extraction?.Quantities ?? [])
        {
            w.WriteStartObject();
            w.WriteString("text", q.Text);
            w.WriteNumber("start", q.Start);
            w.WriteNumber("end", q.End);
            if (q.Value is { } v && double.IsFinite(v))
            {
                w.WriteNumber("value", v);
            }
            else
            {
                w.WriteNull("value");
            }
            w.WriteString("unit", q.Unit);
            w.WriteBoolean("approximate", q.Approximate);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter w, ArticleExtraction? extraction)
    {
        w.WriteStartArray("quotes");
        foreach (var q in extraction?.Quotes ?? [])
        {
            w.WriteStartObject();
            w.WriteString("speaker", q.Speaker);
            w.WriteString("text", q.Text);
            w.WriteNumber("start", q.Start);
            w.WriteNumber("end", q.End);
            w.WriteString("verb", q.Verb);
            w.WriteNumber("confidence", q.Confidence);
            w.WriteBoolean("translated", q.Translated);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteExtractionStatus(Utf8JsonWriter w, ArticleExtraction? extraction)
    {
        if (extraction is null)
        {
            w.WriteNull("extraction");
            return;
        }
        w.WriteStartObject("extraction");
        w.WriteBoolean("attempted", extraction.Attempted);
        w.WriteString("notAttemptedReason", extraction.NotAttemptedReason);
        w.WriteString("extractorVersion", extraction.ExtractorVersion);
        w.WriteEndObject();
    }
}
