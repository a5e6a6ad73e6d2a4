using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Contracts;
using Platform.Storage.Persistence;

namespace Platform.Storage.Tests;

/// <summary>What every provider's article store must do. Each provider's test class supplies a fresh, migrated database.</summary>
public abstract class ArticleStoreBehaviour
{
    protected abstract StoreHarness Harness { get; }

    private IArticleStore Store => Harness.Store;

    private static CancellationToken Ct => CancellationToken.None;

    [SkippableFact]
    public async Task Query_columns_are_filled_on_store_and_by_the_migration_for_rows_stored_before_it()
    {
        var message = ArticleFixtures.TranslatedArticle();
        await Store.SaveArticleAsync(message, Ct);
        async Task<string> QueryColumns()
        {
            var row = await Harness.QueryAsync(db => db.Articles.AsNoTracking()
                .Select(a => new { a.AuthorNames, a.HumanEdited, a.HasSuspicion, a.AiActStatus }).SingleAsync());
            return $"{row.AuthorNames}|{row.HumanEdited}|{row.HasSuspicion}|{row.AiActStatus}";
        }

        var written = await QueryColumns();
        await Harness.QueryAsync(async db =>
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(db.Database.GetMigrations().First());
            await migrator.MigrateAsync();
            return 0;
        });
        var filledByMigration = await QueryColumns();

