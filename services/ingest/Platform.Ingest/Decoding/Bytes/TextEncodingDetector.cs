using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Ingest.Decoding.Bytes;

/// <summary>
/// Chooses how to decode the bytes: BOM, UTF-16 by zero-byte pattern, strict UTF-8, a declared charset,
/// EUC-KR/CP949 when the bytes decode to Hangul, then Windows-1252. Rejects binary and undecodable input.
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
            return Strict(bytes[3..], new UTF8Encoding(false, true), "utf-8", "bom");
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

        if (TryStrict(bytes, new UTF8Encoding(false, true), out var utf8Text))
            return DecodeResult.Ok(new DecodedText(utf8Text, "utf-8", "valid-utf8"));

        var declared = DeclaredCharset(contentType) ?? DeclaredCharsetInContent(bytes);
        if (declared is not null && TryGetEncoding(declared, out var declaredEncoding)
            && TryStrict(bytes, declaredEncoding, out var declaredText))
            return DecodeResult.Ok(new DecodedText(declaredText, CanonicalName(declaredEncoding), "declared"));

        var korean = Encoding.GetEncoding(949, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (TryStrict(bytes, korean, out var koreanText) && HangulShareOfNonAscii(koreanText) >= 0.6)
            return DecodeResult.Ok(new DecodedText(koreanText, "euc-kr", "heuristic-hangul"));

        var latin = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (TryStrict(bytes, latin, out var latinText))
            return DecodeResult.Ok(new DecodedText(latinText, "windows-1252", "heuristic-single-byte"));

        return DecodeResult.Fail(RejectionReasons.UndecodableText,
            "The file is not valid UTF-8, UTF-16, EUC-KR or Windows-1252 text.");
    }

    private static DecodeResult Strict(ReadOnlySpan<byte> bytes, Encoding encoding, string name, string reason)
    {
        if (TryStrict(bytes, encoding, out var text))
            return DecodeResult.Ok(new DecodedText(text, name, reason));
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

    /// <summary>UTF-16 without BOM: ASCII-range text leaves a zero in every other byte.</summary>
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
        return null;
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

    [GeneratedRegex(@"charset\s*=\s*""?([\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
