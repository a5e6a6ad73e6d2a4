using Microsoft.Extensions.Configuration;

namespace Platform.Messaging;

/// <summary>
/// How long one stage may work on one message (decode, provenance detection, extraction) before the article is rejected
/// as <c>processing-timeout</c>: configuration key <c>Processing:BudgetSeconds</c> (<c>Processing__BudgetSeconds</c>),
/// default 30 s.
/// </summary>
public sealed record ProcessingBudgetOptions
{
    public const string BudgetSecondsKey = "Processing:BudgetSeconds";

    public TimeSpan PerMessage { get; init; } = TimeSpan.FromSeconds(30);

    public static ProcessingBudgetOptions From(IConfiguration configuration)
    {
        var seconds = configuration.GetValue<double?>(BudgetSecondsKey);
        return seconds is > 0 ? new ProcessingBudgetOptions { PerMessage = TimeSpan.FromSeconds(seconds.Value) } : new ProcessingBudgetOptions();
    }
}
