namespace Platform.Ingest.Tests.Page;

/// <summary>Translation notes worded as a site's note or opened by an alert word, and a note in the page's footer.</summary>
public sealed class NoteFormsTests
{
    [Theory]
    [InlineData("This news was automatically translated from the original in Portuguese. The machine translation can differ from the original.")]
    [InlineData("Внимание! This material was translated from Russian with the help of a machine translation system.")]
    [InlineData("The English and Urdu editions of Harbour Lines are generated automatically by AI from our Arabic journalism.")]
    public void A_translation_note_between_headline_and_byline_is_a_note(string note)
    {
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\n" + note + "\nBy Ruth Adler\nJune 3, 2025\n" + PageDumps.Body);
        Assert.Contains(note, a.Notes);
    }

    [Fact]
    public void A_note_in_the_footer_after_other_items_speaks_for_the_page()
    {
        const string note = "The English and Urdu editions of Harbour Lines are generated automatically by AI from our Arabic journalism.";
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\nBy Ruth Adler\nJune 3, 2025\n" + PageDumps.Body +
                               "Most Read\n1\nFerry fares rise again in the spring\n2\nNew bus route links the two harbours\n" +
                               "Newsletter\nGet the morning's headlines in your inbox.\nSubscribe\n" + note +
                               "\nAbout us | Contact | Privacy policy\n© 2025 Harbour Lines. All rights reserved.\n");
        Assert.Contains(note, a.Notes);
    }

    [Fact]
    public void A_note_at_the_end_of_a_byline_line_is_split_off_and_the_credits_before_it_stay_together()
    {
        var a = PageDumps.Read("HARBOUR LINES\nPort Tallis closes its fish market\nRuth Adler · Harbour Weekly · Automatic translation, not reviewed\nJune 3, 2025\n" + PageDumps.Body);
        Assert.Contains("Automatic translation, not reviewed", a.Notes);
        Assert.Equal("Port Tallis closes its fish market", a.Headline);
    }

    [Theory]
    [InlineData("Original Guarani text: Lorena Arce · English rendering: Matías Rolón")]
    [InlineData("[Adapted for English readers from reporting in Inuktitut by Annie Kablu.]")]
    public void Credits_of_an_original_text_and_adaptations_for_readers_are_notes(string note) =>
        Assert.True(Platform.Ingest.Decoding.Text.NoteRecognizer.IsNote(note));
}
