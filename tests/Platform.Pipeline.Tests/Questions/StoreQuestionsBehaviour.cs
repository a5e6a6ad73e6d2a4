using System.Text.Json;
using Platform.Contracts;
using Platform.Storage.Persistence;
using Platform.Storage.Queries;
using Platform.Storage.Web;

namespace Platform.Pipeline.Tests.Questions;

/// <summary>
/// Every question of the query library, asked of a store seeded through the pipeline, checked against what
/// <c>process --json</c> said about the same files. Runs once per database (<see cref="EmbeddedStoreQuestionsTests"/>,
/// <see cref="PostgresStoreQuestionsTests"/>).
/// </summary>
public abstract class StoreQuestionsBehaviour(SeededStores seeded, StorageProvider provider)
{
    private const int All = ArticleFilter.MaxPageSize;

    private Task<T> Ask<T>(Func<StoreQueries, Task<T>> ask) => seeded.AskAsync(provider, ask);

    private IEnumerable<JsonElement> Stored => seeded.Lines.Where(l => l.GetProperty("status").GetString() == SubmissionStatus.Stored);

    private JsonElement StoredLine(string fileEnd) => Stored.First(l => l.GetProperty("file").GetString()!.EndsWith(fileEnd, StringComparison.Ordinal));

    private static Guid Id(JsonElement line) => line.GetProperty("articleId").GetGuid();

    private Task<ResultPage<ArticleSummary>> Find(ArticleFilter filter) =>
        Ask(q => q.Articles.FindAsync(filter with { PageSize = All }, CancellationToken.None));

    private async Task<HashSet<Guid>> Ids(ArticleFilter filter) => [.. (await Find(filter)).Items.Select(a => a.ArticleId)];

    [SkippableFact]
    public async Task Lists_every_stored_article_once_newest_first()
    {
        var page = await Find(new ArticleFilter());

        Assert.Equal(Stored.Select(Id).Distinct().Count(), page.Total);
        Assert.Equal(page.Total, page.Items.Select(a => a.ArticleId).Distinct().Count());
        var dated = page.Items.Where(a => a.Published is not null).Select(a => a.Published![..10]).ToList();
        Assert.Equal(dated.OrderByDescending(d => d, StringComparer.Ordinal), dated);
    }

    [SkippableFact]
    public async Task Search_finds_words_of_headline_and_body_and_nothing_for_absent_words()
    {
        var rhine = Id(StoredLine("rhine-flood-barriers.txt"));

        var hits = await Find(new ArticleFilter { Words = "Flood barriers" });
        var none = await Find(new ArticleFilter { Words = "zzyzx quuxplatform" });

        Assert.Contains(rhine, hits.Items.Select(a => a.ArticleId));
        Assert.All(hits.Items, a => Assert.True(a.Rank > 0));
        Assert.Equal(0, none.Total);
    }

    [SkippableFact]
    public async Task Filters_by_language_outlet_author_and_publication_dates()
    {
        var line = Stored.First(l => l.GetProperty("authors").GetArrayLength() > 0 && l.GetProperty("outlet").GetString() is not null
            && l.GetProperty("published").GetString() is { Length: >= 10 });
        var id = Id(line);
        var date = DateOnly.Parse(line.GetProperty("published").GetString()![..10], System.Globalization.CultureInfo.InvariantCulture);
        var author = line.GetProperty("authors")[0].GetProperty("name").GetString()!;

        Assert.Contains(id, await Ids(new ArticleFilter { Language = line.GetProperty("language").GetString() }));
        Assert.Contains(id, await Ids(new ArticleFilter { Outlet = line.GetProperty("outlet").GetString()!.ToUpperInvariant() }));
        Assert.Contains(id, await Ids(new ArticleFilter { Author = author.Split(' ')[^1] }));
        Assert.Contains(id, await Ids(new ArticleFilter { From = date, To = date }));
        Assert.DoesNotContain(id, await Ids(new ArticleFilter { To = date.AddDays(-1) }));
        Assert.DoesNotContain(id, await Ids(new ArticleFilter { From = date.AddDays(1) }));
    }

    [SkippableFact]
    public async Task Translation_yes_no_and_unknown_are_told_apart()
    {
        int Count(bool? value) => Stored.Select(l => (Id: Id(l), Value: l.GetProperty("provenance").GetProperty("isTranslation")))
            .DistinctBy(x => x.Id).Count(x => value is null ? x.Value.ValueKind == JsonValueKind.Null : x.Value.ValueKind == (value.Value ? JsonValueKind.True : JsonValueKind.False));

        var yes = await Find(new ArticleFilter { Translation = TranslationStatus.Yes });
        var no = await Find(new ArticleFilter { Translation = TranslationStatus.No });
        var unknown = await Find(new ArticleFilter { Translation = TranslationStatus.Unknown });

        Assert.Equal(Count(true), yes.Total);
        Assert.Equal(Count(false), no.Total);
        Assert.Equal(Count(null), unknown.Total);
        Assert.True(unknown.Total > 0 && yes.Total > 0);
        Assert.All(unknown.Items, a => Assert.Equal("unknown", a.Translation));
        Assert.All(no.Items, a => Assert.Equal("no", a.Translation));
    }

