using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Extraction.Identifiers;

/// <summary>
/// Finds emails, URLs, social handles and international phone numbers in a text (a body or a byline line).
/// Obfuscated emails ("[email protected]" as left by page protection, "name [at] domain [dot] com") are reported
/// with <see cref="ExtractedIdentifier.Obfuscated"/> true and a null value. Thread-safe.
/// </summary>
public sealed partial class IdentifierExtractor
{
    [GeneratedRegex(@"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\[\s*email(?:\s|&nbsp;|&#160;|\u00A0)*protected\s*\]|\b[A-Za-z0-9._%+-]+\s*[\[\(\{]\s*at\s*[\]\)\}]\s*[A-Za-z0-9-]+(?:\s*(?:[\[\(\{]\s*dot\s*[\]\)\}]|\.)\s*[A-Za-z0-9-]+)+\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ObfuscatedEmail();

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""“”‘’'()\[\]{}]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?<![\w@./])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    [GeneratedRegex(@"(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){1}(?:[\s.-]?\d{2,4}){2,4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    /// <param name="text">The text to search.</param>
    /// <param name="location">Where the text stands, e.g. <c>body</c> or <c>byline</c>; copied to every result.</param>
    public IReadOnlyList<ExtractedIdentifier> Extract(string text, string location)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(location);
        var found = new List<ExtractedIdentifier>();
        var taken = new List<(int Start, int End)>();

        void Add(string kind, int start, int end, string? value, bool obfuscated)
        {
            foreach (var (s, e) in taken)
                if (start < e && s < end) return;
            taken.Add((start, end));
            found.Add(new ExtractedIdentifier { Kind = kind, Value = value, Obfuscated = obfuscated, Location = location, Start = start, End = end });
        }

        foreach (Match m in Url().Matches(text))
        {
            var end = m.Index + m.Length;
            while (end > m.Index && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?') end--;
            if (end - m.Index > 7) Add("url", m.Index, end, text[m.Index..end], false);
        }
        foreach (Match m in Email().Matches(text)) Add("email", m.Index, m.Index + m.Length, m.Value, false);
        foreach (Match m in ObfuscatedEmail().Matches(text)) Add("email", m.Index, m.Index + m.Length, null, true);
        foreach (Match m in Handle().Matches(text))
        {
            var end = m.Index + m.Length;
            while (text[end - 1] == '.') end--;
            Add("handle", m.Index, end, text[m.Index..end], false);
        }
        foreach (Match m in Phone().Matches(text)) Add("phone", m.Index, m.Index + m.Length, m.Value, false);

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }
}
