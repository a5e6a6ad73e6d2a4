using Platform.Contracts;
using Platform.Provenance.Detection;

namespace Platform.Provenance.Tests;

/// <summary>
/// Wordings and decoys seen on real pages (invented outlets and people): quoted disclosures inside reporting, proxy
/// banners, quotation tags, translations named without the word "translated", outlet names with particles, and the
/// page's own outlet as the source of a language edition.
/// </summary>
public sealed class RealPageWordingTests
{
    private static readonly TranslationProvenanceDetector Detector = new();

    private const string Story =
        "The harbour council in Port Vell voted on Tuesday to extend the night ferry until April.\n\n" +
        "\"The night boat is how nurses get to work,\" said councillor Ana Ruelas.\n\n" +
        "Ticket prices will stay the same, the operator said.";

    private static TranslationProvenance Detect(string body, IReadOnlyList<string>? notes = null, string? outlet = null, IReadOnlyList<RemovedText>? removed = null) =>
        Detector.Detect(new ArticleDocument
        {
            Format = "text", Encoding = "utf-8", EncodingReason = "valid", Language = "en", Body = body,
            Notes = notes ?? [], Outlet = outlet, Removed = removed ?? [],
        });

    /// <summary>An article in another language than English with one note.</summary>
    private static TranslationProvenance DetectIn(string language, string body, string note) =>
        Detector.Detect(new ArticleDocument
        {
            Format = "text", Encoding = "utf-8", EncodingReason = "valid", Language = language, Body = body,
            Notes = [note], Removed = [],
        });

    [Theory]
    [InlineData("Every story on the page now ends with the same line: \"This article was translated by artificial intelligence and reviewed by a journalist.\"")]
    [InlineData("At the foot of each article sits the same line: \"This article was translated from Hindi using an AI tool and checked by an editor.\"")]
    [InlineData("Each letter carried a line at the bottom: \"This letter has been translated by a computer program. Please ask if anything is unclear.\"")]
    public void A_disclosure_quoted_inside_a_report_is_not_a_disclosure_of_this_article(string sentence)
    {
        var p = Detect("A regional paper has begun publishing machine-translated editions.\n\n" + sentence + "\n\n" + Story);
        Assert.NotEqual(true, p.IsTranslation);
    }

    [Theory]
    [InlineData("In a back room of the provincial court in Mbale, three clerks sit at a long bench, translating rulings written in Luganda into English, one page at a time.")]
    [InlineData("Every weekday morning a team of volunteers in Tromsø turns school notices written in Northern Sami into Norwegian for parents who never learned it.")]
    public void A_lede_about_people_at_work_translating_other_texts_is_not_a_disclosure(string lede)
    {
        var p = Detect(lede + "\n\n" + Story);
        Assert.NotEqual(true, p.IsTranslation);
    }

    [Theory]
    [InlineData("This article was reported in Spanish and Aymara and written in English. Quotes in Aymara were interpreted at the time.")]
    [InlineData("The interviews for this story were conducted in Wolof; the story was written in English.")]
    public void A_note_that_the_text_was_written_in_its_own_language_is_no_translation(string note)
    {
        Assert.NotEqual(true, Detect(note + "\n\n" + Story).IsTranslation);
        Assert.NotEqual(true, Detect(Story, [note]).IsTranslation);
    }

    [Fact]
    public void A_pointer_to_another_editions_separate_reporting_is_no_translation()
    {
        var p = Detect(Story, ["Read the Tamil edition of the Harbour Ledger for our separate reporting on the same dispute."]);
        Assert.NotEqual(true, p.IsTranslation);
    }

    [Fact]
    public void An_english_version_produced_from_a_named_outlets_report_is_a_translation_from_it()
    {
        var p = Detect(Story, ["This English version was produced from a Penghu Island Daily report with a large language model and checked by our desk."]);
        Assert.True(p.IsTranslation);
        Assert.Equal("Penghu Island Daily", p.SourcePublication);
        Assert.Equal(TranslationMethods.GenerativeAi, p.Method);
    }

