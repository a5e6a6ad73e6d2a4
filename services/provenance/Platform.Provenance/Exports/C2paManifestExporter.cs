using System.Text.Json.Nodes;
using Platform.Contracts;
using Platform.Provenance.Detection;

namespace Platform.Provenance.Exports;

/// <summary>
/// Writes a C2PA-style sidecar manifest (JSON) for a text article: C2PA cannot embed a manifest in plain text.
/// One <c>c2pa.actions</c> assertion lists, in order:
/// <list type="number">
/// <item><c>c2pa.created</c> — the original, by the source publication (<c>parameters.publisher</c>) in the source language
/// (<c>parameters.language</c>); for an article that is not a translation, by the outlet in the article's language.</item>
/// <item><c>c2pa.translated</c> (translations only) — <c>parameters.sourceLanguage</c>/<c>targetLanguage</c> (BCP 47).
/// <c>softwareAgent.name</c> is the named tool, else "generative AI" or "machine translation"; it is omitted for a human or unknown means.
/// <c>digitalSourceType</c>: generative-ai and machine => IPTC <c>trainedAlgorithmicMedia</c> (today's machine translation
/// engines are neural models trained on sampled text; IPTC has no term of its own for machine translation);
/// human => <c>humanEdits</c>; unknown => omitted. Named translators go in <c>parameters.translators</c>.</item>
/// <item><c>c2pa.edited</c> (when people edited or reviewed the translation) — <c>digitalSourceType</c> <c>humanEdits</c>,
/// <c>parameters.editors</c>.</item>
/// <item><c>c2pa.published</c> — by the outlet, <c>when</c> = publication time.</item>
/// </list>
/// A second assertion, <c>org.platform.translation-provenance</c>, carries the detector's reading (disclosure text,
/// method, language tag, AI Act status) so a reader of the sidecar sees the evidence the actions rest on.
/// </summary>
public static class C2paManifestExporter
{
    public const string DigitalSourceTypeBase = "http://cv.iptc.org/newscodes/digitalsourcetype/";
    public const string TrainedAlgorithmicMedia = DigitalSourceTypeBase + "trainedAlgorithmicMedia";
    public const string HumanEdits = DigitalSourceTypeBase + "humanEdits";

    public static string Export(ArticleDocument article, TranslationProvenance p)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(p);
        var actions = new JsonArray();
        var translation = p.IsTranslation == true;

        var created = new JsonObject { ["action"] = "c2pa.created" };
        var createdBy = translation ? p.SourcePublication : article.Outlet;
        var createdLanguage = translation ? p.SourceLanguage : p.TargetLanguage ?? article.Language;
        if (createdBy is not null) created["description"] = $"Original created by {createdBy}";
        var createdParameters = new JsonObject();
        JsonOutput.AddIfNotNull(createdParameters, "publisher", createdBy);
        JsonOutput.AddIfNotNull(createdParameters, "language", createdLanguage);
        if (createdParameters.Count > 0) created["parameters"] = createdParameters;
        actions.Add(created);

        if (translation)
        {
            var translated = new JsonObject { ["action"] = "c2pa.translated" };
            var agent = p.Tool ?? p.Method switch
            {
                TranslationMethods.GenerativeAi => "generative AI",
                TranslationMethods.Machine => "machine translation",
                _ => null,
            };
            if (agent is not null) translated["softwareAgent"] = new JsonObject { ["name"] = agent };
            var sourceType = p.Method switch
            {
                TranslationMethods.GenerativeAi or TranslationMethods.Machine => TrainedAlgorithmicMedia,
                TranslationMethods.Human => HumanEdits,
                _ => null,
            };
            if (sourceType is not null) translated["digitalSourceType"] = sourceType;
            JsonOutput.AddIfNotNull(translated, "description", p.Disclosure);
            var parameters = new JsonObject();
            JsonOutput.AddIfNotNull(parameters, "sourceLanguage", p.SourceLanguage);
            JsonOutput.AddIfNotNull(parameters, "targetLanguage", p.TargetLanguage);
            JsonOutput.AddIfNotNull(parameters, "method", p.Method);
            if (p.Translators.Count > 0) parameters["translators"] = JsonOutput.Strings(p.Translators);
            translated["parameters"] = parameters;
            actions.Add(translated);

            if (p.HumanEdited == true)
            {
                var edited = new JsonObject
                {
                    ["action"] = "c2pa.edited",
                    ["digitalSourceType"] = HumanEdits,
                    ["parameters"] = new JsonObject { ["editors"] = JsonOutput.Strings(p.Editors) },
                };
                actions.Add(edited);
            }
        }

        if (article.Outlet is not null || article.Published is not null)
        {
            var published = new JsonObject { ["action"] = "c2pa.published" };
            JsonOutput.AddIfNotNull(published, "when", article.Published?.ToIso8601());
            if (article.Outlet is not null) published["parameters"] = new JsonObject { ["publisher"] = article.Outlet };
            actions.Add(published);
        }

        var reading = new JsonObject
        {
            ["isTranslation"] = p.IsTranslation,
            ["noteKind"] = p.NoteKind,
            ["disclosure"] = p.Disclosure,
            ["method"] = p.Method,
            ["tool"] = p.Tool,
            ["humanEdited"] = p.HumanEdited,
            ["languageTag"] = p.LanguageTag,
            ["aiActStatus"] = p.AiAct?.Status,
            ["confidence"] = p.Confidence,
            ["detectorVersion"] = p.DetectorVersion,
        };

        var root = new JsonObject
        {
            ["claim_generator"] = "Platform",
            ["claim_generator_info"] = new JsonArray(new JsonObject { ["name"] = "Platform", ["version"] = p.DetectorVersion ?? TranslationProvenanceDetector.Version }),
        };
        if (article.Headline is not null) root["title"] = article.Headline;
        root["format"] = "text/plain";
        root["assertions"] = new JsonArray(
            new JsonObject { ["label"] = "c2pa.actions", ["data"] = new JsonObject { ["actions"] = actions } },
            new JsonObject { ["label"] = "org.platform.translation-provenance", ["data"] = reading });
        return JsonOutput.Write(root);
    }
}
