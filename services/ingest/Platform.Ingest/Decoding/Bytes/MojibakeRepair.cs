using System.Text;

namespace Platform.Ingest.Decoding.Bytes;

/// <summary>
/// Repairs double-encoded text: UTF-8 bytes that were once read as Windows-1252 (or Latin-1) and saved again,
/// so that "’" became "â€™", "é" became "Ã©" and "·" became "Â·". A run of characters is repaired only when its
/// Windows-1252 bytes form one well-formed multi-byte UTF-8 sequence whose character is a plausible one (a letter,
/// punctuation or symbol, not a control, private-use or IPA character); a lone "Ã" before ASCII, as in "SÃO PAULO",
/// stays. Text repaired once is looked at again, so triple encoding unwinds too.
/// </summary>
public static class MojibakeRepair
{
    private const int MaxPasses = 3;

    /// <summary>Byte value of each character as Windows-1252 writes it, for U+0080..U+FFFF; -1 when it has none.</summary>
    private static readonly Lazy<short[]> ByteOf = new(BuildByteTable);

    /// <summary>The text with every unambiguous double-encoded sequence replaced by the character it stands for.</summary>
    public static string Repair(string text) => Repair(text, out _);

    /// <summary>
    /// The repaired text; <paramref name="repaired"/> is how many double-encoded sequences were replaced in the first
    /// pass (one per original character, however many mojibake characters it had become).
    /// </summary>
    public static string Repair(string text, out int repaired)
    {
        ArgumentNullException.ThrowIfNull(text);
        repaired = 0;
        var current = text;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var next = RepairOnce(current, out var count);
            if (count == 0) break;
            if (pass == 0) repaired = count;
            current = next;
        }
        if (repaired == 0) return text;
        current = RepairBareClosingQuotes(current, out var bare);
        repaired += bare;
        return current;
    }

    /// <summary>True when the text holds at least one sequence <see cref="Repair(string)"/> would replace.</summary>
    public static bool LooksDoubleEncoded(string text)
    {
        Repair(text, out var repaired);
        return repaired > 0;
    }

    private static string RepairOnce(string text, out int count)
    {
        count = 0;
        StringBuilder? sb = null;
        var copiedUpTo = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] >= 0xC2 && TryReadSequence(text, i, out var length, out var codePoint)
                && Plausible(codePoint, PreviousOutput(text, i, copiedUpTo, sb)))
            {
                sb ??= new StringBuilder(text.Length);
                sb.Append(text, copiedUpTo, i - copiedUpTo);
                sb.Append(char.ConvertFromUtf32(codePoint));
                count++;
                i += length;
                copiedUpTo = i;
                continue;
            }
            i++;
        }
        if (sb is null) return text;
        sb.Append(text, copiedUpTo, text.Length - copiedUpTo);
        return sb.ToString();
    }

    /// <summary>
    /// A text shown to be double-encoded may also have lost the byte Windows-1252 cannot hold: "”" is E2 80 9D, and
    /// 9D has no Windows-1252 character, so some converters drop it and leave a bare "â€". Of the E2 80 xx characters
    /// whose last byte is undefined in Windows-1252 (U+2001, U+200D, U+200F, U+2010, U+201D) only the closing quote
    /// is common in prose, so a bare "â€" not followed by a continuation byte becomes "”".
    /// </summary>
    private static string RepairBareClosingQuotes(string text, out int count)
    {
        count = 0;
        var at = text.IndexOf("â€", StringComparison.Ordinal);
        if (at < 0) return text;
        var sb = new StringBuilder(text.Length);
        var copiedUpTo = 0;
        while (at >= 0)
        {
            var next = at + 2 < text.Length ? Byte(text[at + 2]) : -1;
            if (next is < 0x80 or > 0xBF)
            {
                sb.Append(text, copiedUpTo, at - copiedUpTo).Append('”');
                copiedUpTo = at + 2;
                count++;
            }
            at = text.IndexOf("â€", at + 2, StringComparison.Ordinal);
        }
        sb.Append(text, copiedUpTo, text.Length - copiedUpTo);
        return sb.ToString();
    }

    /// <summary>
    /// Reads a well-formed UTF-8 sequence from the Windows-1252 bytes of text[start..]: a lead byte C2..F4 and its
    /// continuation bytes, with the Unicode limits on the second byte (no overlongs, surrogates or values past U+10FFFF).
    /// </summary>
    private static bool TryReadSequence(string text, int start, out int length, out int codePoint)
    {
        length = 0;
        codePoint = 0;
        var lead = Byte(text[start]);
        int continuations;
        int min2 = 0x80, max2 = 0xBF;
        switch (lead)
        {
            case >= 0xC2 and <= 0xDF: continuations = 1; codePoint = lead & 0x1F; break;
            case 0xE0: continuations = 2; min2 = 0xA0; codePoint = lead & 0x0F; break;
            case 0xED: continuations = 2; max2 = 0x9F; codePoint = lead & 0x0F; break;
            case >= 0xE1 and <= 0xEF: continuations = 2; codePoint = lead & 0x0F; break;
            case 0xF0: continuations = 3; min2 = 0x90; codePoint = lead & 0x07; break;
            case 0xF4: continuations = 3; max2 = 0x8F; codePoint = lead & 0x07; break;
            case >= 0xF1 and <= 0xF3: continuations = 3; codePoint = lead & 0x07; break;
            default: return false;
        }
        if (start + continuations >= text.Length) return false;
        for (var k = 1; k <= continuations; k++)
        {
            var b = Byte(text[start + k]);
            var lo = k == 1 ? min2 : 0x80;
            var hi = k == 1 ? max2 : 0xBF;
            if (b < lo || b > hi) return false;
            codePoint = (codePoint << 6) | (b & 0x3F);
        }
        length = continuations + 1;
        return true;
    }

    /// <summary>
    /// Whether a repaired character is one that text really holds. Two-byte results are limited to the Latin,
    /// Greek, Cyrillic, Armenian, Hebrew and Arabic letters and Latin-1 symbols (combining accents only after a
    /// letter), which keeps genuine pairs such as "É’" from becoming IPA letters.
    /// </summary>
    private static bool Plausible(int cp, char? previous)
    {
        return cp switch
        {
            < 0xA0 => false,
            <= 0x024F => true,
            >= 0x0300 and <= 0x036F => previous is { } p && char.IsLetter(p),
            >= 0x0370 and <= 0x06FF => true,
            < 0x0800 => false,
            >= 0xE000 and <= 0xF8FF => false,
            0xFFFE or 0xFFFF => false,
            >= 0xF0000 => false,
            _ => true,
        };
    }

    private static char? PreviousOutput(string text, int i, int copiedUpTo, StringBuilder? built)
    {
        if (i > copiedUpTo) return text[i - 1];
        return built is { Length: > 0 } ? built[^1] : null;
    }

    private static int Byte(char c)
    {
        if (c < 0x80) return c;
        // C1 controls stand for their own byte: Latin-1 readers, and Windows for the five bytes 1252 leaves undefined.
        if (c <= 0x9F) return c;
        return ByteOf.Value[c];
    }

    private static short[] BuildByteTable()
    {
        var table = new short[0x10000];
        Array.Fill(table, (short)-1);
        for (var b = 0xA0; b <= 0xFF; b++) table[b] = (short)b;
        // Windows-1252 0x80..0x9F; the undefined 81, 8D, 8F, 90 and 9D are covered by the C1 rule above.
        ReadOnlySpan<char> high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
        for (var k = 0; k < high.Length; k++)
        {
            if (high[k] >= 0xA0) table[high[k]] = (short)(0x80 + k);
        }
        return table;
    }
}