    [SkippableFact]
    public async Task Finds_translations_by_method_source_publication_and_source_language()
    {
        var translations = Stored.Where(l => l.GetProperty("provenance").GetProperty("isTranslation").ValueKind == JsonValueKind.True).DistinctBy(Id).ToList();
        foreach (var method in translations.Select(l => l.GetProperty("provenance").GetProperty("method").GetString()).OfType<string>().Distinct())
        {
            var expected = translations.Where(l => l.GetProperty("provenance").GetProperty("method").GetString() == method).Select(Id).ToHashSet();
            Assert.Equal(expected, await Ids(new ArticleFilter { Translation = "yes", Method = method }));
        }
        var sourced = translations.First(l => l.GetProperty("provenance").GetProperty("sourcePublication").GetString() is not null
            && l.GetProperty("provenance").GetProperty("sourceLanguage").GetString() is not null);
        var provenance = sourced.GetProperty("provenance");
        Assert.Contains(Id(sourced), await Ids(new ArticleFilter { SourcePublication = provenance.GetProperty("sourcePublication").GetString() }));
        var language = provenance.GetProperty("sourceLanguage").GetString();
        Assert.Equal(translations.Where(l => l.GetProperty("provenance").GetProperty("sourceLanguage").GetString() == language).Select(Id).ToHashSet(),
            await Ids(new ArticleFilter { SourceLanguage = language }));
    }

    [SkippableFact]
    public async Task Finds_suspicions_and_ai_involvement_undisclosed_or_not_reviewed()
    {
        var suspected = Stored.Where(l => l.GetProperty("provenance").GetProperty("suspicion").ValueKind == JsonValueKind.Object).Select(Id).ToHashSet();
        var unreviewed = Stored.Where(l => l.GetProperty("provenance").GetProperty("aiAct") is { ValueKind: JsonValueKind.Object } ai
                && ai.GetProperty("status").GetString() is AiActStatuses.AiNotDisclosed or AiActStatuses.AiDisclosedNoReview)
            .Select(Id).ToHashSet();

        Assert.Equal(suspected, await Ids(new ArticleFilter { Suspicion = true }));
        Assert.Equal(unreviewed, await Ids(new ArticleFilter { AiUnreviewed = true }));
        Assert.NotEmpty(unreviewed);
    }

    [SkippableFact]
    public async Task Finds_articles_by_canonical_name_or_any_mention_form()
    {
        var (line, mention) = Stored.SelectMany(l => l.GetProperty("entities").EnumerateArray().Select(e => (Line: l, Entity: e)))
            .First(x => x.Entity.GetProperty("text").GetString() != x.Entity.GetProperty("canonical").GetString());

        Assert.Contains(Id(line), await Ids(new ArticleFilter { Entity = mention.GetProperty("canonical").GetString() }));
        Assert.Contains(Id(line), await Ids(new ArticleFilter { Entity = mention.GetProperty("text").GetString()!.ToLowerInvariant() }));
    }

    [SkippableFact]
    public async Task Most_mentioned_entities_count_each_article_once()
    {
        var articles = Stored.Select(Id).Distinct().Count();
        var people = await Ask(q => q.Entities.MostMentionedAsync("people", null, null, 10, CancellationToken.None));

        Assert.NotEmpty(people);
        Assert.All(people, p => Assert.Equal("person", p.Type));
        Assert.All(people, p => Assert.InRange(p.Articles, 1, articles));
        var top = people[0];
        var mentioning = await Ids(new ArticleFilter { Entity = top.Canonical });
        Assert.True(mentioning.Count >= top.Articles, $"{top.Canonical}: {top.Articles} articles counted, {mentioning.Count} found");
        Assert.Equal([.. people.Select(p => p.Articles).OrderByDescending(n => n)], people.Select(p => p.Articles));
    }

