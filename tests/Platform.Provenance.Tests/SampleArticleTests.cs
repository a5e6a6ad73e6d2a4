using Platform.Provenance.Detection;

namespace Platform.Provenance.Tests;

public sealed class SampleArticleTests
{
    private const string Note = "Translated from the JoongAng Ilbo using generative AI and edited by Korea JoongAng Daily staff.";

    [TeamSharedTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_sample_translation_note_whether_split_off_or_left_in_body(bool noteInBody)
    {
        Assert.True(SampleArticle.Exists, $"sample not found at {SampleArticle.PathToSample}");
        var article = SampleArticle.Load(noteInBody);
        var p = new TranslationProvenanceDetector().Detect(article);

        Assert.True(p.IsTranslation);
        Assert.Equal("article-translation", p.NoteKind);
        Assert.Equal("JoongAng Ilbo", p.SourcePublication);
        Assert.Equal("ko", p.SourceLanguage);
        Assert.Equal("outlet-table", p.SourceLanguageBasis);
        Assert.Equal("en", p.TargetLanguage);
        Assert.Equal("en-t-ko", p.LanguageTag);
        Assert.Equal("generative-ai", p.Method);
        Assert.Null(p.Tool);
        Assert.True(p.HumanEdited);
        Assert.Equal(["Korea JoongAng Daily staff"], p.Editors);
        Assert.Empty(p.Translators);
        Assert.Equal(Note, p.Disclosure);
        Assert.Null(p.Suspicion);
        Assert.Equal("provenance-1.0", p.DetectorVersion);
        Assert.InRange(p.Confidence, 0.9, 1.0);

        Assert.NotNull(p.AiAct);
        Assert.Equal("AI involved, disclosed, human editorial control", p.AiAct!.Status);
        Assert.True(p.AiAct.AiInvolved);
        Assert.True(p.AiAct.Disclosed);
        Assert.True(p.AiAct.HumanReview);
        Assert.Equal("Korea JoongAng Daily staff", p.AiAct.EditorialResponsibility);

        var disclosure = Assert.Single(p.Evidence, e => e.Kind == "disclosure");
        Assert.Equal(noteInBody ? "body" : "note", disclosure.Location);
        Assert.Equal(noteInBody ? null : 0, disclosure.NoteIndex);
        var container = noteInBody ? article.Body : article.Notes[0];
        Assert.Equal(Note, container[disclosure.Start..disclosure.End]);
        var editing = Assert.Single(p.Evidence, e => e.Kind == "human-editing");
        Assert.Equal("edited by Korea JoongAng Daily staff", editing.Text);
    }

    [TeamSharedFact]
    public void Sample_body_alone_raises_no_suspicion()
    {
        var article = SampleArticle.Load(noteInBody: false) with { Notes = [] };
        var p = new TranslationProvenanceDetector().Detect(article);
        Assert.Null(p.IsTranslation);
        Assert.Null(p.NoteKind);
        Assert.Null(p.Suspicion);
        Assert.Equal("no AI involvement stated", p.AiAct!.Status);
    }
}
