using Platform.Storage.Persistence;
using Platform.Storage.Queries;

namespace Platform.Pipeline.Tests.Questions;

/// <summary>The embedded store and PostgreSQL, seeded from the same files, give the same answers: the same set of articles
/// for every article question (ranked search may order them differently), and equal counts, entities and quotes.</summary>
[Collection(SeededStoresCollection.Name)]
public sealed class SameAnswersInBothStoresTests(SeededStores seeded)
{
    public static TheoryData<string> ArticleQuestions() =>
    [
        "all", "words:flood barriers", "words:the", "words:minister said", "words:Seoul", "translation:yes", "translation:no", "translation:unknown",
        "method:generative-ai", "method:machine", "method:human", "suspicion", "ai-unreviewed", "language:en", "outlet:daily", "from:2025-01-01",
        "to:2024-12-31", "entity:Rotich", "author:kim",
    ];

    [SkippableTheory]
    [MemberData(nameof(ArticleQuestions))]
    public async Task The_same_articles_answer_the_same_question(string question)
    {
        var filter = Filter(question) with { PageSize = ArticleFilter.MaxPageSize };

        var embedded = await seeded.AskAsync(StorageProvider.Sqlite, q => q.Articles.FindAsync(filter, CancellationToken.None));
        var postgres = await seeded.AskAsync(StorageProvider.Postgres, q => q.Articles.FindAsync(filter, CancellationToken.None));

        Assert.Equal(embedded.Total, postgres.Total);
        Assert.Equal(embedded.Items.Select(a => a.ArticleId).ToHashSet(), postgres.Items.Select(a => a.ArticleId).ToHashSet());
        Assert.Equal(embedded.Items.OrderBy(a => a.ArticleId).Select(a => a with { Rank = null }), postgres.Items.OrderBy(a => a.ArticleId).Select(a => a with { Rank = null }), new SummaryComparer());
    }

    [SkippableFact]
    public async Task Counts_entities_quotes_and_rejections_are_the_same()
    {
        async Task Same<T>(Func<StoreQueries, Task<T>> ask, Func<T, object> shape)
        {
            var embedded = await seeded.AskAsync(StorageProvider.Sqlite, ask);
            var postgres = await seeded.AskAsync(StorageProvider.Postgres, ask);
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(shape(embedded)), System.Text.Json.JsonSerializer.Serialize(shape(postgres)));
        }

        var ct = CancellationToken.None;
        await Same(q => q.Pipeline.CountsAsync(ct), c => c);
        await Same(q => q.Provenance.PerOutletAndMethodAsync(null, null, ct), c => c);
        await Same(q => q.Entities.MostMentionedAsync(null, null, null, 50, ct), c => c);
        await Same(q => q.Entities.MostMentionedAsync("location", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), 50, ct), c => c);
        await Same(q => q.Entities.CoOccurringAsync("Rotich", null, 50, ct), c => c);
        await Same(q => q.Quotes.BySpeakerAsync("a", 1, ArticleFilter.MaxPageSize, ct), p => p.Items.OrderBy(h => h.ArticleId).ThenBy(h => h.Text, StringComparer.Ordinal).ToList());
        await Same(q => q.Quotes.ByOrganisationAsync(ct), g => g);
        await Same(q => q.Pipeline.RejectionsAsync(null, 1, ArticleFilter.MaxPageSize, ct), p => p.Items.Select(r => (r.FileName, r.Stage, r.Reason, r.Detail)).Order().ToList());
    }

    private static ArticleFilter Filter(string question)
    {
        var (kind, value) = question.IndexOf(':') is var i and > 0 ? (question[..i], question[(i + 1)..]) : (question, "");
        return kind switch
        {
            "all" => new ArticleFilter(),
            "words" => new ArticleFilter { Words = value },
            "translation" => new ArticleFilter { Translation = value },
            "method" => new ArticleFilter { Method = value },
            "suspicion" => new ArticleFilter { Suspicion = true },
            "ai-unreviewed" => new ArticleFilter { AiUnreviewed = true },
            "language" => new ArticleFilter { Language = value },
            "outlet" => new ArticleFilter { Outlet = value },
            "from" => new ArticleFilter { From = DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
            "to" => new ArticleFilter { To = DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
            "entity" => new ArticleFilter { Entity = value },
            "author" => new ArticleFilter { Author = value },
            _ => throw new ArgumentException(question),
        };
    }

    /// <summary>Summaries compared by value (their author lists are arrays).</summary>
    private sealed class SummaryComparer : IEqualityComparer<ArticleSummary>
    {
        public bool Equals(ArticleSummary? x, ArticleSummary? y) =>
            x is not null && y is not null && x with { Authors = [] } == y with { Authors = [] } && x.Authors.SequenceEqual(y.Authors);

        public int GetHashCode(ArticleSummary obj) => obj.ArticleId.GetHashCode();
    }
}
