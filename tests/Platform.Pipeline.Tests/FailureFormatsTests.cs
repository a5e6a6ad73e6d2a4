using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Platform.Cli.Distributed;
using Platform.Cli.Embedded;
using Platform.Cli.Failures;
using Platform.Contracts;
using Platform.Messaging;
using RabbitMQ.Client;

namespace Platform.Pipeline.Tests;

/// <summary>The pure parts of the failure tools: x-death headers, parked messages, their lines, and submit --wait's lines.</summary>
public sealed class FailureFormatsTests
{
    private static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void Reads_the_newest_x_death_entry_as_RabbitMQ_Client_delivers_it()
    {
        var headers = new Dictionary<string, object?>
        {
            ["x-death"] = new List<object>
            {
                new Dictionary<string, object?>
                {
                    ["count"] = 51L, ["reason"] = B("delivery_limit"), ["queue"] = B("provenance"),
                    ["time"] = new AmqpTimestamp(1_800_000_000), ["exchange"] = B("provenance"),
                },
                new Dictionary<string, object?> { ["count"] = 1L, ["reason"] = B("rejected"), ["queue"] = B("older") },
            },
            ["x-first-death-queue"] = B("older"),
        };

        var death = DeadLetterDeath.From(headers);

        Assert.Equal(new DeadLetterDeath("provenance", "delivery_limit", 51, DateTimeOffset.FromUnixTimeSeconds(1_800_000_000)), death);
    }

    [Fact]
    public void Falls_back_to_the_first_death_headers_and_is_null_without_any()
    {
        var death = DeadLetterDeath.From(new Dictionary<string, object?> { ["x-first-death-queue"] = "storage", ["x-first-death-reason"] = B("rejected") });
        Assert.Equal(new DeadLetterDeath("storage", "rejected", 1, null), death);
        Assert.Null(DeadLetterDeath.From(new Dictionary<string, object?> { ["MT-Reason"] = "fault" }));
    }

