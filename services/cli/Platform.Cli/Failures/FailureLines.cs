using System.Globalization;

namespace Platform.Cli.Failures;

/// <summary>How <c>platform failures list</c> prints a parked message: one line of tab-separated columns under a header.</summary>
public static class FailureLines
{
    public const string Header = "queue\tmessage\tfile\tsubmission\tage\treason";

    public static string Format(FailedMessage message, DateTimeOffset now) => string.Join('\t',
        message.Queue,
        message.MessageId ?? "-",
        message.FileName ?? "-",
        message.SubmissionId is { Length: > 12 } id ? id[..12] : message.SubmissionId ?? "-",
        message.FailedAt is { } at ? Age(now - at) : "-",
        OneLine(message.Reason));

    /// <summary>An age in its largest whole unit: <c>42s</c>, <c>5m</c>, <c>3h</c>, <c>2d</c> (never negative).</summary>
    public static string Age(TimeSpan age)
    {
        if (age < TimeSpan.Zero) age = TimeSpan.Zero;
        return age.TotalMinutes < 1 ? $"{(int)age.TotalSeconds}s"
            : age.TotalHours < 1 ? $"{(int)age.TotalMinutes}m"
            : age.TotalDays < 1 ? $"{(int)age.TotalHours}h"
            : string.Create(CultureInfo.InvariantCulture, $"{(int)age.TotalDays}d");
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');
}
