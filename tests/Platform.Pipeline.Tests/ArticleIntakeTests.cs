using MassTransit.Testing;
using Platform.Contracts;
using Platform.Ingest;
using Platform.Ingest.Decoding;
using Platform.Ingest.Intake;

namespace Platform.Pipeline.Tests;

/// <summary>The one intake every way in uses: size limit, ids, rejection wording, and a decoder answer for a way in that waits.</summary>
public sealed class ArticleIntakeTests
{
    [Fact]
    public async Task A_file_over_the_limit_is_rejected_at_intake_and_never_sent_to_the_decoder()
    {
        await using var stage = await StageHarness.StartAsync(x => x.AddIngestStage());
        var intake = new ArticleIntake(new IngestOptions { MaxFileBytes = 100 }, stage.Harness.Bus);

        var receipt = await intake.SubmitAsync(new byte[101], "big.txt", null, "test", null, CancellationToken.None);

        Assert.True(receipt.RejectedAtIntake);
        Assert.Equal(RejectionReasons.TooLarge, receipt.RejectionReason);
        var rejected = stage.Harness.Published.Select<ArticleRejected>().Single().Context.Message;
        Assert.Equal(receipt.SubmissionId, rejected.SubmissionId);
        Assert.Equal(new IngestOptions { MaxFileBytes = 100 }.TooLargeDetail(101), rejected.Detail);
        Assert.False(await stage.Harness.Sent.Any<IngestArticleFile>());
    }

    [Fact]
    public async Task A_way_in_that_waits_gets_the_article_id_from_the_one_decoding()
    {
        await using var stage = await StageHarness.StartAsync(x => x.AddIngestStage());
        var intake = new ArticleIntake(new IngestOptions(), stage.Harness.Bus);

        var receipt = await intake.SubmitAndWaitForDecodingAsync(TestArticles.Bytes("busan-port-automation.txt"), "busan.txt", "text/plain", "test", CancellationToken.None);

        var ingested = stage.Harness.Published.Select<ArticleIngested>().Single().Context.Message;
        Assert.Equal(ingested.ArticleId, receipt.ArticleId);
        Assert.False(receipt.IsRejected);
        Assert.Single(stage.Harness.Consumed.Select<IngestArticleFile>());
    }

    [Fact]
    public async Task A_file_sent_by_a_way_in_that_waits_does_not_expire_with_the_wait()
    {
        await using var stage = await StageHarness.StartAsync(x => x.AddIngestStage());
        var intake = new ArticleIntake(new IngestOptions(), stage.Harness.Bus);

        await intake.SubmitAndWaitForDecodingAsync(TestArticles.Bytes("busan-port-automation.txt"), "busan.txt", "text/plain", "test", CancellationToken.None);

        Assert.True(await stage.Harness.Sent.Any<IngestArticleFile>());
        Assert.Null(stage.Harness.Sent.Select<IngestArticleFile>().Single().Context.TimeToLive);
    }

    [Fact]
    public async Task A_way_in_that_waits_gets_the_decoders_reason_for_a_rejection()
    {
        await using var stage = await StageHarness.StartAsync(x => x.AddIngestStage());
        var intake = new ArticleIntake(new IngestOptions(), stage.Harness.Bus);

        var receipt = await intake.SubmitAndWaitForDecodingAsync([], "empty.txt", "text/plain", "test", CancellationToken.None);

        Assert.Equal(RejectionReasons.EmptyFile, receipt.RejectionReason);
        Assert.False(receipt.RejectedAtIntake);
        Assert.Null(receipt.ArticleId);
        Assert.Equal(RejectionReasons.EmptyFile, stage.Harness.Published.Select<ArticleRejected>().Single().Context.Message.Reason);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_recorded_as_unreadable_under_a_stable_id()
    {
        await using var stage = await StageHarness.StartAsync(x => x.AddIngestStage());
        var intake = new ArticleIntake(new IngestOptions(), stage.Harness.Bus);
        var missing = Path.Combine(Path.GetTempPath(), "platform-intake-" + Guid.NewGuid().ToString("N"), "gone.txt");

        var first = await intake.SubmitFileAsync(missing, "gone.txt", "test", redeliveryKey: null, CancellationToken.None);
        var second = await intake.SubmitFileAsync(missing, "gone.txt", "test", redeliveryKey: null, CancellationToken.None);

        Assert.Equal(RejectionReasons.UnreadableFile, first.RejectionReason);
        Assert.Equal(first.SubmissionId, second.SubmissionId);
        Assert.Equal(2, stage.Harness.Published.Select<ArticleRejected>().Count());
    }
}
