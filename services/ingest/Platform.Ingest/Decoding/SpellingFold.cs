using System.Globalization;
using System.Text;

namespace Platform.Ingest.Decoding;

/// <summary>
/// Two spellings of one name or title that differ only in apostrophe and quote marks, dashes, diacritics or case
/// ("Vava'u" and "Vavaʻu", "Jose" and "José") share a key; of two such spellings the one with more marks is the fuller.
/// </summary>
public static class SpellingFold
{
    public static string Key(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c) && category != UnicodeCategory.ModifierLetter) key.Append(char.ToLowerInvariant(c));
            else if (char.IsWhiteSpace(c) && key.Length > 0 && key[^1] != ' ') key.Append(' ');
        }
        return key.ToString().Trim();
    }

    /// <summary>The spelling with more characters outside plain ASCII (diacritics, the ʻokina); the first on a tie.</summary>
    public static string Fuller(string first, string second) => Marks(second) > Marks(first) ? second : first;

    private static int Marks(string text) => text.Count(c => c > '\u007f');
}