    [Theory]
    [InlineData("This story was translated from Luganda into English by our staff.")]
    [InlineData("Our newsroom is turning this report, first published in Luganda, into English with an AI tool.")]
    public void A_standalone_note_about_this_text_with_an_active_verb_still_is_one(string note)
    {
        var p = Detect(note + "\n\n" + Story);
        Assert.True(p.IsTranslation);
    }

    [Theory]
    [InlineData("This is an English rendering of a report first published in Persian by the daily Golestan, prepared by Harbour Ledger staff.")]
    [InlineData("The English version of this story was put together by our desk from a report in the Tamil weekly Kaveri Murasu.")]
    public void A_language_version_credited_to_people_is_a_human_translation(string note)
    {
        var p = Detect(Story, [note]);
        Assert.True(p.IsTranslation);
        Assert.Equal(TranslationMethods.Human, p.Method);
    }

    [Fact]
    public void A_language_version_credited_to_a_tool_stays_machine_made()
    {
        var p = Detect(Story, ["This English version was prepared by our desk with machine translation from a report in the Tamil weekly Kaveri Murasu."]);
        Assert.Equal(TranslationMethods.Machine, p.Method);
    }

    [Fact]
    public void An_outlet_named_inside_chinese_title_marks_is_the_source()
    {
        var p = Detect(Story, ["Translated by the Harbour Ledger English desk from the Chinese-language original in 《東港日報》 (Donggang Daily)."]);
        Assert.True(p.IsTranslation);
        Assert.Equal("東港日報", p.SourcePublication);
        Assert.Equal("zh", p.SourceLanguage);
    }

    [Theory]
    [InlineData("(Translated by https://webtrans-proxy.example/)")]
    [InlineData("Translated by lingobridge.app")]
    [InlineData("Translated by LingoBridge Web Proxy")]
    [InlineData("Translated by PageRelay — translate.pagerelay.net")]
    public void A_web_proxy_banner_is_not_an_article_translation(string banner)
    {
        Assert.NotEqual(true, Detect(Story, [banner]).IsTranslation);
    }

    [Fact]
    public void A_translation_tag_before_a_quotation_translates_the_quotation()
    {
        var p = Detect(Story + "\n\nThe city hall posted on Telegram. Translation: \"From 1 June, the cable car will cost 1 lari for card holders.\"");
        Assert.NotEqual(true, p.IsTranslation);
    }

    [Theory]
    [InlineData("This story first ran in the Daeseong Ilbo and was rendered into English with a generative AI tool.", "Daeseong Ilbo", "generative-ai")]
    [InlineData("(Adapted into English from the Sanriku Minpo.)", "Sanriku Minpo", "unknown")]
    [InlineData("This is an abridged English version of a report first published in Russian by Kamsk Vestnik.", "Kamsk Vestnik", "unknown")]
    [InlineData("Translated from the Arabic edition of Sawt al-Wadi.", "Sawt al-Wadi", "unknown")]
    [InlineData("This translation of a report from Dagblad van het Wad is shared with the paper's permission.", "Dagblad van het Wad", "unknown")]
    [InlineData("This is a translation of an article first published in French by Le Quotidien de l'Ouest.", "Le Quotidien de l'Ouest", "unknown")]
    [InlineData("All articles in the English edition of Havørn Tidende are machine translated from Norwegian.", "Havørn Tidende", "machine")]
    public void Translations_worded_without_translated_and_outlets_with_particles(string note, string outlet, string method)
    {
        var p = Detect(Story, [note]);
        Assert.True(p.IsTranslation);
        Assert.Equal(outlet, p.SourcePublication);
        Assert.Equal(method, p.Method);
    }

