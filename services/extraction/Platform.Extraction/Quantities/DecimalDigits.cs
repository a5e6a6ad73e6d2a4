using System.Globalization;

namespace Platform.Extraction.Quantities;

/// <summary>
/// Numbers written in any script's decimal digits ("۱۶", "٣٬٥٠٠", "२०२४"): the patterns' <c>\d</c> matches them, so
/// the number parsed from a match is read with each digit's value, not only ASCII digits. Arabic thousands and decimal
/// separators ("٬", "٫") count like "," and ".".
/// </summary>
public static class DecimalDigits
{
    /// <summary>The text with every decimal digit as its ASCII digit and Arabic separators as ASCII ones.</summary>
    public static string ToAscii(ReadOnlySpan<char> text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            chars[i] = c switch
            {
                >= '0' and <= '9' => c,
                '٬' => ',',
                '٫' => '.',
                _ when char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber => (char)('0' + (int)char.GetNumericValue(c)),
                _ => c,
            };
        }
        return new string(chars);
    }

    /// <summary>An integer written in any script's decimal digits.</summary>
    public static int ParseInt(ReadOnlySpan<char> digits) =>
        int.Parse(ToAscii(digits), NumberStyles.None, CultureInfo.InvariantCulture);
}
