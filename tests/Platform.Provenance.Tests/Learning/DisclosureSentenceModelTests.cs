using Platform.Contracts;
using Platform.Provenance.Detection;
using Platform.Provenance.Learning;

namespace Platform.Provenance.Tests.Learning;

/// <summary>
/// The learned disclosure-sentence model: its features, its trainer, its file format, and how the detector uses it (only
/// where no rule recognised a disclosure, never against a rule's quote credit or original statement). Invented outlets.
/// </summary>
public sealed class DisclosureSentenceModelTests
{
    private static readonly DisclosureSentenceFeatures.Position InNote = new(true, 0, 3, false, true);
    private static readonly DisclosureSentenceFeatures.Position MiddleParagraph = new(false, 4, 9, false, false);

    private const string Story =
        "The borehole committee in Chitate met on Saturday to set the water fee for the dry season.\n\n" +
        "\"We keep the pump running because we keep the books,\" said the treasurer, Ellen Chiwara.\n\n" +
        "The district office said it would send a mechanic in March.";

    private static ArticleDocument Page(params string[] notes) => new()
    {
        Format = "text", Encoding = "utf-8", EncodingReason = "valid", Language = "en", Body = Story,
        Notes = notes, Removed = [],
    };

    private static DisclosureSentenceModel Constant(double bias) => new(new Dictionary<string, double> { ["bias"] = bias }, "constant");

    [Fact]
    public void Features_name_the_position_the_word_classes_and_the_language_names_as_one_token()
    {
        var features = DisclosureSentenceFeatures.Of("Translated from the Polish by Ewa Nowak.", InNote, "en");

        Assert.Contains("where=note", features);
        Assert.Contains("translation-word", features);
        Assert.Contains("other-language", features);
        Assert.DoesNotContain("page-language", features);
        Assert.Contains("p=the_LANGUAGE", features);
        Assert.Contains("capitalised-pair", features);
        Assert.Contains("w=transl", features);
    }

    [Fact]
    public void A_language_named_is_the_pages_own_or_another_by_the_page_language()
    {
        var english = DisclosureSentenceFeatures.Of("This article was written in English.", MiddleParagraph, "en");
        var onSpanishPage = DisclosureSentenceFeatures.Of("This article was written in English.", MiddleParagraph, "es");

        Assert.Contains("page-language", english);
        Assert.DoesNotContain("other-language", english);
        Assert.Contains("other-language", onSpanishPage);
        Assert.Contains("where=middle", english);
    }

    [Fact]
    public void Training_separates_what_the_examples_separate_and_gives_the_same_model_twice()
    {
        var examples = Enumerable.Range(0, 200).Select(i => new DisclosureSentenceTrainer.Example(
            i % 10 == 0 ? ["bias", "w=rendered", "n" + i % 3] : ["bias", "w=council", "n" + i % 3], i % 10 == 0)).ToList();

        var first = DisclosureSentenceTrainer.Train(examples, "toy");
        var second = DisclosureSentenceTrainer.Train(examples, "toy");

        Assert.True(first.Probability(["bias", "w=rendered"]) > 0.9);
        Assert.True(first.Probability(["bias", "w=council"]) < 0.1);
        Assert.Equal(first.Probability(["bias", "w=rendered", "n1"]), second.Probability(["bias", "w=rendered", "n1"]));
    }

    [Fact]
    public void A_saved_model_loads_with_the_same_weights_and_description()
    {
        var model = new DisclosureSentenceModel(new Dictionary<string, double> { ["bias"] = -2.5, ["w=transl"] = 3.25 }, "two weights");
        var writer = new StringWriter();
        model.Save(writer);

        var loaded = DisclosureSentenceModel.Load(new StringReader(writer.ToString()));

        Assert.Equal("two weights", loaded.Description);
        Assert.Equal(model.Probability(["bias", "w=transl"]), loaded.Probability(["bias", "w=transl"]), 9);
    }