    [Fact]
    public void The_page_outlet_is_the_source_when_its_own_chrome_is_in_the_noted_source_language()
    {
        RemovedText Chrome(string text) => new() { Text = text, Reason = "navigation" };
        var finnishChrome = new[] { Chrome("Etusivu Uutiset Urheilu"), Chrome("Käytämme evästeitä ja se on myös tärkeää, että sivusto toimii"), Chrome("Lue suomeksi") };
        var p = Detect(Story, ["This article has been translated from Finnish with the help of an AI tool and checked by an editor."], "Perämeren Viesti", finnishChrome);
        Assert.Equal("Perämeren Viesti", p.SourcePublication);
        Assert.Contains(p.Evidence, e => e.Kind == "source-publication-page-outlet");

        var englishChrome = new[] { Chrome("Home News Sport"), Chrome("We use cookies to make the site work") };
        var q = Detect(Story, ["This article has been translated from Finnish with the help of an AI tool and checked by an editor."], "Harbour Post", englishChrome);
        Assert.Null(q.SourcePublication);
    }

    [Theory]
    [InlineData("This post was translated from Spanish by Marta Quiroga; the original appeared on the blog Ventana Andina.", "Ventana Andina", "es", "human")]
    [InlineData("Disclaimer: The following is my own unofficial translation (from Korean) of an article that appeared in <Namhae Ilbo> on Mar. 2, 2024.", "Namhae Ilbo", "ko", "human")]
    [InlineData("Translated by Iker Salas. This translation is published with the permission of Gaceta del Valle.", "Gaceta del Valle", null, "human")]
    [InlineData("Translator's note: this article was originally written in Arabic by Salwa Idris for the Port Sudan weekly Sada al-Bahr.", "Sada al-Bahr", "ar", "unknown")]
    public void Notes_that_name_the_text_as_a_post_or_a_personal_translation_and_the_rights_holder_as_the_source(string note, string outlet, string? language, string method)
    {
        var p = Detect(Story, [note]);
        Assert.True(p.IsTranslation);
        Assert.Equal(outlet, p.SourcePublication);
        if (language is not null) Assert.Equal(language, p.SourceLanguage);
        Assert.Equal(method, p.Method);
    }

    [Fact]
    public void Reporting_in_a_language_names_the_source_language()
    {
        var p = Detect(Story, ["[This story is based on reporting in Japanese by Aiko Tanabe of the Sendai Bureau.]"]);
        Assert.True(p.IsTranslation);
        Assert.Equal("ja", p.SourceLanguage);
    }

    private static RemovedText Chrome(string text) => new() { Text = text, Reason = "page-chrome" };

    [Fact]
    public void A_language_switcher_with_the_noted_language_makes_the_page_outlet_the_source()
    {
        var p = Detect(Story, ["This text has been translated automatically from Latvian."], "Rīgas Līcis", [Chrome("LV EN RU"), Chrome("Rīgas Līcis")]);
        Assert.Equal("Rīgas Līcis", p.SourcePublication);
        Assert.Equal("machine", p.Method);
    }

    [Fact]
    public void A_pointer_in_the_chrome_to_this_story_in_another_language_names_the_source_language_and_outlet()
    {
        var p = Detect(Story, ["Translated by Daniel Moss"], "Gazeta do Planalto", [Chrome("EN | PT"), Chrome("Read this story in Portuguese")]);
        Assert.Equal("pt", p.SourceLanguage);
        Assert.Equal("chrome-pointer", p.SourceLanguageBasis);
        Assert.Equal("Gazeta do Planalto", p.SourcePublication);
        Assert.Contains(p.Evidence, e => e.Kind == "original-link-in-chrome");

        // without a translation note, the same chrome says nothing
        Assert.NotEqual(true, Detect(Story, [], "Gazeta do Planalto", [Chrome("EN | PT"), Chrome("Read this story in Portuguese")]).IsTranslation);
    }

    [Fact]
    public void A_tagline_naming_the_site_as_a_language_edition_names_the_source()
    {
        var p = Detect(Story, ["Translated from Kiswahili with the help of AI and edited by Coast Light staff"], "Coast Light",
            [Chrome("COAST LIGHT"), Chrome("The English edition of Sauti ya Pwani")]);
        Assert.Equal("Sauti ya Pwani", p.SourcePublication);
        Assert.Contains(p.Evidence, e => e.Kind == "source-publication-edition-tagline");
    }

