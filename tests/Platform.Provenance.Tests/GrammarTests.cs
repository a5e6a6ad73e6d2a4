using Platform.Provenance.Detection;

namespace Platform.Provenance.Tests;

/// <summary>The clause grammar on its own: each row combines parts in an order the corpus does not use.</summary>
public sealed class GrammarTests
{
    [Theory]
    [InlineData("Translated by Kenji Mori from the Japanese original; reviewed by the Osaka desk.", "ja", "human", null, "Kenji Mori", "Osaka desk")]
    [InlineData("Using DeepL, our staff translated this piece from German.", "de", "machine", "DeepL", "our staff", null)]
    [InlineData("Translation and editing: Ruth Adler", null, "human", null, "Ruth Adler", "Ruth Adler")]
    [InlineData("TRANSLATED FROM THE SPANISH BY LUCIA GOMEZ", "es", "human", null, "Lucia Gomez", null)]
    [InlineData("This report was rendered into English by an AI model; translated from Arabic, checked by Samir Aziz.", "ar", "generative-ai", null, null, "Samir Aziz")]
    [InlineData("Translators: Mei Lin and Tom Hart. Edited by Jo Baker.", null, "human", null, "Mei Lin|Tom Hart", "Jo Baker")]
    [InlineData("Translated with Naver's Papago and proofread by Choi Yu-na.", null, "machine", "Papago", null, "Choi Yu-na")]
    public void Reads_parts_of_a_note_in_any_order(string note, string? language, string method, string? tool, string? translators, string? editors)
    {
        var parsed = DisclosureParser.Parse(note, "en");
        Assert.Equal(language, parsed.SourceLanguageFromNote);
        Assert.Equal(method, parsed.Method);
        Assert.Equal(tool, parsed.Tool);
        Assert.Equal(translators?.Split('|') ?? [], parsed.Translators);
        Assert.Equal(editors?.Split('|') ?? [], parsed.Editors);
    }

    [Theory]
    [InlineData("This article was machine-translated and not reviewed.", false)]
    [InlineData("AI translation, without human review.", false)]
    [InlineData("Translated by AI; human-reviewed.", true)]
    [InlineData("Translated from the Korean.", null)]
    public void Reads_whether_people_reviewed_the_translation(string note, bool? expected)
    {
        Assert.Equal(expected, DisclosureParser.Parse(note, "en").HumanEdited);
    }

    [Theory]
    [InlineData("Translated from the JoongAng Ilbo.", "JoongAng Ilbo")]
    [InlineData("Translated from the German weekly Die Zeit.", "Die Zeit")]
    [InlineData("Adapted from a story that first ran in the Dong-A Ilbo.", "Dong-A Ilbo")]
    [InlineData("Translated from a report by the Lisbon Courier.", "Lisbon Courier")]
    [InlineData("Translated by Yonhap staff from the Korean.", null)]
    [InlineData("Translated from the Korean Central News Agency report by DeepL.", "Korean Central News Agency")]
    [InlineData("Translated from the German-language Der Standard with AI.", "Der Standard")]
    public void Finds_the_source_publication(string note, string? expected)
    {
        Assert.Equal(expected, DisclosureParser.Parse(note, "en").SourcePublication);
    }

    [Theory]
    [InlineData("Translated from the Korean Central News Agency report.", null)]
    [InlineData("Translated from the German-language Der Standard.", "de")]
    [InlineData("Translated from Brazilian Portuguese.", "pt-BR")]
    [InlineData("Translated into English from the original Japanese.", "ja")]
    [InlineData("This story first appeared in Mandarin on a Taipei news site.", "zh")]
    public void A_language_name_inside_an_outlet_name_is_not_the_source_language(string note, string? expected)
    {
        Assert.Equal(expected, DisclosureParser.Parse(note, "en").SourceLanguageFromNote);
    }

    [Theory]
    [InlineData("en", "ko", true, "en-t-ko")]
    [InlineData("en", "pt-BR", true, "en-t-pt-br")]
    [InlineData("en-GB", "de", true, "en-GB-t-de")]
    [InlineData("en", null, true, "en")]
    [InlineData("en", "ko", false, "en")]
    [InlineData(null, "ko", true, null)]
    public void Builds_transformed_content_language_tags(string? target, string? source, bool translation, string? expected)
    {
        Assert.Equal(expected, LanguageTags.Build(target, source, translation));
    }

    [Theory]
    [InlineData("Mr. Kim spoke. Then he left.", 2)]
    [InlineData("Folha de S.Paulo reported it. J. K. Lee agreed.", 2)]
    [InlineData("Translated by A | Edited by B", 2)]
    [InlineData("One line\nSecond line", 2)]
    public void Splits_sentences_without_breaking_abbreviations(string text, int expected)
    {
        Assert.Equal(expected, SentenceSplitter.Split(text).Count);
    }

    [Fact]
    public void Detector_is_thread_safe_and_deterministic()
    {
        var detector = new TranslationProvenanceDetector();
        var docs = CorpusCase.Load().Select(c => c.ToDocument()).ToList();
        var sequential = docs.Select(d => Summary(detector.Detect(d))).ToList();
        var parallel = new string[docs.Count];
        Parallel.For(0, docs.Count * 4, i => parallel[i % docs.Count] = Summary(detector.Detect(docs[i % docs.Count])));
        Assert.Equal(sequential, parallel);
    }

    private static string Summary(Platform.Contracts.TranslationProvenance p) =>
        $"{p.IsTranslation}|{p.NoteKind}|{p.SourcePublication}|{p.SourceLanguage}|{p.Method}|{p.Tool}|{string.Join(",", p.Editors)}|{string.Join(",", p.Translators)}|{p.Disclosure}|{p.AiAct?.Status}";
}
