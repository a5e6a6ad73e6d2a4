using Platform.Contracts;
using Platform.Provenance.Detection;

namespace Platform.Provenance.Tests;

/// <summary>
/// Notes that name this text as a language version of an original without any translation word ("Its English text was
/// drafted by an AI model and checked against the original", "English text: NAME", "From the Shona original in X"),
/// and the decoys that look like them. Invented outlets and people.
/// </summary>
public sealed class VersionOfOriginalTests
{
    private static readonly TranslationProvenanceDetector Detector = new();

    private const string Story =
        "The borehole committee in Chitate met on Saturday to set the water fee for the dry season.\n\n" +
        "\"We keep the pump running because we keep the books,\" said the treasurer, Ellen Chiwara.\n\n" +
        "The district office said it would send a mechanic in March.";

    private static TranslationProvenance Detect(IReadOnlyList<string> notes, string? outlet = null, IReadOnlyList<ArticleAuthor>? authors = null, string body = Story) =>
        Detector.Detect(new ArticleDocument
        {
            Format = "text", Encoding = "utf-8", EncodingReason = "valid", Language = "en", Body = body,
            Paragraphs = body.Split("\n\n"), Notes = notes, Outlet = outlet, Authors = authors ?? [], Removed = [],
        });

    [Theory]
    [InlineData("Editor's note: This report first ran in our sister weekly Dhow Times. Its English text was drafted by an AI language model and then checked against the original by the Muscat desk.", "generative-ai", "Dhow Times", null)]
    [InlineData("This English text was produced by automatic translation software from our Portuguese edition. Where the two versions differ, the Portuguese text prevails.", "machine", null, "pt")]
    [InlineData("From the Shona original in Nhau Yedu · English text: Rudo Kanengoni", "human", "Nhau Yedu", "sn")]
    [InlineData("* This English text follows Petrus Malan's original Afrikaans report.", "unknown", null, "af")]
    [InlineData("English by Joel Kaupa from the original story in Tok Pisin", "human", null, "tpi")]
    [InlineData("[What you are reading is an English edition of a report Miren Otxoa wrote for the Itsasaldea weekly.]", "unknown", "Itsasaldea", null)]
    public void A_text_named_as_a_language_version_of_an_original_is_a_translation(string note, string method, string? outlet, string? language)
    {
        var p = Detect([note], outlet: "Harbour Lines");
        Assert.True(p.IsTranslation);
        Assert.Equal(method, p.Method);
        if (outlet is not null) Assert.Equal(outlet, p.SourcePublication);
        if (language is not null) Assert.Equal(language, p.SourceLanguage);
    }

    [Fact]
    public void The_translator_of_a_version_credit_is_named()
    {
        var p = Detect(["From the Shona original in Nhau Yedu · English text: Rudo Kanengoni"]);
        Assert.Equal(["Rudo Kanengoni"], p.Translators);
    }

    [Fact]
    public void A_writer_named_before_the_original_is_not_its_outlet()
    {
        var p = Detect(["English by Joel Kaupa from Kila Mond's original story in Tok Pisin"],
            authors: [new ArticleAuthor { Name = "Kila Mond", Role = "reporter" }]);
        Assert.True(p.IsTranslation);
        Assert.Null(p.SourcePublication);
        Assert.Equal("tpi", p.SourceLanguage);
    }

    [Fact]
    public void A_version_in_another_language_is_a_pointer_not_a_translator_credit()
    {
        var p = Detect(["Korean version: https://news.example.kr/article/20250619"]);
        Assert.Empty(p.Translators);
        Assert.Equal("unknown", p.Method);
    }

    [Theory]
    // a book's English edition in the body of a review is the topic, not this text
    [InlineData("The English edition of the novel follows the original closely, the critic said, and keeps its Shona proverbs.")]
    // an English text that is the original of other versions
    [InlineData("This English text is the original; the isiZulu version was made from it by our partners.")]
    public void Versions_of_other_texts_and_statements_of_originality_are_not_translations(string sentence)
    {
        var body = Story + "\n\n" + sentence;
        Assert.NotEqual(true, Detect([], body: body).IsTranslation);
    }
}
