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
    /// <summary>The '@' of an email with its domain; the local part before it is read by <see cref="LocalPart"/>.</summary>
    [GeneratedRegex(@"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}\b", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex EmailDomain();

    [GeneratedRegex(@"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}$", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex LocalPart();

    /// <summary>"[email protected]" left by page protection, or "[at]"/"(at)" with "[dot]"/"." in the domain.</summary>
    [GeneratedRegex(@"\[\s*email(?:\s|&nbsp;|&#160;|\u00A0)*protected\s*\]|[\[\(\{]\s*at\s*[\]\)\}]\s*[A-Za-z0-9-]+(?:\s*(?:[\[\(\{]\s*dot\s*[\]\)\}]|\.)\s*[A-Za-z0-9-]+)+\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex ObfuscatedEmail();

    [GeneratedRegex(@"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}\s*$", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex ObfuscatedLocalPart();

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""“”‘’'()\[\]{}]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?<![\w@./])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Handle();

    [GeneratedRegex(@"(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){1}(?:[\s.-]?\d{2,4}){2,4}(?!\d)", RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatchMilliseconds)]
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
        foreach (Match m in EmailDomain().Matches(text))
        {
            var from = Math.Max(0, m.Index - 64);
            var local = LocalPart().Match(text, from, m.Index - from);
            if (local.Success) Add("email", local.Index, m.Index + m.Length, text[local.Index..(m.Index + m.Length)], false);
        }
        foreach (Match m in ObfuscatedEmail().Matches(text))
        {
            var start = m.Index;
            if (text[m.Index] != '[' || !m.Value.Contains("protected", StringComparison.OrdinalIgnoreCase))
            {
                var from = Math.Max(0, m.Index - 64);
                var local = ObfuscatedLocalPart().Match(text, from, m.Index - from);
                if (!local.Success) continue;
                start = local.Index;
            }
            Add("email", start, m.Index + m.Length, null, true);
        }
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