    [SkippableFact]
    public async Task Co_occurring_entities_share_an_article_with_the_named_one()
    {
        var top = (await Ask(q => q.Entities.MostMentionedAsync("organisation", null, null, 1, CancellationToken.None))).Single();
        var together = await Ask(q => q.Entities.CoOccurringAsync(top.Canonical, null, 50, CancellationToken.None));
        var articles = await Ids(new ArticleFilter { Entity = top.Canonical });

        Assert.NotEmpty(together);
        Assert.DoesNotContain(together, e => e.Canonical == top.Canonical);
        Assert.All(together, e => Assert.InRange(e.Articles, 1, articles.Count));
    }

    [SkippableFact]
    public async Task Quotes_of_a_named_speaker_come_with_article_and_date()
    {
        var quotes = await Ask(q => q.Quotes.BySpeakerAsync("rotich", 1, All, CancellationToken.None));

        Assert.NotEmpty(quotes.Items);
        Assert.All(quotes.Items, q => Assert.Contains("Rotich", q.Speaker));
        Assert.All(quotes.Items, q => Assert.False(string.IsNullOrEmpty(q.Headline)));
        Assert.All(quotes.Items, q => Assert.StartsWith("2025-03-03", q.Published));
    }

    [SkippableFact]
    public async Task Quotes_of_described_speakers_are_grouped_by_organisation()
    {
        var groups = await Ask(q => q.Quotes.ByOrganisationAsync(CancellationToken.None));

        Assert.NotEmpty(groups);
        Assert.All(groups.SelectMany(g => g.Quotes), q => Assert.True(DescribedSpeaker.IsDescribed(q.Speaker!), q.Speaker));
        Assert.Equal(groups.Count, groups.Select(g => g.Organisation.ToLowerInvariant()).Distinct().Count());
    }

    [SkippableFact]
    public async Task One_article_in_full_is_its_process_json_line_and_exports()
    {
        var line = StoredLine("rhine-flood-barriers.txt");

        var found = await Ask(q => q.Details.FindAsync(Id(line), CancellationToken.None));
        var missing = await Ask(q => q.Details.FindAsync(Guid.NewGuid(), CancellationToken.None));

        Assert.NotNull(found);
        Assert.Null(missing);
        Assert.Equal(line.GetRawText(), found.ToJsonLine());
        Assert.Equal("NewsArticle", JsonDocument.Parse(ArticleExports.Export(found.Stored, "jsonld")).RootElement.GetProperty("@type").GetString());
        Assert.True(JsonDocument.Parse(ArticleExports.Export(found.Stored, "c2pa")).RootElement.TryGetProperty("assertions", out _));
    }

    [SkippableFact]
    public async Task Pipeline_counts_and_rejections_match_the_run()
    {
        var counts = await Ask(q => q.Pipeline.CountsAsync(CancellationToken.None));
        var rejections = await Ask(q => q.Pipeline.RejectionsAsync(null, 1, All, CancellationToken.None));
        int Lines(string status) => seeded.Lines.Count(l => l.GetProperty("status").GetString() == status);

        Assert.Equal(Lines(SubmissionStatus.Stored), counts.Stored);
        Assert.Equal(1, counts.Duplicates);
        Assert.Equal(Lines(SubmissionStatus.Duplicate), counts.Duplicates);
        Assert.Equal(Lines(SubmissionStatus.Rejected), counts.Rejected);
        Assert.Equal(counts.Stored + counts.Duplicates + counts.Rejected, counts.Submitted);
        Assert.Contains(counts.RejectedBy, r => r is { Stage: "ingest", Reason: RejectionReasons.EmptyFile, Submissions: 1 });
        Assert.Equal(counts.Rejected, rejections.Total);
        Assert.Contains(rejections.Items, r => r.FileName!.EndsWith("empty-upload.txt", StringComparison.Ordinal) && r.Reason == RejectionReasons.EmptyFile);
    }

    [SkippableFact]
    public async Task Counts_per_outlet_and_method_add_up_to_every_article()
    {
        var counts = await Ask(q => q.Pipeline.CountsAsync(CancellationToken.None));
        var perOutlet = await Ask(q => q.Provenance.PerOutletAndMethodAsync(null, null, CancellationToken.None));

        Assert.Equal(counts.Articles, perOutlet.Sum(c => c.Articles));
        Assert.All(perOutlet.Where(c => c.Translation != TranslationStatus.Yes), c => Assert.Null(c.Method));
        Assert.Contains(perOutlet, c => c.Translation == TranslationStatus.Yes && c.Method is not null);
    }
}

[Collection(SeededStoresCollection.Name)]
public sealed class EmbeddedStoreQuestionsTests(SeededStores seeded) : StoreQuestionsBehaviour(seeded, StorageProvider.Sqlite);

[Collection(SeededStoresCollection.Name)]
public sealed class PostgresStoreQuestionsTests(SeededStores seeded) : StoreQuestionsBehaviour(seeded, StorageProvider.Postgres);
