using Platform.Contracts;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Ingest.Decoding.Bytes;

/// <summary>
/// Chooses how to decode the bytes: BOM, UTF-16 by zero-byte pattern, strict UTF-8, UTF-8 with a few invalid bytes
/// when well-formed multi-byte sequences outnumber them, a declared charset, a non-Latin legacy charset named by
/// the UTF.Unknown detector (<see cref="LegacyCharsetGuess"/>), EUC-KR/CP949 when the bytes decode to Hangul, then
/// Windows-1252. Text decoded as UTF-8 or UTF-16 is checked for double encoding (UTF-8 once read as
/// Windows-1252) and repaired. Rejects binary and undecodable input. What was worked around is in
/// <see cref="DecodedText.Warnings"/>.
/// </summary>
public static partial class TextEncodingDetector
{
    private static readonly Lazy<bool> CodePagesRegistered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        _ = CodePagesRegistered.Value;

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeResult.Ok(Utf8(bytes[3..], Utf8Evidence.Of(bytes[3..]), "bom"));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Strict(bytes[2..], new UnicodeEncoding(false, false, true), "utf-16le", "bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Strict(bytes[2..], new UnicodeEncoding(true, false, true), "utf-16be", "bom");

        var utf16 = GuessUtf16(bytes);
        if (utf16 is not null)
        {
            var bigEndian = utf16 == "utf-16be";
            return Strict(bytes, new UnicodeEncoding(bigEndian, false, true), utf16, "heuristic-zero-bytes");
        }

        var signature = BinarySignatures.Identify(bytes);
        if (signature is not null)
            return DecodeResult.Fail(RejectionReasons.BinaryContent, $"The file is binary ({signature}), not text.");

        if (bytes.IndexOf((byte)0) >= 0)
            return DecodeResult.Fail(RejectionReasons.BinaryContent, "The file contains NUL bytes, so it is binary data rather than text.");

        var controlRatio = ControlByteRatio(bytes);
        if (controlRatio > 0.02)
            return DecodeResult.Fail(RejectionReasons.BinaryContent,
                $"The file is binary: {controlRatio:P0} of its bytes are control characters.");

        // One stray byte must not turn a UTF-8 file into Windows-1252 mojibake: when well-formed multi-byte
        // sequences are at least as many as the invalid ones, the file is UTF-8 with damage. Legacy text almost
        // never forms such sequences (in EUC-KR about one Hangul syllable in ten does, in Windows-1252 prose none).
        var evidence = Utf8Evidence.Of(bytes);
        if (evidence.Invalid == 0)
            return DecodeResult.Ok(Utf8(bytes, evidence, "valid-utf8"));
        if (evidence.ValidMultiByte > 0 && evidence.Invalid <= evidence.ValidMultiByte)
            return DecodeResult.Ok(Utf8(bytes, evidence, "utf8-with-invalid-bytes"));

        var declared = DeclaredCharset(contentType) ?? DeclaredCharsetInContent(bytes);
        if (declared is not null && TryGetEncoding(declared, out var declaredEncoding)
            && TryStrict(bytes, declaredEncoding, out var declaredText))
            return DecodeResult.Ok(new DecodedText(declaredText, CanonicalName(declaredEncoding), "declared"));

        // Checked before the Hangul rule: GBK Chinese also decodes as CP949, into Hangul nonsense.
        var nonLatin = LegacyCharsetGuess.Guess(bytes);
        if (nonLatin is { } guess)
            return DecodeResult.Ok(new DecodedText(guess.Text, CanonicalName(guess.Encoding), "charset-detector"));

        var korean = Encoding.GetEncoding(949, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (TryStrict(bytes, korean, out var koreanText) && HangulShareOfNonAscii(koreanText) >= 0.6)
            return DecodeResult.Ok(new DecodedText(koreanText, "euc-kr", "heuristic-hangul"));

        var latin = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (TryStrict(bytes, latin, out var latinText))
            return DecodeResult.Ok(new DecodedText(latinText, "windows-1252", "heuristic-single-byte"));

        return DecodeResult.Fail(RejectionReasons.UndecodableText,
            "The file is not valid UTF-8, UTF-16, a recognised legacy encoding or Windows-1252 text.");
    }

    /// <summary>UTF-8 with invalid sequences replaced by U+FFFD, double encoding repaired, and a warning for each.</summary>
    private static DecodedText Utf8(ReadOnlySpan<byte> bytes, Utf8Evidence evidence, string reason)
    {
        var text = new UTF8Encoding(false, false).GetString(bytes);
        var warnings = new List<string>();
        if (evidence.Invalid > 0)
        {
            warnings.Add($"{evidence.Invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD " +
                $"(first at byte {evidence.FirstInvalidOffset + (reason == "bom" ? 3 : 0)})");
        }
        return WithRepair(new DecodedText(text, "utf-8", reason), warnings);
    }

    private static DecodedText WithRepair(DecodedText decoded, List<string> warnings)
    {
        var text = MojibakeRepair.Repair(decoded.Text, out var repaired);
        if (repaired > 0)
            warnings.Add($"repaired {repaired} double-encoded sequence(s) (UTF-8 read as Windows-1252)");
        return decoded with { Text = text, Warnings = warnings };
    }

    private static DecodeResult Strict(ReadOnlySpan<byte> bytes, Encoding encoding, string name, string reason)
    {
        if (TryStrict(bytes, encoding, out var text))
            return DecodeResult.Ok(WithRepair(new DecodedText(text, name, reason), []));
        return DecodeResult.Fail(RejectionReasons.UndecodableText, $"The file looks like {name} ({reason}) but does not decode as it.");
    }

    private static bool TryStrict(ReadOnlySpan<byte> bytes, Encoding encoding, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>
    /// UTF-16 without BOM. ASCII-range text leaves a zero in every other byte. Text in other scripts (Cyrillic,
    /// Japanese, Chinese) has few such zeros, but its spaces, digits and line ends still put them on one side only;
    /// a file with NUL bytes is binary otherwise, so then it is UTF-16 if it decodes into ordinary text.
    /// </summary>
    private static string? GuessUtf16(ReadOnlySpan<byte> bytes)
    {
        var n = Math.Min(bytes.Length, 8192) & ~1;
        if (n < 4) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        var pairs = n / 2;
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "utf-16le";
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "utf-16be";

        if (bytes.Length % 2 != 0) return null;
        if (oddZeros > 0 && evenZeros * 8 <= oddZeros && LooksLikeText(bytes[..n], bigEndian: false)) return "utf-16le";
        if (evenZeros > 0 && oddZeros * 8 <= evenZeros && LooksLikeText(bytes[..n], bigEndian: true)) return "utf-16be";
        return null;
    }

    /// <summary>Decodes strictly and checks that at most 2% of the characters are controls, unassigned or private use.</summary>
    private static bool LooksLikeText(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        if (!TryStrict(bytes, new UnicodeEncoding(bigEndian, false, true), out var text) || text.Length == 0) return false;
        var odd = 0;
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse
                || (category == UnicodeCategory.Control && c is not ('\n' or '\r' or '\t' or '\f')))
                odd++;
        }
        return odd <= text.Length / 50;
    }

