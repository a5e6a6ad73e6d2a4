using Platform.Contracts;

namespace Platform.Storage.Tests;

/// <summary>Invented articles and rejections (made-up outlets, people and events) with every contract field populated.</summary>
internal static class ArticleFixtures
{
    public static ArticleExtracted TranslatedArticle(Guid? articleId = null, Guid? correlationId = null, string? submissionId = null)
    {
        var body = string.Join("\n\n", Paragraphs);
        return new ArticleExtracted
        {
            SubmissionId = submissionId ?? "9f2c" + Guid.NewGuid().ToString("N"),
            CorrelationId = correlationId ?? Guid.NewGuid(),
            ArticleId = articleId ?? Guid.NewGuid(),
            Article = new ArticleDocument
            {
                FileName = "ferry-fares.txt",
                Format = "text",
                Encoding = "utf-8",
                EncodingReason = "valid-utf8",
                Outlet = "Harbor Light Daily",
                Url = "https://harborlight.example/news/ferry-fares-2031",
                Headline = "Island ferry fares to rise 12 percent, Maritime Office says",
                Language = "en",
                Published = new PublishedTime
                {
                    Raw = "4 Mar. 2031, 09:15",
                    Local = "2031-03-04T09:15:00",
                    Utc = new DateTimeOffset(2031, 3, 4, 9, 15, 0, TimeSpan.FromHours(9)),
                    OffsetMinutes = 540,
                    OffsetSource = "outlet",
                    TimeZone = "Asia/Seoul",
                },
                Modified = new PublishedTime { Raw = "2031. 3. 4.", Local = "2031-03-04", DateOnly = true, OffsetSource = "none" },
                Dateline = "MOKPO, March 4",
                Authors =
                [
                    new ArticleAuthor { Name = "Seo Da-rim", Email = null, EmailObfuscated = true, Role = "reporter", Affiliation = "Harbor Light Daily" },
                    new ArticleAuthor { Name = "Ines Varga", Email = "ines.varga@harborlight.example", Role = "translator" },
                ],
                Body = body,
                Notes = ["This article was originally written in Korean by Namhae Sinmun and translated with the help of a generative AI tool, then edited by Harbor Light staff. 원문 보기"],
                Removed = [new RemovedText { Text = "Most Popular", Reason = "site-boilerplate" }],
            },
            Provenance = new TranslationProvenance
            {
                IsTranslation = true,
                Suspicion = new TranslationSuspicion
                {
                    SuspectedSourceLanguage = "ko",
                    Confidence = 0.4,
                    Signals = [new ProvenanceEvidence { Kind = "mixed-romanization", Text = "Mokpo-si", Location = "body", Start = 0, End = 8 }],
                },
                SourcePublication = "Namhae Sinmun",
                SourceLanguage = "ko",
                SourceLanguageBasis = "note",
                TargetLanguage = "en",
                LanguageTag = "en-t-ko",
                Method = "generative-ai",
                Tool = "ChatGPT",
                HumanEdited = true,
                Editors = ["Harbor Light staff"],
                Translators = ["Ines Varga"],
                Disclosure = "translated with the help of a generative AI tool, then edited by Harbor Light staff",
                NoteKind = "article-translation",
                Evidence = [new ProvenanceEvidence { Kind = "disclosure", Text = "originally written in Korean", Location = "note", NoteIndex = 0, Start = 18, End = 46 }],
                Confidence = 0.95,
                AiAct = new AiActAssessment
                {
                    AiInvolved = true,
                    Disclosed = true,
                    HumanReview = true,
                    EditorialResponsibility = "Harbor Light staff",
                    Status = "AI involved, disclosed, human editorial control",
                },
                DetectorVersion = "provenance-test-1",
            },
            Extraction = new ArticleExtraction
            {
                Language = "en",
                Attempted = true,
                ExtractorVersion = "extraction-test-1",
                Entities =
                [
                    new ExtractedEntity
                    {
                        Id = "e1",
                        Type = "organization",
                        Canonical = "Maritime Office",
                        Mentions =
                        [
                            Mention(body, "Maritime Office", "name", 0),
                            Mention(body, "the office", "nominal", 0),
                        ],
                    },
                    new ExtractedEntity
                    {
                        Id = "e2",
                        Type = "person",
                        Canonical = "Baek Yun-seo",
                        Role = "port director",
                        Mentions = [Mention(body, "Baek Yun-seo", "name", 0, role: "port director")],
                    },
                    new ExtractedEntity { Id = "e3", Type = "location", Canonical = "Mokpo", Mentions = [] },
                ],
                Dates = [new ExtractedDate { Text = "Tuesday", Start = body.IndexOf("Tuesday", StringComparison.Ordinal), End = body.IndexOf("Tuesday", StringComparison.Ordinal) + 7, Resolved = "2031-03-04", Kind = "relative", Anchor = "2031-03-04 (publication, Asia/Seoul)", Evidence = "rule:weekday" }],
                Quantities = [new ExtractedQuantity { Text = "12 percent", Start = 30, End = 40, Value = 12, Unit = "percent", Evidence = "rule:percent" }],
                Quotes =
                [
                    new ExtractedQuote
                    {
                        Speaker = "Baek Yun-seo",
                        SpeakerEntityId = "e2",
                        Text = "Fuel costs have doubled since the winter",
                        Start = body.IndexOf("Fuel costs", StringComparison.Ordinal),
                        End = body.IndexOf("Fuel costs", StringComparison.Ordinal) + 40,
                        Verb = "said",
                        Confidence = 0.9,
                        Translated = true,
                        Evidence = "rule:said-after",
                    },
                ],
                Identifiers = [new ExtractedIdentifier { Kind = "email", Value = null, Obfuscated = true, Location = "byline", Start = 0, End = 0 }],
            },
        };
    }

    public static ArticleRejected Rejection(Guid? correlationId = null) => new()
    {
        SubmissionId = "77ab" + Guid.NewGuid().ToString("N"),
        CorrelationId = correlationId ?? Guid.NewGuid(),
        ArticleId = null,
        FileName = "scan.bin",
        Stage = "ingest",
        Reason = "binary-content",
        Detail = "The file holds 41% control bytes; it is not text.",
        RejectedAt = new DateTimeOffset(2031, 3, 4, 1, 0, 0, TimeSpan.Zero),
    };

    private static readonly IReadOnlyList<string> Paragraphs =
    [
        "The Maritime Office said Tuesday that island ferry fares will rise 12 percent from April, the first increase in six years.",
        "\"Fuel costs have doubled since the winter,\" said port director Baek Yun-seo, adding that the office would review the fares again in autumn.",
        "Residents of Gageo-do (가거도) said the change would hit commuters hardest.",
    ];

    private static EntityMention Mention(string body, string text, string kind, int from, string? role = null)
    {
        var start = body.IndexOf(text, from, StringComparison.Ordinal);
        return new EntityMention { Text = text, Start = start, End = start + text.Length, MentionKind = kind, Role = role, Evidence = "test", Confidence = 0.8 };
    }
}