    [Fact]
    public void Chrome_written_in_one_other_language_is_the_source_language_of_an_unworded_credit()
    {
        var czech = new[] { Chrome("Přeskočit na obsah"), Chrome("Přihlásit se   Předplatné od 49 Kč měsíčně"), Chrome("Tento web používá soubory cookies k zajištění funkčnosti a pro analýzu") };
        var p = Detect(Story, ["English version by Jana Horká"], "Slezský kurýr", czech);
        Assert.Equal("cs", p.SourceLanguage);
        Assert.Equal("page-chrome", p.SourceLanguageBasis);
        Assert.Equal("Slezský kurýr", p.SourcePublication);

        // English chrome leaves the language open
        Assert.Null(Detect(Story, ["English version by Jana Horká"], "Slezský kurýr", [Chrome("Skip to content"), Chrome("Sign in Subscribe")]).SourceLanguage);
    }

    [Theory]
    [InlineData("Stories on The Penang Ledger are written in English and translated by our newsroom into Malay, Chinese and Tamil.")]
    [InlineData("This article has been translated into Chinese and Malay.")]
    public void Translations_into_other_languages_than_the_page_are_not_this_pages_translation(string note) =>
        Assert.NotEqual(true, Detect(Story, [note]).IsTranslation);

    [Fact]
    public void An_original_report_in_another_language_is_a_translation_source()
    {
        var p = Detect(Story, ["(Original report in Urdu by Imran Soomro.)"]);
        Assert.True(p.IsTranslation);
        Assert.Equal("ur", p.SourceLanguage);
    }

    [Fact]
    public void A_French_closing_credit_names_the_original_language_and_outlet()
    {
        var p = DetectIn("fr", "Les pêcheurs de Limbé attendent le carburant subventionné depuis trois semaines.\n\n« Nous ne sortons plus », explique un pêcheur.",
            "Article paru en anglais dans The Coastal Observer (Buea) – traduction : Armelle Nkodo");
        Assert.True(p.IsTranslation);
        Assert.Equal("en", p.SourceLanguage);
        Assert.Equal("Coastal Observer", p.SourcePublication);
        Assert.Equal(["Armelle Nkodo"], p.Translators);
    }

    [Fact]
    public void A_source_credit_line_names_the_outlet_of_a_translated_text_and_capital_language_names_are_read()
    {
        var p = Detect(Story, ["TRANSLATED FROM PORTUGUESE — Harbour councils agree to cut garden watering"], "The Iberian Letter",
            [Chrome("Source: O Correio do Sul, 2 October 2024")]);
        Assert.True(p.IsTranslation);
        Assert.Equal("pt", p.SourceLanguage);
        Assert.Equal("O Correio do Sul", p.SourcePublication);
        Assert.Contains(p.Evidence, e => e.Kind == "source-publication-credit-line");
    }

    [Fact]
    public void A_note_naming_the_page_outlet_as_the_originals_publisher_makes_it_the_source()
    {
        var p = Detect(Story, ["Automatic translation of an article by L'Écho du Port. The translation may contain errors."], "L'Écho du Port");
        Assert.Equal("L'Écho du Port", p.SourcePublication);
        Assert.Equal("machine", p.Method);
        // another site named after "by" is read as a person when nothing says it is an outlet
        Assert.Null(Detect(Story, ["Automatic translation of an article by Marie Duval."], "L'Écho du Port").SourcePublication);
    }

    [Fact]
    public void An_editors_line_elsewhere_on_the_page_names_where_the_original_ran()
    {
        var p = Detect(Story, ["Translated from Bulgarian by Iva Petrova"], "The Balkan Letter",
            [Chrome("Mila Dimova's report ran in the Smolyan weekly Rodopa Vesti on 28 January. We liked it so much we asked to bring it to you.")]);
        Assert.Equal("Rodopa Vesti", p.SourcePublication);
        Assert.Contains(p.Evidence, e => e.Kind == "source-publication-origin-line");
    }

