using System.Text;

namespace Platform.Ingest.Decoding.Bytes;

/// <summary>
/// Legacy encodings of non-Latin scripts (Cyrillic, Greek, Hebrew, Arabic, Thai, Japanese, Chinese) by the
/// UTF.Unknown charset detector (a port of Mozilla's universal charset detector and uchardet). Measured against our
/// own heuristics (tests/Platform.Ingest.Tests/Encoding/EncodingMeasurementTests.cs) it is right on Windows-1251,
/// KOI8-R, ISO-8859-5, Shift_JIS and GBK, where ours had no answer, but it calls short Western European text
/// x-mac-ce, windows-1250 or ibm850; so only its non-Latin answers are taken, Korean stays with our Hangul rule,
/// and an answer counts only when the bytes decode strictly and most letters come out non-ASCII (a Western text
/// read as Windows-1251 keeps its ASCII letters).
/// </summary>
internal static class LegacyCharsetGuess
{
    private const int SampleBytes = 64 * 1024;

    /// <summary>Code pages whose answers are taken.</summary>
    private static readonly HashSet<int> NonLatin =
    [
        1251, 20866, 21866, 28595, 866, 10007, // Cyrillic: windows-1251, koi8-r, koi8-u, iso-8859-5, cp866, x-mac-cyrillic
        1253, 28597, // Greek
        1255, 28598, 38598, // Hebrew
        1256, 28596, // Arabic
        874, // Thai
        932, 51932, 50220, 50221, 50222, // Japanese: shift_jis, euc-jp, iso-2022-jp
        936, 54936, 20936, 950, 52936, // Chinese: gbk, gb18030, gb2312, big5, hz-gb-2312
    ];

    /// <summary>The text and the encoding it was decoded with, or null when the detector has no acceptable answer.</summary>
    public static (string Text, Encoding Encoding)? Guess(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        var detected = UtfUnknown.CharsetDetector.DetectFromBytes(sample).Detected;
        var codePage = detected?.Encoding?.CodePage;
        if (codePage is null || !NonLatin.Contains(codePage.Value)) return null;

        var strict = Encoding.GetEncoding(codePage.Value, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        string text;
        try
        {
            text = strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        return NonAsciiLetterShare(text) >= 0.5 ? (text, strict) : null;
    }

    private static double NonAsciiLetterShare(string text)
    {
        int letters = 0, nonAscii = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c >= 0x80) nonAscii++;
        }
        return letters == 0 ? 0 : (double)nonAscii / letters;
    }
}
