using System.Text;
using System.Text.Json;
using Platform.Messaging;

namespace Platform.Cli.Failures;

/// <summary>
/// One message parked in an <c>_error</c> queue or the dead-letter queue, as <c>platform failures list</c> shows it: where it
/// is, which file and submission it belongs to, why it failed and when, and the queue <c>failures replay</c> returns it to.
/// </summary>
public sealed record FailedMessage(
    string Queue, string? MessageId, string? MessageType, string? FileName, string? SubmissionId, string Reason,
    DateTimeOffset? FailedAt, string ReturnTo)
{
    public const string FaultMessageHeader = "MT-Fault-Message";
    public const string FaultExceptionTypeHeader = "MT-Fault-ExceptionType";
    public const string FaultTimestampHeader = "MT-Fault-Timestamp";

    /// <summary>Reads a message as taken from <paramref name="queue"/>: MassTransit's JSON envelope and fault headers, or RabbitMQ's
    /// dead-letter headers. Anything unreadable is left null, never a failure: a parked message is shown whatever it holds.</summary>
    public static FailedMessage Read(string queue, string? messageId, IDictionary<string, object?>? headers, ReadOnlySpan<byte> body)
    {
        headers ??= new Dictionary<string, object?>();
        var envelope = Envelope.Read(body);
        var death = DeadLetterDeath.From(headers);
        string reason;
        DateTimeOffset? failedAt;
        if (Text(headers, FaultMessageHeader) is { } faultMessage)
        {
            reason = Text(headers, FaultExceptionTypeHeader) is { } type ? $"{ShortTypeName(type)}: {faultMessage}" : faultMessage;
            failedAt = DateTimeOffset.TryParse(Text(headers, FaultTimestampHeader), System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at : envelope.SentTime;
        }
        else if (death is not null)
        {
            reason = $"dead-lettered from {death.Queue}: {death.Reason} ({death.Count} time(s))";
            failedAt = death.Time ?? envelope.SentTime;
        }
        else
        {
            reason = "unknown";
            failedAt = envelope.SentTime;
        }
        return new FailedMessage(queue, messageId ?? envelope.MessageId, envelope.MessageType, envelope.FileName, envelope.SubmissionId,
            reason, failedAt, ReturnQueue(queue, death));
    }

    /// <summary><c>X_error</c> goes back to <c>X</c>; a dead letter to the queue it died in.</summary>
    public static string ReturnQueue(string queue, DeadLetterDeath? death)
    {
        if (queue.EndsWith(QueueNames.ErrorSuffix, StringComparison.Ordinal)) return queue[..^QueueNames.ErrorSuffix.Length];
        return death is { Queue: var q } && q != DeadLetterDeath.Unknown ? q : queue;
    }

    private static string? Text(IDictionary<string, object?> headers, string name) => headers.TryGetValue(name, out var value)
        ? value switch { null => null, byte[] bytes => Encoding.UTF8.GetString(bytes), _ => value.ToString() }
        : null;

    private static string ShortTypeName(string type) => type[(type.LastIndexOf('.') + 1)..];

    /// <summary>What <c>list</c> needs from MassTransit's JSON envelope (<c>messageId</c>, <c>messageType</c>, <c>sentTime</c>,
    /// <c>message</c>; a fault's article message is its <c>message.message</c>).</summary>
    private sealed record Envelope(string? MessageId, string? MessageType, string? FileName, string? SubmissionId, DateTimeOffset? SentTime)
    {
        public static Envelope Read(ReadOnlySpan<byte> body)
        {
            try
            {
                using var document = JsonDocument.Parse(body.ToArray());
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object) return new Envelope(null, null, null, null, null);
                var type = root.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0
                    ? types[0].GetString()?.Replace("urn:message:", "", StringComparison.Ordinal)
                    : null;
                var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
                if (message.ValueKind == JsonValueKind.Object && message.TryGetProperty("message", out var inner) && inner.ValueKind == JsonValueKind.Object)
                {
                    message = inner; // a Fault<T>: the article message it failed on
                }
                return new Envelope(String(root, "messageId"), type,
                    String(message, "fileName") ?? (message.ValueKind == JsonValueKind.Object && message.TryGetProperty("article", out var article) ? String(article, "fileName") : null),
                    String(message, "submissionId"),
                    DateTimeOffset.TryParse(String(root, "sentTime"), System.Globalization.CultureInfo.InvariantCulture,
                        System.Globalization.DateTimeStyles.AssumeUniversal, out var sent) ? sent : null);
            }
            catch (JsonException)
            {
                return new Envelope(null, null, null, null, null);
            }
        }

        private static string? String(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
    }
}
