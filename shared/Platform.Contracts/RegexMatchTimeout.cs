using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Platform.Contracts;

/// <summary>
/// The one match timeout for every regular expression the platform runs on article text, which is untrusted input: a
/// pattern that backtracks badly on a hostile line throws <see cref="RegexMatchTimeoutException"/> after this long instead
/// of holding a worker, and the stage records a <see cref="RejectionReasons.ProcessingTimeout"/> rejection.
/// <c>[GeneratedRegex]</c> takes <see cref="PerMatchMilliseconds"/>; constructors and static <see cref="Regex"/> methods take
/// <see cref="PerMatch"/>. <c>tests/Platform.Architecture.Tests</c> fails on any regex built without a timeout.
/// </summary>
public static class RegexMatchTimeout
{
    /// <summary>
    /// Ten seconds: far above any match on real article text (microseconds), below the processing budget, and wide enough
    /// that a worker starved of CPU on a busy machine does not turn a good article into a timeout (the timeout counts
    /// wall-clock time; at two seconds a loaded two-core machine rejected good articles).
    /// </summary>
    public const int PerMatchMilliseconds = 10_000;

    /// <summary>The AppContext switch the regex engine reads for regexes built without an explicit timeout.</summary>
    public const string DefaultTimeoutSwitch = "REGEX_DEFAULT_MATCH_TIMEOUT";

    public static readonly TimeSpan PerMatch = TimeSpan.FromMilliseconds(PerMatchMilliseconds);

    /// <summary>
    /// Backstop for regexes outside our code (libraries): sets the process-wide default match timeout when this assembly
    /// loads, which every stage, host and the command line do before they read any article. Must run before the first
    /// <see cref="Regex"/> is used, since the engine reads it once.
    /// </summary>
    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "A process-wide backstop must be set before any regex runs.")]
    internal static void SetProcessDefault()
    {
        if (AppContext.GetData(DefaultTimeoutSwitch) is null)
        {
            AppContext.SetData(DefaultTimeoutSwitch, PerMatch);
        }
    }
}
