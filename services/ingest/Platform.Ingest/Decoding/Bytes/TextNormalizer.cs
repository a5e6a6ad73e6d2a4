using System.Text;

namespace Platform.Ingest.Decoding.Bytes;

/// <summary>CRLF/CR to LF, NBSP and tabs to spaces, zero-width and control characters removed, NFC.</summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    sb.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    break;
                case '\u2028' or '\u2029' or '\u0085':
                    sb.Append('\n');
                    break;
                case '\t' or '\u00A0' or '\u2007' or '\u202F' or '\u3000' or '\f' or '\v':
                    sb.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u200E' or '\u200F':
                    break;
                default:
                    if (char.IsControl(c) && c != '\n') break;
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
