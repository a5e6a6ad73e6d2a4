using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Extraction.Dates;

/// <summary>The date a rule's match stands for: its text (trailing space trimmed), offsets, value and evidence.</summary>
internal static class MatchedDate
{
    public static ExtractedDate From(Match m, string? resolved, string kind, string? anchor, string evidence) => new()
    {
        Text = m.Value.Trim(),
        Start = m.Index,
        End = m.Index + m.Value.TrimEnd().Length,
        Resolved = resolved,
        Kind = kind,
        Anchor = anchor,
        Evidence = evidence,
    };
}
