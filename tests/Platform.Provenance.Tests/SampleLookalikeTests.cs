using Platform.Contracts;
using Platform.Provenance.Detection;

namespace Platform.Provenance.Tests;

/// <summary>The sample's disclosure shape on the invented look-alike's note: every part is read without the team folder.</summary>
public sealed class SampleLookalikeTests
{
    [Fact]
    public void The_lookalike_note_reads_as_an_edited_generative_ai_translation_from_the_named_outlet()
    {
        var body = "The Tallis government believes the harbour city's decision serves wider aims, an official said on Friday.\n\n" +
                   "\"The province has come to depend on our boats since the bridge closed,\" the official said.";
        var p = new TranslationProvenanceDetector().Detect(new ArticleDocument
        {
            Format = "text", Encoding = "utf-8", EncodingReason = "valid", Language = "en", Outlet = "Tallis Harbour Daily",
            Body = body,
            Notes = ["Translated from the Tallis Ilbo using generative AI and edited by Tallis Harbour Daily staff."],
        });
        Assert.True(p.IsTranslation);
        Assert.Equal("Tallis Ilbo", p.SourcePublication);
        Assert.Equal("generative-ai", p.Method);
        Assert.True(p.HumanEdited);
        Assert.Equal(["Tallis Harbour Daily staff"], p.Editors);
        Assert.Equal("article-translation", p.NoteKind);
    }
}