    [Fact]
    public void A_model_file_line_without_a_weight_is_a_format_error_naming_its_line()
    {
        var error = Assert.Throws<FormatException>(() => DisclosureSentenceModel.Load(new StringReader("# m\nbias\t-1\nw=oops\n")));

        Assert.Contains("line 3", error.Message);
    }

    [Fact]
    public void The_shipped_model_loads_and_says_what_it_was_trained_on()
    {
        var model = DisclosureSentenceModel.Default;

        Assert.True(model.FeatureCount > 1000);
        Assert.StartsWith("disclosure-sentence model: logistic regression", model.Description);
    }

    [Fact]
    public void The_shipped_model_scores_a_disclosure_above_an_ordinary_news_sentence()
    {
        var model = DisclosureSentenceModel.Default;
        var disclosure = model.Probability(DisclosureSentenceFeatures.Of("This article is an English edition of a report by Radio Kita.", InNote, "en"));
        var news = model.Probability(DisclosureSentenceFeatures.Of("The district office said it would send a mechanic in March.", MiddleParagraph, "en"));

        Assert.True(disclosure >= TranslationProvenanceDetector.LearnedThreshold);
        Assert.True(news < 0.05);
    }

    [Fact]
    public void A_sentence_only_the_model_recognises_is_a_translation_disclosure_said_to_be_learned()
    {
        const string note = "This article is an English edition of a report by Radio Kita.";

        var withModel = new TranslationProvenanceDetector().Detect(Page(note));
        var rulesOnly = new TranslationProvenanceDetector(Constant(-20)).Detect(Page(note));

        Assert.True(withModel.IsTranslation);
        Assert.Equal("Radio Kita", withModel.SourcePublication);
        Assert.Equal(TranslationMethods.Unknown, withModel.Method);
        Assert.Contains(withModel.Evidence, e => e.Kind == "learned-disclosure" && e.Text == note);
        Assert.True(withModel.Confidence <= 0.9);
        Assert.Null(rulesOnly.IsTranslation);
    }

    [Fact]
    public void A_model_that_says_yes_to_everything_below_the_higher_bar_still_finds_a_translation_on_a_page_no_rule_explained()
    {
        var provenance = new TranslationProvenanceDetector(Constant(Logit(0.9))).Detect(Page());

        Assert.True(provenance.IsTranslation);
        Assert.Contains(provenance.Evidence, e => e.Kind == "learned-disclosure");
    }

    [Theory]
    [InlineData("Ms Chiwara spoke through an interpreter.", NoteKinds.QuoteTranslation, null)]
    [InlineData("Listen to this article: the audio version is read by a synthetic voice.", NoteKinds.Audio, null)]
    [InlineData("This article was written in English by our Harare staff.", null, false)]
    public void The_model_never_overrules_a_rule_that_read_the_page_s_talk_of_language_as_something_else(string note, string? kind, bool? isTranslation)
    {
        var provenance = new TranslationProvenanceDetector(Constant(Logit(0.9))).Detect(Page(note));

        Assert.Equal(isTranslation, provenance.IsTranslation);
        if (kind is not null) Assert.Equal(kind, provenance.NoteKind);
        Assert.DoesNotContain(provenance.Evidence, e => e.Kind == "learned-disclosure");
    }

    [Fact]
    public void A_label_of_a_few_words_is_too_little_wording_for_the_model()
    {
        var provenance = new TranslationProvenanceDetector(Constant(Logit(0.9))).Detect(Page("English version") with { Body = "" });

        Assert.Null(provenance.IsTranslation);
    }

    private static double Logit(double p) => Math.Log(p / (1 - p));

    [Fact]
    public void A_rule_reading_of_a_translation_is_kept_whatever_the_model_says()
    {
        var provenance = new TranslationProvenanceDetector(Constant(-20)).Detect(Page("Translated from the Shona by Rudo Kanengoni."));

        Assert.True(provenance.IsTranslation);
        Assert.Equal("sn", provenance.SourceLanguage);
        Assert.DoesNotContain(provenance.Evidence, e => e.Kind == "learned-disclosure");
    }
}
