using System.Text;

namespace Platform.Ingest.Tests.Encodings;

/// <summary>One generated file: its bytes, the encoding family it is in and the text a decoder should give back.</summary>
internal sealed record EncodingCase(string Id, string Class, byte[] Bytes, string ExpectedEncoding, string ExpectedText);

/// <summary>
/// Builds the encoding cases from <see cref="EncodingSamples"/>: every text as UTF-8 (with and without BOM) and
/// UTF-16LE/BE (with and without BOM), in each legacy encoding it is found in (whole and line by line), as UTF-8 with one to three stray
/// invalid bytes, and as UTF-8 that was once read as Windows-1252 (double-encoded, wholly or in part).
/// </summary>
internal static class EncodingCases
{
    public const string Utf8 = "utf-8";
    public const string Utf8Bom = "utf-8 with BOM";
    public const string Utf16Bom = "utf-16 with BOM";
    public const string Utf16NoBom = "utf-16 without BOM";
    public const string Windows1252 = "windows-1252";
    public const string EucKr = "euc-kr";
    public const string Cyrillic = "cyrillic (windows-1251, koi8-r, iso-8859-5)";
    public const string ShiftJis = "shift_jis";
    public const string Gbk = "gbk";
    public const string StrayBytes = "utf-8 + 1-3 stray bytes";
    public const string DoubleEncoded = "utf-8 double-encoded";
    public const string PartlyDoubleEncoded = "utf-8 partly double-encoded";

    public static readonly IReadOnlyList<string> Classes =
        [Utf8, Utf8Bom, Utf16Bom, Utf16NoBom, Windows1252, EucKr, Cyrillic, ShiftJis, Gbk, StrayBytes, DoubleEncoded, PartlyDoubleEncoded];

    static EncodingCases() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IReadOnlyList<EncodingCase> All() => Build().ToList();

    private static IEnumerable<EncodingCase> Build()
    {
        var utf8 = new UTF8Encoding(false);
        foreach (var (lang, text, legacy) in EncodingSamples.All)
        {
            yield return new($"{lang} utf-8", Utf8, utf8.GetBytes(text), "utf-8", text);
            yield return new($"{lang} utf-8 bom", Utf8Bom, [0xEF, 0xBB, 0xBF, .. utf8.GetBytes(text)], "utf-8", text);
            foreach (var bigEndian in new[] { false, true })
            {
                var name = bigEndian ? "utf-16be" : "utf-16le";
                var encoding = new UnicodeEncoding(bigEndian, false);
                byte[] bom = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE];
                yield return new($"{lang} {name} bom", Utf16Bom, [.. bom, .. encoding.GetBytes(text)], name, text);
                yield return new($"{lang} {name}", Utf16NoBom, encoding.GetBytes(text), name, text);
            }
            foreach (var codePage in legacy)
            {
                // The whole text, and each line with non-ASCII characters alone: short files are the hard ones.
                var encoding = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
                yield return new($"{lang} {Family(codePage)}", LegacyClass(codePage), encoding.GetBytes(text), Family(codePage), text);
                var lineNumber = 0;
                foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    lineNumber++;
                    if (line.All(char.IsAscii)) continue;
                    yield return new($"{lang} line {lineNumber} {Family(codePage)}", LegacyClass(codePage), encoding.GetBytes(line), Family(codePage), line);
                }
            }
            for (var n = 1; n <= 3; n++)
            {
                var (bytes, expected) = WithStrayBytes(text, n);
                yield return new($"{lang} utf-8 + {n} stray", StrayBytes, bytes, "utf-8", expected);
            }
            yield return new($"{lang} double-encoded", DoubleEncoded, utf8.GetBytes(DoubleEncode(text, keepUndefined: true)), "utf-8", text);
            var lines = text.Split('\n');
            var half = string.Join('\n', lines.Select((l, i) => i % 2 == 0 ? DoubleEncode(l, keepUndefined: true) : l));
            yield return new($"{lang} partly double-encoded", PartlyDoubleEncoded, utf8.GetBytes(half), "utf-8", text);
        }
        // A converter that drops the bytes Windows-1252 leaves undefined loses the 9D of "”" (E2 80 9D).
        yield return new("en double-encoded, undefined bytes dropped", DoubleEncoded,
            utf8.GetBytes(DoubleEncode(EncodingSamples.English, keepUndefined: false)), "utf-8", EncodingSamples.English);
    }

    /// <summary>UTF-8 bytes read as Windows-1252; the five undefined bytes become C1 controls (as Windows does) or are dropped.</summary>
    public static string DoubleEncode(string text, bool keepUndefined)
    {
        var cp1252 = Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes(text));
        return keepUndefined ? cp1252 : new string(cp1252.Where(c => c is not ('\u0081' or '\u008D' or '\u008F' or '\u0090' or '\u009D')).ToArray());
    }

    /// <summary>
    /// The UTF-8 bytes with <paramref name="count"/> invalid bytes inserted between characters (a Windows-1252 "’",
    /// a Windows-1252 "é", a lead byte without its continuation), and the text with U+FFFD at the same places.
    /// </summary>
    public static (byte[] Bytes, string Expected) WithStrayBytes(string text, int count)
    {
        byte[] strays = [0x92, 0xE9, 0xC3];
        var bytes = new List<byte>();
        var expected = new StringBuilder();
        var at = Enumerable.Range(1, count).Select(k => text.Length * k / (count + 1)).ToHashSet();
        var inserted = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (at.Contains(i))
            {
                bytes.Add(strays[inserted++ % strays.Length]);
                expected.Append('\uFFFD');
            }
            bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            expected.Append(text[i]);
        }
        return (bytes.ToArray(), expected.ToString());
    }

    /// <summary>A name for the family an encoding belongs to, so that aliases (CP949 and EUC-KR, GBK and GB18030) compare equal.</summary>
    public static string Family(int codePage) => codePage switch
    {
        65001 => "utf-8",
        1200 => "utf-16le",
        1201 => "utf-16be",
        949 or 51949 => "euc-kr",
        1252 or 28591 => "windows-1252",
        1251 => "windows-1251",
        20866 => "koi8-r",
        28595 => "iso-8859-5",
        932 => "shift_jis",
        936 or 54936 or 20936 => "gbk",
        20127 => "us-ascii",
        _ => Encoding.GetEncoding(codePage).WebName,
    };

    private static string LegacyClass(int codePage) => codePage switch
    {
        1252 => Windows1252,
        949 => EucKr,
        932 => ShiftJis,
        936 => Gbk,
        _ => Cyrillic,
    };
}
