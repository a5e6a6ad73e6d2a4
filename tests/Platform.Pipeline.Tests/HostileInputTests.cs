using System.Text.RegularExpressions;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Cli.Benchmarking;
using Platform.Contracts;
using Platform.Extraction;
using Platform.Ingest.Decoding;
using Platform.Messaging;
using Platform.Provenance;
using Platform.Provenance.Detection;

namespace Platform.Pipeline.Tests;

/// <summary>
/// Poison input is bounded: each hostile file ends as exactly one outcome (through the stages, or rejected with its
/// reason at the stage that refused it), within the processing budget, and a timeout is a rejection, not a retry.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly Lazy<InProcessStages> Stages = new(() => StagesWith(new IngestOptions()));

    private static InProcessStages StagesWith(IngestOptions ingest) =>
        new(new ArticleFileDecoder(ingest).WarmUp(), new TranslationProvenanceDetector(), ArticleExtractor.CreateDefault(), new ProcessingBudgetOptions());

    [Theory]
    [InlineData(HostileFiles.NestedHtml, "too-deeply-nested", PipelineStages.Ingest)]
    [InlineData(HostileFiles.DeepJson, "too-deeply-nested", PipelineStages.Ingest)]
    [InlineData(HostileFiles.LongLine, "too-large", PipelineStages.Ingest)]
    [InlineData(HostileFiles.Binary, "binary-content", PipelineStages.Ingest)]
    [InlineData(HostileFiles.LongTokenBeforeQuote, "not-an-article", PipelineStages.Ingest)]
    public void A_hostile_file_is_rejected_with_its_reason(string kind, string reason, string stage)
    {
        var (name, bytes) = HostileFiles.Make(kind, 1);

        var outcome = Stages.Value.Run(bytes, name);

        Assert.True(outcome.Status == StageOutcome.Rejected && outcome.Reason == reason && outcome.Stage == stage, $"{outcome}: {outcome.Detail}");
    }

    [Theory]
    [InlineData(HostileFiles.CommaByline)]
    [InlineData(HostileFiles.InvalidUtf8)]
    public void A_hostile_file_that_still_reads_as_an_article_passes_every_stage(string kind)
    {
        var (name, bytes) = HostileFiles.Make(kind, 1);

        var outcome = Stages.Value.Run(bytes, name);

        Assert.True(outcome.Status == StageOutcome.Passed, $"{outcome}: {outcome.Detail}");
    }

    [Fact]
    public void A_10_MB_single_line_under_a_raised_size_limit_ends_as_one_outcome_without_a_timeout()
    {
        var (name, bytes) = HostileFiles.Make(HostileFiles.LongLine, 2);

        var outcome = StagesWith(new IngestOptions { MaxFileBytes = 16 * 1024 * 1024 }).Run(bytes, name);

        // Exactly one outcome and no crash: it passes, or a stage refuses it with a reason (on a loaded machine a pattern's
        // single pass over 10 MB may pass its match timeout: processing-timeout, never a retry or a hang).
        Assert.True(outcome.Status == StageOutcome.Passed
                    || outcome.Reason is RejectionReasons.ProcessingTimeout or RejectionReasons.NotAnArticle, $"{outcome}: {outcome.Detail}");
    }

    [Fact]
    public void The_comma_byline_gives_no_author()
    {
        var (name, bytes) = HostileFiles.Make(HostileFiles.CommaByline, 3);

        var decision = new ArticleFileDecoder(new IngestOptions()).Decode(bytes, name, null);

        Assert.NotNull(decision.Article);
        Assert.Empty(decision.Article!.Authors);
    }

    [Fact]
    public void A_catastrophically_backtracking_pattern_is_a_processing_timeout_not_a_hang()
    {
        // (a+)+$ against "aaaa...!" backtracks exponentially; with a match timeout it throws instead of hanging.
        var pattern = new Regex("(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(50));
        using var budget = new ProcessingBudget(new ProcessingBudgetOptions(), CancellationToken.None);
        var header = new ArticleIngested
        {
            SubmissionId = "s", CorrelationId = Guid.NewGuid(), ArticleId = Guid.NewGuid(),
            Article = new ArticleDocument { Headline = "h", Body = "b", Format = "text", Encoding = "utf-8", EncodingReason = "test" },
        };

        var error = Record.Exception(() => pattern.IsMatch(new string('a', 40) + "!"));

        Assert.IsType<RegexMatchTimeoutException>(error);
        Assert.True(budget.IsExceededBy(error));
        var rejection = ArticleRejections.ProcessingTimeout(header, PipelineStages.Provenance, budget.Limit, error);
        Assert.Equal("processing-timeout", rejection.Reason);
        Assert.Equal(PipelineStages.Provenance, rejection.Stage);
    }

    [Fact]
    public void A_shutdown_is_not_a_processing_timeout()
    {
        using var shutdown = new CancellationTokenSource();
        using var budget = new ProcessingBudget(new ProcessingBudgetOptions(), shutdown.Token);
        shutdown.Cancel();

        Assert.False(budget.IsExceededBy(new OperationCanceledException(budget.Token)));
        Assert.False(budget.IsExceededBy(new InvalidOperationException("a bug")));
    }

    [Fact]
    public void The_budget_is_read_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Processing:BudgetSeconds"] = "2.5" }).Build();

        Assert.Equal(TimeSpan.FromSeconds(2.5), ProcessingBudgetOptions.From(configuration).PerMessage);
        Assert.Equal(TimeSpan.FromSeconds(30), ProcessingBudgetOptions.From(new ConfigurationBuilder().Build()).PerMessage);
    }

    [Fact]
    public async Task Provenance_stage_over_budget_records_processing_timeout_once_without_retry()
    {
        var (id, article) = TestArticles.Decode("busan-port-automation.txt");
        // A budget far below what detection takes, set the way an operator sets it (Processing__BudgetSeconds).
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Processing:BudgetSeconds"] = "0.000001" }).Build();
        await using var stage = await StageHarness.StartAsync(x =>
        {
            x.TryAddSingleton(ProcessingBudgetOptions.From(configuration));
            x.AddProvenanceStage();
        });

        await stage.Harness.Bus.Publish(new ArticleIngested { SubmissionId = "s1", CorrelationId = Guid.NewGuid(), ArticleId = id, Article = article });

        Assert.True(await stage.Harness.Published.Any<ArticleRejected>());
        var rejected = stage.Harness.Published.Select<ArticleRejected>().Single().Context.Message;
        Assert.Equal(RejectionReasons.ProcessingTimeout, rejected.Reason);
        Assert.Equal(PipelineStages.Provenance, rejected.Stage);
        Assert.Contains("budget", rejected.Detail, StringComparison.Ordinal);
        Assert.False(await stage.Harness.Published.Any<ArticleProvenanceResolved>());
        Assert.False(await stage.Harness.Published.Any<MassTransit.Fault<ArticleIngested>>());
        Assert.Single(stage.Harness.Consumed.Select<ArticleIngested>());
    }
}
