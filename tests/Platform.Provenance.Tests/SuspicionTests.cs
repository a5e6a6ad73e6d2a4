using Platform.Contracts;
using Platform.Provenance.Detection;

namespace Platform.Provenance.Tests;

public sealed class SuspicionTests
{
    private static ArticleDocument Article(string body, string? language = "en", IReadOnlyList<string>? notes = null, IReadOnlyList<RemovedText>? removed = null) => new()
    {
        Format = "text",
        Encoding = "utf-8",
        EncodingReason = "valid-utf8",
        Language = language,
        Headline = "Port plan advances",
        Body = body,
        Notes = notes ?? [],
        Removed = removed ?? [],
    };

    [Fact]
    public void Hangul_left_in_running_english_text_is_a_suspicion_pointing_to_korean()
    {
        var body = "The ministry said the 긴급 지원 package would reach farmers first.\n\nOfficials gave no figure for the cost.";
        var p = new TranslationProvenanceDetector().Detect(Article(body));
        Assert.Null(p.IsTranslation);
        Assert.NotNull(p.Suspicion);
        Assert.Equal("ko", p.Suspicion!.SuspectedSourceLanguage);
        var signal = Assert.Single(p.Suspicion.Signals);
        Assert.Equal("foreign-script", signal.Kind);
        Assert.Equal("긴급 지원", signal.Text);
        Assert.Equal(signal.Text, body[signal.Start..signal.End]);
        Assert.Equal("AI involvement not disclosed", p.AiAct!.Status);
    }

    [Fact]
    public void Kana_in_an_english_body_points_to_japanese()
    {
        var body = "The shop sells onigiri, which staff call おにぎり on the menu board, and green tea.";
        var s = SuspicionDetector.Detect(null, body, "en");
        Assert.NotNull(s);
        Assert.Equal("ja", s!.SuspectedSourceLanguage);
    }

    [Fact]
    public void One_name_gloss_in_brackets_is_too_weak_to_report()
    {
        Assert.Null(SuspicionDetector.Detect(null, "Poet Han Seo-yeon (한서연) read from her new collection.", "en"));
    }

    [Fact]
    public void Several_glosses_add_up_but_stay_weaker_than_bare_leftovers()
    {
        var glosses = SuspicionDetector.Detect(null, "Han Seo-yeon (한서연), Park Min (박민) and Lee Ara (이아라) spoke.", "en");
        var bare = SuspicionDetector.Detect(null, "The 지원금 scheme and the 신청 window both open in May.", "en");
        Assert.NotNull(glosses);
        Assert.NotNull(bare);
        Assert.True(glosses!.Confidence < bare!.Confidence);
    }

    [Fact]
    public void Hangul_in_a_korean_body_is_not_foreign()
    {
        Assert.Null(SuspicionDetector.Detect(null, "하버빌 시의회는 화요일 야간 버스 연장을 의결했다. 시장은 KTX 노선도 언급했다.", "ko"));
    }

    [Fact]
    public void Two_romanisations_of_one_name_are_reported_with_both_spans()
    {
        var body = "Leader Kim Jong-un visited the port.\n\nKim Jong Un ordered it finished by autumn.";
        var s = SuspicionDetector.Detect(null, body, "en");
        Assert.NotNull(s);
        var forms = s!.Signals.Where(x => x.Kind == "mixed-romanization").Select(x => x.Text).ToList();
        Assert.Contains("Kim Jong-un", forms);
        Assert.Contains("Kim Jong Un", forms);
        Assert.All(s.Signals, x => Assert.Equal(x.Text, body[x.Start..x.End]));
    }

    [Fact]
    public void Transliteration_variants_of_a_surname_count_as_mixed_romanization()
    {
        var s = SuspicionDetector.Detect(null, "President Zelenskyy spoke on Monday. Zelensky said the talks would continue.", "en");
        Assert.NotNull(s);
        Assert.Contains(s!.Signals, x => x.Kind == "mixed-romanization");
    }

    [Fact]
    public void Site_boilerplate_removed_by_ingest_is_never_a_signal()
    {
        var removed = new[] { new RemovedText { Text = "Standards Board Policy (0/250자)", Reason = "site-boilerplate" } };
        var p = new TranslationProvenanceDetector().Detect(Article("The council met on Tuesday.\n\nIt approved the budget.", removed: removed));
        Assert.Null(p.Suspicion);
    }

    [Fact]
    public void A_disclosed_translation_needs_no_suspicion()
    {
        var body = "The ministry said the 긴급 지원 package would reach farmers first.";
        var p = new TranslationProvenanceDetector().Detect(Article(body, notes: ["Translated from the Korean by Song Ji-eun."]));
        Assert.True(p.IsTranslation);
        Assert.Null(p.Suspicion);
    }

    [Fact]
    public void Leftovers_in_the_headline_are_located_in_the_headline()
    {
        var article = Article("The council met.") with { Headline = "Council backs 야간 buses" };
        var p = new TranslationProvenanceDetector().Detect(article);
        var signal = Assert.Single(p.Suspicion!.Signals);
        Assert.Equal("headline", signal.Location);
        Assert.Equal("야간", article.Headline![signal.Start..signal.End]);
    }
}
