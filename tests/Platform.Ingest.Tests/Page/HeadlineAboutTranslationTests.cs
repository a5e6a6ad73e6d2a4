using Platform.Ingest.Decoding.Text;

namespace Platform.Ingest.Tests.Page;

/// <summary>
/// A headline about AI or machine translation in the headline's place, and interface controls (a language drop-down) that
/// are not headlines. Invented outlets and people.
/// </summary>
public sealed class HeadlineAboutTranslationTests
{
    [Theory]
    [InlineData("Kampala publishers bet on AI translation. Their editors are not convinced.", true)]
    [InlineData("Translated with AI and reviewed by our editors.", false)]
    [InlineData("This article was machine translated from Luganda.", false)]
    public void A_line_that_is_a_note_only_for_naming_a_tool_with_translation_is_told_apart(string line, bool toolMentionOnly)
    {
        Assert.True(NoteRecognizer.IsNote(line));
        Assert.Equal(toolMentionOnly, NoteRecognizer.IsToolMentionOnly(line));
    }

    [Fact]
    public void A_headline_about_ai_translation_above_the_byline_is_the_headline_and_not_a_note()
    {
        var article = PageDumps.Read(
            "THE LAKESIDE LEDGER\nHome   Business   Culture   Sport\n🌐 Select language ▾  (automatic page translation is not reviewed by the Ledger)\n" +
            "CULTURE / BOOKS\nKampala publishers bet on AI translation. Their editors are not convinced.\nBy Grace Nakato\n2025-05-02 09:15\n" +
            "Three Kampala publishers now use AI translation for the Luganda and Swahili editions of their novels, cutting the time a book takes to reach readers from a year to a month.\n" +
            "\"The machine gives us a draft in a night,\" said Joseph Ssemwogerere, who runs one of the publishers. \"Our editors then spend a week making it sound like a person.\"\n" +
            "Editors who worked on the books say the week is not enough, and that the novels' jokes and proverbs are the first things the translation loses.\n");

        Assert.Equal("Kampala publishers bet on AI translation. Their editors are not convinced.", article.Headline);
        Assert.DoesNotContain(article.Notes, n => n.Contains("bet on AI translation", StringComparison.Ordinal));
    }
}
