namespace Platform.Ingest.Decoding.Bytes;

/// <summary>
/// How much of a byte sequence speaks for UTF-8: well-formed multi-byte sequences against invalid ones, counted the
/// way a UTF-8 decoder replaces them (one per maximal ill-formed subpart, as Unicode recommends and .NET does).
/// </summary>
internal readonly record struct Utf8Evidence(int ValidMultiByte, int Invalid, int FirstInvalidOffset)
{
    public static Utf8Evidence Of(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, first = -1;
        var i = 0;
        while (i < bytes.Length)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }
            var length = WellFormedLength(bytes[i..], out var consumed);
            if (length > 0)
            {
                valid++;
                i += length;
                continue;
            }
            invalid++;
            if (first < 0) first = i;
            i += consumed;
        }
        return new Utf8Evidence(valid, invalid, first);
    }

    /// <summary>
    /// Length of the well-formed sequence at the start of <paramref name="s"/>, or 0 when ill-formed; then
    /// <paramref name="consumed"/> is the length of the maximal ill-formed subpart (at least 1).
    /// </summary>
    private static int WellFormedLength(ReadOnlySpan<byte> s, out int consumed)
    {
        consumed = 1;
        int need;
        int lo = 0x80, hi = 0xBF;
        switch (s[0])
        {
            case >= 0xC2 and <= 0xDF: need = 1; break;
            case 0xE0: need = 2; lo = 0xA0; break;
            case 0xED: need = 2; hi = 0x9F; break;
            case >= 0xE1 and <= 0xEF: need = 2; break;
            case 0xF0: need = 3; lo = 0x90; break;
            case 0xF4: need = 3; hi = 0x8F; break;
            case >= 0xF1 and <= 0xF3: need = 3; break;
            default: return 0;
        }
        for (var k = 1; k <= need; k++)
        {
            if (k >= s.Length) return 0;
            var b = s[k];
            var min = k == 1 ? lo : 0x80;
            var max = k == 1 ? hi : 0xBF;
            if (b < min || b > max) return 0;
            consumed = k + 1;
        }
        return need + 1;
    }
}