        var p = message.Provenance;
        Assert.Equal($"{string.Join('\n', message.Article.Authors.Select(a => a.Name))}|{p.HumanEdited}|{p.Suspicion is not null}|{p.AiAct?.Status}", written);
        Assert.Equal(written, filledByMigration);
    }

    [SkippableFact]
    public async Task New_article_is_stored_with_ledger_entry()
    {
        var message = ArticleFixtures.TranslatedArticle();

        var result = await Store.SaveArticleAsync(message, Ct);

        Assert.Equal(new StoreResult(SubmissionStatus.Stored, message.ArticleId, null), result);
        Assert.Equal(1, await Store.CountArticlesAsync(Ct));
        var ledger = await Store.FindSubmissionAsync(message.CorrelationId, Ct);
        Assert.NotNull(ledger);
        Assert.Equal(SubmissionStatus.Stored, ledger.Status);
        Assert.Equal(message.ArticleId, ledger.ArticleId);
        Assert.Equal(message.SubmissionId, ledger.SubmissionId);
        Assert.Equal("ferry-fares.txt", ledger.FileName);
        Assert.Null(ledger.Stage);
        Assert.Equal(StoreHarness.Now, ledger.RecordedAt);
    }

    [SkippableFact]
    public async Task Same_article_from_another_submission_is_duplicate_and_stays_one_row()
    {
        var first = ArticleFixtures.TranslatedArticle();
        var second = first with { CorrelationId = Guid.NewGuid(), SubmissionId = "other-upload" };

        await Store.SaveArticleAsync(first, Ct);
        var result = await Store.SaveArticleAsync(second, Ct);

        Assert.Equal(new StoreResult(SubmissionStatus.Duplicate, first.ArticleId, first.ArticleId), result);
        Assert.Equal(1, await Store.CountArticlesAsync(Ct));
        Assert.Equal(SubmissionStatus.Duplicate, (await Store.FindSubmissionAsync(second.CorrelationId, Ct))!.Status);
        Assert.Equal(SubmissionStatus.Stored, (await Store.FindSubmissionAsync(first.CorrelationId, Ct))!.Status);
        var stored = await Store.FindArticleAsync(first.ArticleId, Ct);
        Assert.Equal(first.SubmissionId, stored!.SubmissionId);
    }

    [SkippableFact]
    public async Task Duplicate_does_not_add_entity_or_quote_rows()
    {
        var first = ArticleFixtures.TranslatedArticle();
        await Store.SaveArticleAsync(first, Ct);
        await Store.SaveArticleAsync(first with { CorrelationId = Guid.NewGuid() }, Ct);

        Assert.Equal(4, await Harness.QueryAsync(db => db.ArticleEntities.CountAsync(Ct)));
        Assert.Equal(1, await Harness.QueryAsync(db => db.ArticleQuotes.CountAsync(Ct)));
    }

    [SkippableFact]
    public async Task Redelivery_returns_first_outcome_without_second_row_or_ledger_entry()
    {
        var message = ArticleFixtures.TranslatedArticle();

        var first = await Store.SaveArticleAsync(message, Ct);
        var again = await Store.SaveArticleAsync(message, Ct);

        Assert.Equal(SubmissionStatus.Stored, first.Status);
        Assert.Equal(first, again);
        Assert.Equal(1, await Store.CountArticlesAsync(Ct));
        Assert.Equal(1, await Harness.QueryAsync(db => db.Submissions.CountAsync(Ct)));
        Assert.Equal(4, await Harness.QueryAsync(db => db.ArticleEntities.CountAsync(Ct)));
    }

    [SkippableFact]
    public async Task Redelivered_duplicate_is_still_reported_as_duplicate()
    {
        var original = ArticleFixtures.TranslatedArticle();
        var copy = original with { CorrelationId = Guid.NewGuid() };
        await Store.SaveArticleAsync(original, Ct);

        var first = await Store.SaveArticleAsync(copy, Ct);
        var again = await Store.SaveArticleAsync(copy, Ct);

        Assert.Equal(SubmissionStatus.Duplicate, first.Status);
        Assert.Equal(first, again);
        Assert.Equal(2, await Harness.QueryAsync(db => db.Submissions.CountAsync(Ct)));
    }

    [SkippableFact]
    public async Task Rejection_is_recorded_once_when_recorded_twice()
    {
        var rejection = ArticleFixtures.Rejection();

        await Store.RecordRejectionAsync(rejection, Ct);
        await Store.RecordRejectionAsync(rejection with { Detail = "a second, different detail" }, Ct);

        var ledger = await Store.FindSubmissionAsync(rejection.CorrelationId, Ct);
        Assert.Equal(
            new SubmissionRecord(rejection.CorrelationId, rejection.SubmissionId, "scan.bin", SubmissionStatus.Rejected, null,
                "ingest", "binary-content", rejection.Detail, StoreHarness.Now),
            ledger);
        Assert.Equal(1, await Harness.QueryAsync(db => db.Submissions.CountAsync(Ct)));
        Assert.Equal(0, await Store.CountArticlesAsync(Ct));
    }

    [SkippableFact]
    public async Task The_same_bytes_rejected_again_for_the_same_reason_add_no_row()
    {
        var first = ArticleFixtures.Rejection();
        var again = first with { CorrelationId = Guid.NewGuid() };
        var otherReason = first with { CorrelationId = Guid.NewGuid(), Reason = "stage-failure", Stage = "extraction" };

        await Store.RecordRejectionAsync(first, Ct);
        await Store.RecordRejectionAsync(again, Ct);
        await Store.RecordRejectionAsync(otherReason, Ct);

        Assert.Null(await Store.FindSubmissionAsync(again.CorrelationId, Ct));
        Assert.NotNull(await Store.FindSubmissionAsync(otherReason.CorrelationId, Ct));
        Assert.Equal(2, await Harness.QueryAsync(db => db.Submissions.CountAsync(Ct)));
    }

    [SkippableFact]
    public async Task Rejection_after_storing_keeps_the_first_outcome()
    {
        var message = ArticleFixtures.TranslatedArticle();
        await Store.SaveArticleAsync(message, Ct);

        await Store.RecordRejectionAsync(ArticleFixtures.Rejection(message.CorrelationId), Ct);

        Assert.Equal(SubmissionStatus.Stored, (await Store.FindSubmissionAsync(message.CorrelationId, Ct))!.Status);
    }

    [SkippableFact]
    public async Task A_storage_failure_gives_way_when_the_replayed_message_is_stored_but_no_other_outcome_does()
    {
        var message = ArticleFixtures.TranslatedArticle();
        var failed = ArticleFixtures.Rejection(message.CorrelationId) with { Stage = "storage", Reason = RejectionReasons.StorageFailure };
        await Store.RecordRejectionAsync(failed, Ct);

        var replayed = await Store.SaveArticleAsync(message, Ct);
        var again = await Store.SaveArticleAsync(message, Ct);

        Assert.Equal(SubmissionStatus.Stored, replayed.Status);
        Assert.Equal(replayed, again);
        var ledger = await Store.FindSubmissionAsync(message.CorrelationId, Ct);
        Assert.Equal((SubmissionStatus.Stored, message.ArticleId, (string?)null), (ledger!.Status, ledger.ArticleId, ledger.Reason));
        Assert.Equal(1, await Harness.QueryAsync(db => db.Submissions.CountAsync(Ct)));
        Assert.Equal(4, await Harness.QueryAsync(db => db.ArticleEntities.CountAsync(Ct)));

        var other = ArticleFixtures.TranslatedArticle(articleId: Guid.NewGuid(), correlationId: Guid.NewGuid());
        await Store.RecordRejectionAsync(ArticleFixtures.Rejection(other.CorrelationId) with { Reason = RejectionReasons.PoisonMessage }, Ct);
        Assert.Equal(SubmissionStatus.Rejected, (await Store.SaveArticleAsync(other, Ct)).Status);
        Assert.Equal(1, await Store.CountArticlesAsync(Ct));
    }

    [SkippableFact]
    public async Task Stored_article_round_trips_every_field()
    {
        var message = ArticleFixtures.TranslatedArticle();
        await Store.SaveArticleAsync(message, Ct);

        var stored = await Store.FindArticleAsync(message.ArticleId, Ct);

        Assert.NotNull(stored);
        Assert.Equal(message.ArticleId, stored.ArticleId);
        Assert.Equal(message.SubmissionId, stored.SubmissionId);
        Assert.Equal(StoreHarness.Now, stored.StoredAt);
        JsonAssert.Equivalent(message.Article, stored.Article);
        JsonAssert.Equivalent(message.Provenance, stored.Provenance);
        JsonAssert.Equivalent(message.Extraction, stored.Extraction);
        Assert.Equal(message.Article.Published!.Utc, stored.Article.Published!.Utc);
        Assert.Equal(TimeSpan.FromHours(9), stored.Article.Published.Utc!.Value.Offset);
    }

    [SkippableFact]
    public async Task Queryable_columns_hold_time_provenance_and_body()
    {
        var message = ArticleFixtures.TranslatedArticle();
        await Store.SaveArticleAsync(message, Ct);

        var row = await Harness.QueryAsync(db => db.Articles.AsNoTracking().SingleAsync(Ct));

        Assert.Equal(new DateTimeOffset(2031, 3, 4, 0, 15, 0, TimeSpan.Zero), row.PublishedUtc);
        Assert.Equal(TimeSpan.Zero, row.PublishedUtc!.Value.Offset);
        Assert.Equal(540, row.PublishedOffsetMinutes);
        Assert.Equal("outlet", row.PublishedOffsetSource);
        Assert.Equal("4 Mar. 2031, 09:15", row.PublishedRaw);
        Assert.Equal("2031-03-04T09:15:00", row.PublishedLocal);
        Assert.True(row.IsTranslation);
        Assert.Equal("Namhae Sinmun", row.SourcePublication);
        Assert.Equal("ko", row.SourceLanguage);
        Assert.Equal("generative-ai", row.TranslationMethod);
        Assert.Equal("en-t-ko", row.LanguageTag);
        Assert.Equal("Harbor Light Daily", row.Outlet);
        Assert.Equal(message.Article.Body, row.Body);
        Assert.Contains("\"sourcePublication\":\"Namhae Sinmun\"", row.ProvenanceJson, StringComparison.Ordinal);
        Assert.Contains("가거도", row.DocumentJson, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Article_without_publication_time_stores_null_time_columns()
    {
        var message = ArticleFixtures.TranslatedArticle();
        message = message with { Article = message.Article with { Published = null } };
        await Store.SaveArticleAsync(message, Ct);

        var row = await Harness.QueryAsync(db => db.Articles.AsNoTracking().SingleAsync(Ct));
        Assert.Null(row.PublishedUtc);
        Assert.Null(row.PublishedOffsetMinutes);
        Assert.Null(row.PublishedRaw);
        Assert.Null((await Store.FindArticleAsync(message.ArticleId, Ct))!.Article.Published);
    }

    [SkippableFact]
    public async Task Entity_mentions_and_quotes_are_queryable_rows()
    {
        var message = ArticleFixtures.TranslatedArticle();
        await Store.SaveArticleAsync(message, Ct);

        var entities = await Harness.QueryAsync(db =>
            db.ArticleEntities.AsNoTracking().Where(e => e.ArticleId == message.ArticleId).OrderBy(e => e.Ordinal).ToListAsync(Ct));
        Assert.Equal(["e1", "e1", "e2", "e3"], entities.Select(e => e.EntityId));
        Assert.Equal([0, 1, 2, 3], entities.Select(e => e.Ordinal));
        Assert.Equal(["name", "nominal", "name", null], entities.Select(e => e.MentionKind));
        var baek = entities[2];
        Assert.Equal(("person", "Baek Yun-seo", "port director"), (baek.Type, baek.Canonical, baek.Role));
        Assert.Equal("Baek Yun-seo", message.Article.Body[baek.Start!.Value..baek.End!.Value]);
        Assert.Null(entities[3].Start);

        var found = await Harness.QueryAsync(db =>
            db.ArticleEntities.Where(e => e.Type == "organization" && e.Canonical == "Maritime Office").Select(e => e.ArticleId).Distinct().ToListAsync(Ct));
        Assert.Equal([message.ArticleId], found);

        var quote = await Harness.QueryAsync(db => db.ArticleQuotes.AsNoTracking().SingleAsync(Ct));
        Assert.Equal(("Baek Yun-seo", "said", true, 0.9), (quote.Speaker, quote.Verb, quote.Translated, quote.Confidence));
        Assert.Equal(quote.Text, message.Article.Body[quote.Start..quote.End]);
    }

    [SkippableFact]
    public async Task Articles_order_by_publication_instant_across_offsets()
    {
        // 09:00 in Seoul (00:00 UTC) is earlier than 08:00 in Lisbon in winter (08:00 UTC), though its local clock reads later.
        var seoul = WithPublished(new DateTimeOffset(2031, 1, 10, 9, 0, 0, TimeSpan.FromHours(9)));
        var lisbon = WithPublished(new DateTimeOffset(2031, 1, 10, 8, 0, 0, TimeSpan.Zero));
        var newYork = WithPublished(new DateTimeOffset(2031, 1, 9, 22, 0, 0, TimeSpan.FromHours(-5)));
        foreach (var message in new[] { lisbon, seoul, newYork })
        {
            await Store.SaveArticleAsync(message, Ct);
        }

        var cutoff = new DateTimeOffset(2031, 1, 10, 1, 0, 0, TimeSpan.Zero);
        var ordered = await Harness.QueryAsync(db => db.Articles.OrderBy(a => a.PublishedUtc).Select(a => a.Id).ToListAsync(Ct));
        var after = await Harness.QueryAsync(db => db.Articles.Where(a => a.PublishedUtc > cutoff).Select(a => a.Id).ToListAsync(Ct));

        Assert.Equal([seoul.ArticleId, newYork.ArticleId, lisbon.ArticleId], ordered);
        Assert.Equal(new[] { newYork.ArticleId, lisbon.ArticleId }.Order(), after.Order());
    }

    [SkippableFact]
    public async Task Text_with_nul_and_unpaired_surrogate_is_stored_without_moving_offsets()
    {
        // A UTF-16 file decoded with the wrong guess leaves NULs; PostgreSQL text refuses them, UTF-8 cannot carry a lone surrogate.
        var message = ArticleFixtures.TranslatedArticle();
        var body = "Ferry\0 fares \uD800rise" + message.Article.Body[5..];
        message = message with { Article = message.Article with { Body = body, Headline = "Fares\0 rise" } };

        var result = await Store.SaveArticleAsync(message, Ct);

        Assert.Equal(SubmissionStatus.Stored, result.Status);
        var row = await Harness.QueryAsync(db => db.Articles.AsNoTracking().SingleAsync(Ct));
        Assert.Equal(body.Length, row.Body.Length);
        Assert.StartsWith("Ferry\uFFFD fares \uFFFDrise", row.Body, StringComparison.Ordinal);
        Assert.Equal("Fares\uFFFD rise", row.Headline);
        var stored = await Store.FindArticleAsync(message.ArticleId, Ct);
        Assert.Equal(body.Length, stored!.Article.Body.Length);
        Assert.Equal(message.Article.Body.Replace("\uD800", "\uFFFD", StringComparison.Ordinal), stored.Article.Body);
    }

    [SkippableFact]
    public async Task Quote_with_non_finite_confidence_is_stored_with_zero_and_kept_in_json()
    {
        var message = ArticleFixtures.TranslatedArticle();
        var quotes = message.Extraction.Quotes.Select(q => q with { Confidence = double.NaN }).ToList();
        message = message with { Extraction = message.Extraction with { Quotes = quotes } };

        Assert.Equal(SubmissionStatus.Stored, (await Store.SaveArticleAsync(message, Ct)).Status);

        Assert.Equal(0, (await Harness.QueryAsync(db => db.ArticleQuotes.AsNoTracking().SingleAsync(Ct))).Confidence);
        Assert.True(double.IsNaN((await Store.FindArticleAsync(message.ArticleId, Ct))!.Extraction.Quotes[0].Confidence));
    }

    [SkippableFact]
    public async Task Unknown_ids_find_nothing()
    {
        Assert.Null(await Store.FindArticleAsync(Guid.NewGuid(), Ct));
        Assert.Null(await Store.FindSubmissionAsync(Guid.NewGuid(), Ct));
        Assert.Equal(0, await Store.CountArticlesAsync(Ct));
    }

    [SkippableFact]
    public async Task Parallel_submissions_of_one_article_store_it_exactly_once()
    {
        var original = ArticleFixtures.TranslatedArticle();
        var submissions = Enumerable.Range(0, 8).Select(_ => original with { CorrelationId = Guid.NewGuid() }).ToList();

        var results = await RaceAsync(submissions.Select(m => (Func<Task<StoreResult>>)(() => Store.SaveArticleAsync(m, Ct))));

        Assert.Single(results, r => r.Status == SubmissionStatus.Stored);
        Assert.Equal(7, results.Count(r => r.Status == SubmissionStatus.Duplicate && r.DuplicateOf == original.ArticleId));
        Assert.Equal(1, await Store.CountArticlesAsync(Ct));
        Assert.Equal(8, await Harness.QueryAsync(db => db.Submissions.CountAsync(Ct)));
        Assert.Equal(1, await Harness.QueryAsync(db => db.Submissions.CountAsync(s => s.Status == SubmissionStatus.Stored, Ct)));
        Assert.Equal(4, await Harness.QueryAsync(db => db.ArticleEntities.CountAsync(Ct)));
    }

    [SkippableFact]
    public async Task Parallel_redeliveries_of_one_message_store_it_once_with_one_outcome()
    {
        var message = ArticleFixtures.TranslatedArticle();

        var results = await RaceAsync(Enumerable.Range(0, 8).Select(_ => (Func<Task<StoreResult>>)(() => Store.SaveArticleAsync(message, Ct))));

        Assert.All(results, r => Assert.Equal(new StoreResult(SubmissionStatus.Stored, message.ArticleId, null), r));
        Assert.Equal(1, await Store.CountArticlesAsync(Ct));
        Assert.Equal(1, await Harness.QueryAsync(db => db.Submissions.CountAsync(Ct)));
        Assert.Equal(1, await Harness.QueryAsync(db => db.ArticleQuotes.CountAsync(Ct)));
    }

    /// <summary>Starts every call at once on the thread pool, each call on its own database context.</summary>
    private static async Task<StoreResult[]> RaceAsync(IEnumerable<Func<Task<StoreResult>>> calls)
    {
        using var start = new ManualResetEventSlim(false);
        var tasks = calls.Select(call => Task.Run(async () =>
        {
            start.Wait(Ct);
            return await call();
        })).ToList();
        start.Set();
        return await Task.WhenAll(tasks);
    }

    private static ArticleExtracted WithPublished(DateTimeOffset utc)
    {
        var message = ArticleFixtures.TranslatedArticle();
        var published = message.Article.Published! with { Utc = utc, OffsetMinutes = (int)utc.Offset.TotalMinutes };
        return message with { Article = message.Article with { Published = published } };
    }
}