    private static double ControlByteRatio(ReadOnlySpan<byte> bytes)
    {
        var n = Math.Min(bytes.Length, 65536);
        var control = 0;
        for (var i = 0; i < n; i++)
        {
            var b = bytes[i];
            if ((b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C)) || b == 0x7F) control++;
        }
        return n == 0 ? 0 : (double)control / n;
    }

    private static double HangulShareOfNonAscii(string text)
    {
        int nonAscii = 0, hangul = 0;
        foreach (var c in text)
        {
            if (c < 0x80) continue;
            nonAscii++;
            if (c is >= '\uAC00' and <= '\uD7A3' or >= '\u3130' and <= '\u318F') hangul++;
        }
        return nonAscii == 0 ? 0 : (double)hangul / nonAscii;
    }

    private static string? DeclaredCharset(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return null;
        var m = CharsetParameter().Match(contentType);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string? DeclaredCharsetInContent(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var m = MetaCharset().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static bool TryGetEncoding(string name, out Encoding encoding)
    {
        try
        {
            encoding = Encoding.GetEncoding(name.Trim().Trim('"', '\''), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return true;
        }
        catch (ArgumentException)
        {
            encoding = Encoding.UTF8;
            return false;
        }
    }

    private static string CanonicalName(Encoding encoding) => encoding.CodePage switch
    {
        949 or 51949 => "euc-kr",
        1252 => "windows-1252",
        65001 => "utf-8",
        1200 => "utf-16le",
        1201 => "utf-16be",
        _ => encoding.WebName,
    };

    [GeneratedRegex(@"charset\s*=\s*""?([\w.:-]+)", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([\w.:-]+)", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex MetaCharset();
}
