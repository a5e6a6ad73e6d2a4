using System.Text.Json;
using Platform.Cli.Embedded;
using Platform.Contracts;

namespace Platform.Cli.Distributed;

/// <summary>
/// Reads storage's outcome events (<see cref="ArticleStored"/>, <see cref="ArticleRejectionRecorded"/>) from MassTransit's JSON
/// envelope as they arrive on a plain AMQP subscription: the submission's correlation id and its outcome.
/// </summary>
public static class OutcomeEvents
{
    /// <summary>The exchanges MassTransit publishes them to (its entity names: <c>Namespace:Type</c>).</summary>
    public static IReadOnlyList<string> Exchanges { get; } = [ExchangeOf(typeof(ArticleStored)), ExchangeOf(typeof(ArticleRejectionRecorded))];

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string ExchangeOf(Type message) => $"{message.Namespace}:{message.Name}";

    /// <summary>The outcome an event body announces, or null for anything else.</summary>
    public static (Guid CorrelationId, SubmissionOutcome Outcome)? Read(ReadOnlySpan<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            if (!document.RootElement.TryGetProperty("messageType", out var types) || types.ValueKind != JsonValueKind.Array
                || !document.RootElement.TryGetProperty("message", out var message))
            {
                return null;
            }
            var type = types.EnumerateArray().Select(t => t.GetString()).ToList();
            if (type.Contains(Urn(typeof(ArticleStored))) && message.Deserialize<ArticleStored>(Options) is { } stored)
            {
                return (stored.CorrelationId, new SubmissionOutcome(stored.Status, stored.ArticleId, stored.DuplicateOf, null, null, null));
            }
            if (type.Contains(Urn(typeof(ArticleRejectionRecorded))) && message.Deserialize<ArticleRejectionRecorded>(Options) is { } rejected)
            {
                return (rejected.CorrelationId, new SubmissionOutcome(SubmissionStatus.Rejected, null, null, rejected.Stage, rejected.Reason, rejected.Detail));
            }
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Urn(Type message) => "urn:message:" + ExchangeOf(message);
}