    [Theory]
    [InlineData("[English version of a report from Istrski tednik.]", "Istrski tednik")]
    [InlineData("Translated from Czech. The original appeared in Brněnské listy.", "Brněnské listy")]
    public void Outlet_names_ending_in_a_lower_case_outlet_noun_are_read_whole(string note, string outlet)
    {
        var p = Detect(Story, [note]);
        Assert.True(p.IsTranslation);
        Assert.Equal(outlet, p.SourcePublication);
    }

    [Fact]
    public void A_Spanish_version_of_a_report_first_published_in_Portuguese()
    {
        var p = DetectIn("es", "Los mototaxistas esperan hasta tres horas para cruzar el puente.\n\n«No hay otra forma de trabajar», dijo un conductor.",
            "Este artículo es una versión en español de un reportaje publicado originalmente en portugués por Gazeta do Rio, de Foz do Iguaçu.");
        Assert.True(p.IsTranslation);
        Assert.Equal("pt", p.SourceLanguage);
        Assert.Equal("Gazeta do Rio", p.SourcePublication);
    }

    [Fact]
    public void A_short_source_credit_paragraph_names_the_translated_texts_outlet()
    {
        var p = Detect("Source: Muryar Kudu (Kano)\n\n" + Story, ["Translated from the Hausa by Ibrahim Danladi"], "Kasuwa Notes");
        Assert.Equal("Muryar Kudu", p.SourcePublication);
    }

    [Fact]
    public void A_language_paper_described_before_its_kind_names_the_source_language() =>
        Assert.Equal("cy", Detect(Story, ["This is an English version of a story first published by Papur y Glannau, the Welsh-language community paper for the Menai coast."]).SourceLanguage);

    [Theory]
    [InlineData("A Khmer translation of this story is available on the Courier's Khmer-language site.")]
    [InlineData("A Macedonian-language version of this review will appear in our print edition on Friday.")]
    [InlineData("A Welsh version of this column will be published on Saturday.")]
    [InlineData("Sri Lanka's news in three languages — every major story is translated into Sinhala, Tamil and English by our own desk.")]
    [InlineData("translation")]
    public void Pointers_to_translations_elsewhere_site_claims_and_tag_words_are_not_disclosures(string note)
    {
        Assert.NotEqual(true, Detect(Story, [note]).IsTranslation);
    }

    [Theory]
    [InlineData("This is a translation of an article published on the Armenian website 'Lraber Gegharkunik' on 3 March 2025.", "Lraber Gegharkunik", "hy")]
    [InlineData("Originally published in Spanish: \"La escuela que flota\". Yolanda Ccori. Diario del Altiplano. 14 Jun 2024", "Diario del Altiplano", "es")]
    [InlineData("The English and Urdu editions of Al Rimal are generated automatically by AI from our Arabic journalism.", "Al Rimal", "ar")]
    public void Quoted_outlet_names_citation_lines_and_site_editions_name_the_source(string note, string outlet, string language)
    {
        var p = Detect(Story, [note]);
        Assert.True(p.IsTranslation);
        Assert.Equal(outlet, p.SourcePublication);
        Assert.Equal(language, p.SourceLanguage);
    }

    [Theory]
    [InlineData("All articles in the English edition of Havørn Tidende are machine translated from Norwegian.")]
    [InlineData("The English versions of this site are generated by automatic translation from French.")]
    [InlineData("Every item in this English-language feed is an automatic translation of our Catalan edition and has not been reviewed by an editor.")]
    public void A_note_about_the_sites_language_version_is_a_site_note_that_applies_to_this_page(string note)
    {
        var p = Detect(Story, [note]);
        Assert.True(p.IsTranslation);
        Assert.Equal(NoteKinds.Site, p.NoteKind);
        Assert.Equal("machine", p.Method);
    }

    [Fact]
    public void A_translation_widget_with_rate_this_translation_is_a_proxy_not_a_disclosure()
    {
        Assert.NotEqual(true, Detect(Story, ["Translated by PageBridge · Rate this translation · Report a problem"]).IsTranslation);
    }

    [Fact]
    public void An_english_original_translated_into_other_languages_elsewhere_is_not_a_translation()
    {
        Assert.NotEqual(true, Detect(Story, ["This article has been translated into Chinese and Malay by our languages desk."]).IsTranslation);
    }

