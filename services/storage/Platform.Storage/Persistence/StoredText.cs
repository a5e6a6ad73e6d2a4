using System.Diagnostics.CodeAnalysis;

namespace Platform.Storage.Persistence;

/// <summary>
/// Makes text safe for both databases without moving any offset: PostgreSQL's <c>text</c> refuses the NUL character and
/// UTF-8 cannot carry an unpaired surrogate, so each such UTF-16 unit becomes U+FFFD (one unit for one, same length).
/// Real files decoded with a wrong guess (e.g. UTF-16 read as UTF-8) do bring NULs.
/// </summary>
internal static class StoredText
{
    public const char Replacement = '\uFFFD';

    [return: NotNullIfNotNull(nameof(text))]
    public static string? Clean(string? text) => text is null || !NeedsCleaning(text) ? text : CleanSlow(text);

    private static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string CleanSlow(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                span[i] = c;
                span[i + 1] = source[i + 1];
                i++;
            }
            else
            {
                span[i] = c == '\0' || char.IsSurrogate(c) ? Replacement : c;
            }
        }
    });
}