    [Fact]
    public void The_delivery_limit_is_fifty_unless_configured_and_must_be_positive()
    {
        IConfiguration Config(string? value) => new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DeadLetterPolicy.DeliveryLimitKey] = value }).Build();
        Assert.Equal(50, DeadLetterPolicy.ReadDeliveryLimit(Config(null)));
        Assert.Equal(7, DeadLetterPolicy.ReadDeliveryLimit(Config("7")));
        Assert.Throws<InvalidOperationException>(() => DeadLetterPolicy.ReadDeliveryLimit(Config("0")));
    }

    [Fact]
    public void A_faulted_message_shows_its_file_submission_exception_and_age_and_returns_to_its_queue()
    {
        var body = B("""
            {"messageId":"0a000000-0000-0000-0000-000000000001","messageType":["urn:message:Platform.Contracts:ArticleExtracted"],
             "sentTime":"2026-01-01T10:00:00Z","message":{"submissionId":"abcdef0123456789","correlationId":"0a000000-0000-0000-0000-000000000002",
             "article":{"fileName":"harbour.txt"}}}
            """);
        var headers = new Dictionary<string, object?>
        {
            ["MT-Fault-ExceptionType"] = B("Npgsql.NpgsqlException"),
            ["MT-Fault-Message"] = B("Failed to connect to 127.0.0.1:5432\nsecond line"),
            ["MT-Fault-Timestamp"] = B("2026-01-01T10:00:05Z"),
        };

        var failed = FailedMessage.Read("storage_error", null, headers, body);
        var line = FailureLines.Format(failed, DateTimeOffset.Parse("2026-01-01T12:30:00Z", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal("storage", failed.ReturnTo);
        Assert.Equal("Platform.Contracts:ArticleExtracted", failed.MessageType);
        Assert.Equal("storage_error\t0a000000-0000-0000-0000-000000000001\tharbour.txt\tabcdef012345\t2h\tNpgsqlException: Failed to connect to 127.0.0.1:5432 second line", line);
    }

    [Fact]
    public void A_dead_letter_shows_the_queue_it_died_in_and_why_and_returns_there()
    {
        var body = B("""{"messageId":"m-2","messageType":["urn:message:Platform.Contracts:IngestArticleFile"],"message":{"submissionId":"s2","fileName":"x.txt"}}""");
        var headers = new Dictionary<string, object?>
        {
            ["x-death"] = new List<object> { new Dictionary<string, object?> { ["queue"] = B("ingest-files"), ["reason"] = B("delivery_limit"), ["count"] = 3L } },
        };

        var failed = FailedMessage.Read(QueueNames.DeadLetters, "m-2", headers, body);

        Assert.Equal("ingest-files", failed.ReturnTo);
        Assert.Equal("x.txt", failed.FileName);
        Assert.Equal("dead-lettered from ingest-files: delivery_limit (3 time(s))", failed.Reason);
        Assert.Equal("-", FailureLines.Format(failed, DateTimeOffset.UtcNow).Split('\t')[4]);
    }

    [Fact]
    public void A_body_that_is_not_a_MassTransit_envelope_is_still_listed()
    {
        var failed = FailedMessage.Read("provenance_error", "m-3", null, B("not json"));
        Assert.Equal(("provenance", "m-3", "unknown"), (failed.ReturnTo, failed.MessageId, failed.Reason));
        Assert.Null(failed.FileName);
    }

    [Theory]
    [InlineData(-5, "0s")]
    [InlineData(42, "42s")]
    [InlineData(301, "5m")]
    [InlineData(3 * 3600 + 59, "3h")]
    [InlineData(2 * 86400 + 5, "2d")]
    public void Ages_are_given_in_their_largest_whole_unit(int seconds, string expected) =>
        Assert.Equal(expected, FailureLines.Age(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Outcome_events_are_read_from_MassTransit_envelopes()
    {
        var correlation = Guid.NewGuid();
        var article = Guid.NewGuid();
        var stored = FormattableString.Invariant($$$"""
            {"messageType":["urn:message:Platform.Contracts:ArticleStored"],"message":{"schemaVersion":1,"submissionId":"s","correlationId":"{{{correlation}}}",
             "articleId":"{{{article}}}","status":"duplicate","duplicateOf":"{{{article}}}","fileName":"a.txt"}}
            """);
        var rejected = FormattableString.Invariant($$$"""
            {"messageType":["urn:message:Platform.Contracts:ArticleRejectionRecorded"],"message":{"submissionId":"s","correlationId":"{{{correlation}}}",
             "stage":"ingest","reason":"empty-file","detail":"Empty."}}
            """);

        Assert.Equal((correlation, new SubmissionOutcome("duplicate", article, article, null, null, null)), OutcomeEvents.Read(B(stored)));
        Assert.Equal((correlation, new SubmissionOutcome("rejected", null, null, "ingest", "empty-file", "Empty.")), OutcomeEvents.Read(B(rejected)));
        Assert.Null(OutcomeEvents.Read(B("""{"messageType":["urn:message:Platform.Contracts:ArticleIngested"],"message":{}}""")));
        Assert.Equal("Platform.Contracts:ArticleStored", OutcomeEvents.Exchanges[0]);
    }

    [Fact]
    public void Submit_wait_lines_follow_the_process_json_contract()
    {
        var article = Guid.NewGuid();
        var timeout = TimeSpan.FromSeconds(30);

        var stored = Parse(SubmitOutcomeLine.Write("a.txt", "sub-a", new SubmissionOutcome("stored", article, null, null, null, null), null, timeout));
        var rejected = Parse(SubmitOutcomeLine.Write("b.txt", "sub-b", new SubmissionOutcome("rejected", null, null, "ingest", "empty-file", "Empty."), null, timeout));
        var missing = Parse(SubmitOutcomeLine.Write("c.txt", "sub-c", null, null, timeout));

        Assert.Equal(("a.txt", "stored", "sub-a", article.ToString()), (S(stored, "file"), S(stored, "status"), S(stored, "submissionId"), S(stored, "articleId")));
        Assert.Equal(("rejected", "empty-file", "Empty."), (S(rejected, "status"), S(rejected, "reason"), S(rejected, "detail")));
        Assert.Equal(("rejected", RejectionReasons.NoOutcome), (S(missing, "status"), S(missing, "reason")));
        Assert.Contains("30 s", S(missing, "detail"));
        // every line carries every key of the contract, whatever its outcome
        var keys = stored.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("headline", keys);
        Assert.Equal(keys, rejected.EnumerateObject().Select(p => p.Name));
        Assert.Equal(keys, missing.EnumerateObject().Select(p => p.Name));
    }

    private static JsonElement Parse(string line) => JsonDocument.Parse(line).RootElement.Clone();
    private static string? S(JsonElement e, string name) => e.GetProperty(name).GetString();
}