    [Fact]
    public void An_abbreviation_does_not_cut_the_clause_that_names_the_translator()
    {
        var p = Detect(Story, ["[Translated from the Japanese original in the Hokuriku Nichinichi Shimbun (Feb. 13 morning edition) by Graham Wilkes; edited by Aya Noguchi]"]);
        Assert.Equal(["Graham Wilkes"], p.Translators);
        Assert.Equal("human", p.Method);
        Assert.Equal("ja", p.SourceLanguage);
    }

    [Fact]
    public void A_language_switcher_in_the_chrome_names_the_site_languages()
    {
        var languages = ChromeLanguages.Of([new RemovedText { Text = "ES | EN", Reason = "navigation" }]);
        Assert.Contains("es", languages);
        Assert.Contains("en", languages);
    }
    [Fact]
    public void Published_here_in_translation_names_the_described_outlet_and_its_language()
    {
        var p = Detect(Story, ["[This report first appeared in the Russian-language Baku weekly Absheron Vestnik and is published here in translation.]"]);
        Assert.True(p.IsTranslation);
        Assert.Equal("Absheron Vestnik", p.SourcePublication);
        Assert.Equal("ru", p.SourceLanguage);
    }

    [Fact]
    public void A_russian_note_about_the_text_names_a_source_language_of_the_region()
    {
        var body = "Мэрия Кутаиси объявила о новой транспортной реформе.\n\nТекст переведён с грузинского языка системой машинного перевода и может содержать неточности.";
        var p = Detector.Detect(new ArticleDocument
        {
            Format = "text", Encoding = "utf-8", EncodingReason = "valid", Language = "ru", Body = body,
        });
        Assert.True(p.IsTranslation);
        Assert.Equal("machine", p.Method);
        Assert.Equal("ka", p.SourceLanguage);
    }

    [Theory]
    [InlineData("English text produced by machine translation from Portuguese. It was not reviewed by our newsroom.", "Jornal da Baía", "Jornal da Baía")]
    [InlineData("AI-assisted translation from Turkish, reviewed by Kıyı Yolu English editors", "Kıyı Yolu English", "Kıyı Yolu")]
    public void A_note_in_the_outlets_own_voice_makes_the_outlet_the_source(string note, string outlet, string source)
    {
        var p = Detect(Story, [note], outlet);
        Assert.True(p.IsTranslation);
        Assert.Equal(source, p.SourcePublication);
    }

    [Fact]
    public void A_note_naming_another_outlet_keeps_that_outlet()
    {
        var p = Detect(Story, ["Translated from Portuguese by our newsroom. The report was first published by Voz do Sertão."], "Jornal da Baía");
        Assert.Equal("Voz do Sertão", p.SourcePublication);
    }
    [Fact]
    public void A_heading_over_links_about_translation_is_not_a_disclosure()
    {
        var p = Detect(Story, ["Translation and dubbing: more from our archive"]);
        Assert.NotEqual(true, p.IsTranslation);
    }

    [Fact]
    public void Two_note_lines_do_not_run_into_one_clause()
    {
        var p = Detect(Story, ["Machine-translated from Czech", "Read the original in Czech"]);
        Assert.True(p.IsTranslation);
        Assert.Equal("machine", p.Method);
        Assert.Null(p.SourcePublication);
    }
    [Fact]
    public void A_language_version_of_a_named_outlets_report_names_that_outlet()
    {
        var p = Detect(Story, ["[English version of a Hasken Sahel report.]"]);
        Assert.True(p.IsTranslation);
        Assert.Equal("Hasken Sahel", p.SourcePublication);
    }
    [Fact]
    public void The_end_of_a_quoted_notice_cut_at_its_inner_full_stop_is_not_a_disclosure()
    {
        var p = Detect("The films will carry an on-screen notice at the start: “This programme was translated and dubbed using artificial intelligence. The original version is in Finnish.”\n\n" + Story);
        Assert.NotEqual(true, p.IsTranslation);
    }
}
