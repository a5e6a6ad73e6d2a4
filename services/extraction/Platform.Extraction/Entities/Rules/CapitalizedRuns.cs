using Platform.Extraction.Entities.Tagging;

namespace Platform.Extraction.Entities.Rules;

/// <summary>
/// Finds runs of capitalised words joined by "of", "for", "and", "the", "on", "&amp;" or hyphens
/// ("Ministry of Trade", "Seoul Central District Court"), split before a title that precedes a name
/// ("Bank of Japan | Governor Kazuo Ueda") and before honorifics.
/// </summary>
public static class CapitalizedRuns
{
    private static readonly string[] Connectors = ["of", "for", "and", "the", "&", "de", "du", "des"];

    public static void Find(DocumentTokens doc, List<(int First, int End)> runs)
    {
        var i = 0;
        while (i < doc.Count)
        {
            if (!IsRunWord(doc, i) || doc.Is(i, TokenFlags.CapitalizedNonName) || IsTitleBeforeName(doc, i)) { i++; continue; }
            var first = i;
            var end = i + 1;
            while (end < doc.Count && !doc.SentenceStartsAt(end))
            {
                if (IsTitleBeforeName(doc, end) || doc.Is(end, TokenFlags.Honorific) || doc.Is(end, TokenFlags.CapitalizedNonName)) break;
                if (IsRunWord(doc, end)) { end++; continue; }
                if (IsConnector(doc, end) && IsConnector(doc, end + 1) && end + 2 < doc.Count && IsRunWord(doc, end + 2)
                    && !doc.SentenceStartsAt(end + 2) && !IsTitleBeforeName(doc, end + 2))
                {
                    end += 3; // "Ministry of the Interior"
                    continue;
                }
                if ((IsConnector(doc, end) || (doc.Is(end, TokenFlags.Hyphen) && doc.Touches(end - 1) && doc.Touches(end)))
                    && end + 1 < doc.Count && IsRunWord(doc, end + 1) && !doc.SentenceStartsAt(end + 1)
                    && !IsTitleBeforeName(doc, end + 1))
                {
                    end += 2;
                    continue;
                }
                break;
            }
            while (first < end && doc.Is(first, TokenFlags.CapitalizedNonName)) first++;
            if (first < end) runs.Add((first, end));
            i = Math.Max(end, i + 1);
        }
    }

    private static bool IsRunWord(DocumentTokens doc, int token) =>
        doc.IsCapitalized(token) && !doc.Is(token, TokenFlags.Punctuation) && !doc.Is(token, TokenFlags.Honorific);

    private static bool IsConnector(DocumentTokens doc, int token)
    {
        var span = doc.Span(token);
        foreach (var c in Connectors) if (span.Equals(c, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>A title word directly followed by a capitalised word, e.g. "Governor" in "Governor Kazuo Ueda".</summary>
    public static bool IsTitleBeforeName(DocumentTokens doc, int token) =>
        doc.Is(token, TokenFlags.Title) && doc.IsCapitalized(token + 1) && !doc.Is(token + 1, TokenFlags.Title)
        && !doc.Is(token + 1, TokenFlags.OrganizationHead) && !doc.Is(token + 1, TokenFlags.CapitalizedNonName)
        && !doc.Is(token + 1, TokenFlags.Honorific)
        && !doc.SentenceStartsAt(token + 1);
}
