using Platform.Contracts;
using Platform.Provenance.Detection;

namespace Platform.Provenance.Tests;

public sealed class InputShapeTests
{
    private static readonly TranslationProvenanceDetector Detector = new();

    [Fact]
    public void Finds_a_body_disclosure_when_ingest_gave_no_paragraph_list()
    {
        const string body = "The council met on Tuesday.\n\nIt approved the plan.\n\nTranslated from the German by Lena Vogt.";
        var p = Detector.Detect(new ArticleDocument { Format = "text", Encoding = "utf-8", EncodingReason = "bom", Language = "en", Body = body });
        Assert.True(p.IsTranslation);
        var e = Assert.Single(p.Evidence, x => x.Kind == "disclosure");
        Assert.Equal("body", e.Location);
        Assert.Equal("Translated from the German by Lena Vogt.", body[e.Start..e.End]);
    }

    [Fact]
    public void Empty_article_gives_an_empty_reading()
    {
        var p = Detector.Detect(new ArticleDocument { Format = "text", Encoding = "utf-8", EncodingReason = "bom", Body = "", Notes = ["", "   "] });
        Assert.Null(p.IsTranslation);
        Assert.Null(p.NoteKind);
        Assert.Null(p.TargetLanguage);
        Assert.Null(p.LanguageTag);
        Assert.Equal("no AI involvement stated", p.AiAct!.Status);
        Assert.Equal(TranslationProvenanceDetector.Version, p.DetectorVersion);
    }

    [Fact]
    public void Note_index_points_at_the_note_that_holds_the_disclosure()
    {
        var doc = new ArticleDocument
        {
            Format = "text",
            Encoding = "utf-8",
            EncodingReason = "bom",
            Language = "en",
            Body = "The council met.",
            Notes = ["Correction: an earlier version misspelled the mayor's name.", "This article was translated from Dutch by Pieter de Vries."],
        };
        var p = Detector.Detect(doc);
        var e = Assert.Single(p.Evidence, x => x.Kind == "disclosure");
        Assert.Equal(1, e.NoteIndex);
        Assert.Equal("nl", p.SourceLanguage);
    }

    [Fact]
    public void A_header_and_a_footer_note_are_merged_into_one_reading()
    {
        var doc = new CorpusCase
        {
            Name = "merge",
            Article = new CorpusArticle { Before = ["Translated with DeepL and edited by the Harbour Post desk."], After = ["The original article appeared in Le Figaro."] },
            Expect = new CorpusExpectation { AiActStatus = "" },
        }.ToDocument();
        var p = Detector.Detect(doc);
        Assert.True(p.IsTranslation);
        Assert.Equal("DeepL", p.Tool);
        Assert.Equal("Le Figaro", p.SourcePublication);
        Assert.Equal("fr", p.SourceLanguage);
        Assert.Equal(2, p.Evidence.Count(x => x.Kind == "disclosure"));
    }

    [Fact]
    public void A_note_kept_both_in_notes_and_in_the_body_is_disclosed_once()
    {
        const string note = "Translated from the German by Lena Vogt.";
        var doc = new ArticleDocument
        {
            Format = "text",
            Encoding = "utf-8",
            EncodingReason = "bom",
            Language = "en",
            Body = "The council met.\n\n" + note,
            Notes = [note],
        };
        var p = Detector.Detect(doc);
        Assert.Equal(note, p.Disclosure);
        Assert.Equal(["Lena Vogt"], p.Translators);
    }

    [Fact]
    public void A_translator_credited_in_the_byline_makes_a_human_translation()
    {
        var doc = new ArticleDocument
        {
            Format = "text",
            Encoding = "utf-8",
            EncodingReason = "bom",
            Language = "en",
            Body = "The council met.",
            Authors = [new ArticleAuthor { Name = "Kim Eun-bin", Role = "reporter" }, new ArticleAuthor { Name = "Lena Vogt", Role = "translator" }],
        };
        var p = Detector.Detect(doc);
        Assert.True(p.IsTranslation);
        Assert.Equal("human", p.Method);
        Assert.Equal(["Lena Vogt"], p.Translators);
        Assert.Equal("byline", Assert.Single(p.Evidence).Location);
        Assert.Equal("human translation", p.AiAct!.Status);
    }

    [Fact]
    public void Tolerates_null_lists_from_a_deserialized_message()
    {
        var doc = new ArticleDocument
        {
            Format = "text",
            Encoding = "utf-8",
            EncodingReason = "bom",
            Language = "en",
            Body = "The council met.",
            Notes = null!,
            Authors = null!,
            Removed = null!,
        };
        var p = Detector.Detect(doc);
        Assert.Null(p.IsTranslation);
        Assert.Equal("en", p.LanguageTag);
    }
}
