using System.Text.Json;
using Platform.Contracts;
using Platform.Provenance.Detection;
using Platform.Provenance.Exports;

namespace Platform.Provenance.Tests;

public sealed class ExportTests
{
    private static readonly TranslationProvenanceDetector Detector = new();

    private static (ArticleDocument Article, TranslationProvenance Provenance) Sample()
    {
        var article = SampleArticle.Load(noteInBody: false);
        return (article, Detector.Detect(article));
    }

    [TeamSharedFact]
    public void JsonLd_is_a_news_article_carrying_the_translation_facts()
    {
        var (article, p) = Sample();
        using var doc = JsonDocument.Parse(SchemaOrgJsonLdExporter.Export(article, p));
        var root = doc.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal(article.Headline, root.GetProperty("headline").GetString());
        Assert.Equal("2025-06-19T14:28:00+09:00", root.GetProperty("datePublished").GetString());
        Assert.Equal("en", root.GetProperty("inLanguage").GetString());
        Assert.Equal("Korea JoongAng Daily", root.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("Kim Eun-bin", root.GetProperty("author")[0].GetProperty("name").GetString());
        var original = root.GetProperty("translationOfWork");
        Assert.Equal("CreativeWork", original.GetProperty("@type").GetString());
        Assert.Equal("JoongAng Ilbo", original.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("ko", original.GetProperty("inLanguage").GetString());
        Assert.Equal("Korea JoongAng Daily staff", root.GetProperty("editor")[0].GetProperty("name").GetString());
        Assert.False(root.TryGetProperty("translator", out _));
        Assert.Equal(p.Disclosure, root.GetProperty("creditText").GetString());
        Assert.Equal("en-t-ko", root.GetProperty("identifier").GetProperty("value").GetString());
    }

    [Fact]
    public void JsonLd_names_human_translators_and_omits_translation_of_work_for_original_articles()
    {
        var translated = new CorpusCase
        {
            Name = "x",
            Article = new CorpusArticle { Notes = ["Translated from the German by Lena Vogt."] },
            Expect = new CorpusExpectation { AiActStatus = "" },
        }.ToDocument();
        using (var doc = JsonDocument.Parse(SchemaOrgJsonLdExporter.Export(translated, Detector.Detect(translated))))
        {
            var t = doc.RootElement.GetProperty("translator")[0];
            Assert.Equal("Person", t.GetProperty("@type").GetString());
            Assert.Equal("Lena Vogt", t.GetProperty("name").GetString());
            Assert.Equal("de", doc.RootElement.GetProperty("translationOfWork").GetProperty("inLanguage").GetString());
        }

        var original = translated with { Notes = [] };
        using var plain = JsonDocument.Parse(SchemaOrgJsonLdExporter.Export(original, Detector.Detect(original)));
        Assert.False(plain.RootElement.TryGetProperty("translationOfWork", out _));
        Assert.False(plain.RootElement.TryGetProperty("creditText", out _));
        Assert.Equal("en", plain.RootElement.GetProperty("inLanguage").GetString());
    }

    [TeamSharedFact]
    public void C2pa_manifest_lists_created_translated_and_edited_actions_for_the_sample()
    {
        var (article, p) = Sample();
        using var doc = JsonDocument.Parse(C2paManifestExporter.Export(article, p));
        var root = doc.RootElement;
        Assert.Equal("Platform", root.GetProperty("claim_generator").GetString());
        Assert.Equal(article.Headline, root.GetProperty("title").GetString());
        var assertion = root.GetProperty("assertions").EnumerateArray().Single(a => a.GetProperty("label").GetString() == "c2pa.actions");
        var actions = assertion.GetProperty("data").GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(["c2pa.created", "c2pa.translated", "c2pa.edited", "c2pa.published"], actions.Select(a => a.GetProperty("action").GetString()));

        var created = actions[0];
        Assert.Equal("JoongAng Ilbo", created.GetProperty("parameters").GetProperty("publisher").GetString());
        Assert.Equal("ko", created.GetProperty("parameters").GetProperty("language").GetString());

        var translated = actions[1];
        Assert.Equal("generative AI", translated.GetProperty("softwareAgent").GetProperty("name").GetString());
        Assert.Equal("http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia", translated.GetProperty("digitalSourceType").GetString());
        Assert.Equal("ko", translated.GetProperty("parameters").GetProperty("sourceLanguage").GetString());
        Assert.Equal("en", translated.GetProperty("parameters").GetProperty("targetLanguage").GetString());

        var edited = actions[2];
        Assert.Equal("http://cv.iptc.org/newscodes/digitalsourcetype/humanEdits", edited.GetProperty("digitalSourceType").GetString());
        Assert.Equal("Korea JoongAng Daily staff", edited.GetProperty("parameters").GetProperty("editors")[0].GetString());

        var reading = root.GetProperty("assertions").EnumerateArray().Single(a => a.GetProperty("label").GetString() == "org.platform.translation-provenance");
        Assert.Equal("AI involved, disclosed, human editorial control", reading.GetProperty("data").GetProperty("aiActStatus").GetString());
        Assert.Equal("en-t-ko", reading.GetProperty("data").GetProperty("languageTag").GetString());
    }

    [Fact]
    public void C2pa_manifest_names_the_tool_and_maps_human_translation_to_human_edits()
    {
        var machine = Doc("Translated from Kommersant with Google Translate.");
        using (var doc = JsonDocument.Parse(C2paManifestExporter.Export(machine, Detector.Detect(machine))))
        {
            var translated = Actions(doc).Single(a => a.GetProperty("action").GetString() == "c2pa.translated");
            Assert.Equal("Google Translate", translated.GetProperty("softwareAgent").GetProperty("name").GetString());
            Assert.Equal("ru", translated.GetProperty("parameters").GetProperty("sourceLanguage").GetString());
            Assert.DoesNotContain(Actions(doc), a => a.GetProperty("action").GetString() == "c2pa.edited");
        }

        var human = Doc("Translated from the German by Lena Vogt.");
        using (var doc = JsonDocument.Parse(C2paManifestExporter.Export(human, Detector.Detect(human))))
        {
            var translated = Actions(doc).Single(a => a.GetProperty("action").GetString() == "c2pa.translated");
            Assert.False(translated.TryGetProperty("softwareAgent", out _));
            Assert.Equal(C2paManifestExporter.HumanEdits, translated.GetProperty("digitalSourceType").GetString());
            Assert.Equal("Lena Vogt", translated.GetProperty("parameters").GetProperty("translators")[0].GetString());
        }
    }

    [Fact]
    public void C2pa_manifest_of_an_original_article_has_no_translation_step()
    {
        var original = Doc(null);
        using var doc = JsonDocument.Parse(C2paManifestExporter.Export(original, Detector.Detect(original)));
        var actions = Actions(doc).Select(a => a.GetProperty("action").GetString()).ToList();
        Assert.Equal(["c2pa.created", "c2pa.published"], actions);
        Assert.Equal("Harbour Post", Actions(doc)[0].GetProperty("parameters").GetProperty("publisher").GetString());
    }

    [Fact]
    public void Exports_escape_markup_so_json_ld_can_sit_in_a_script_tag()
    {
        var article = Doc("Translated by </script><b>Eve</b>.") with { Headline = "A <b>bold</b> headline" };
        var json = SchemaOrgJsonLdExporter.Export(article, Detector.Detect(article));
        Assert.DoesNotContain("</script>", json);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("A <b>bold</b> headline", doc.RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void Exports_keep_non_latin_text_readable()
    {
        var article = Doc("Translated from English by Park Ji-won.") with { Headline = "항구 야간 버스 연장", Language = "ko" };
        var p = Detector.Detect(article);
        Assert.Contains("항구 야간 버스 연장", SchemaOrgJsonLdExporter.Export(article, p));
        Assert.Contains("항구 야간 버스 연장", C2paManifestExporter.Export(article, p));
    }

    private static ArticleDocument Doc(string? note) => new CorpusCase
    {
        Name = "export",
        Article = new CorpusArticle { Notes = note is null ? [] : [note] },
        Expect = new CorpusExpectation { AiActStatus = "" },
    }.ToDocument();

    private static List<JsonElement> Actions(JsonDocument doc) => doc.RootElement.GetProperty("assertions").EnumerateArray()
        .Single(a => a.GetProperty("label").GetString() == "c2pa.actions").GetProperty("data").GetProperty("actions").EnumerateArray().ToList();
}
