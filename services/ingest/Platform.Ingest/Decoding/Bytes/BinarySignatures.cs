namespace Platform.Ingest.Decoding.Bytes;

/// <summary>Recognizes common binary file types by their leading magic bytes.</summary>
public static class BinarySignatures
{
    private static readonly (byte[] Magic, string Name)[] Known =
    [
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or an Office document)"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0xD0, 0xCF, 0x11, 0xE0], "a legacy Office document"),
        ("RIFF"u8.ToArray(), "a RIFF media file"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ("MZ"u8.ToArray(), "a Windows executable"),
        ("Rar!"u8.ToArray(), "a RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF], "a 7-Zip archive"),
        ("OggS"u8.ToArray(), "an Ogg media file"),
        ("ID3"u8.ToArray(), "an MP3 audio file"),
        ("SQLite format 3"u8.ToArray(), "an SQLite database"),
    ];

    private static bool IsPrintable(byte[] magic) => magic.All(b => b is >= 0x20 and < 0x7F);

    private static bool LooksLikePlainText(ReadOnlySpan<byte> content, bool pdf)
    {
        foreach (var b in content)
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r') return false;
        return !pdf || (content.IndexOf("endobj"u8) < 0 && content.IndexOf("xref"u8) < 0 && content.IndexOf("endstream"u8) < 0);
    }

    /// <summary>A description such as "a PDF document", or null when no known signature matches.</summary>
    public static string? Identify(ReadOnlySpan<byte> content)
    {
        foreach (var (magic, name) in Known)
        {
            if (content.StartsWith(magic))
            {
                // "MZ" alone is too weak for short text files starting with those letters.
                if (name.Contains("Windows executable", StringComparison.Ordinal) && content.Length < 64)
                    continue;
                if (name.Contains("Windows executable", StringComparison.Ordinal) && content.IndexOf((byte)0) < 0)
                    continue;
                // A signature made of printable letters ("%PDF-", "GIF8", "ID3") at the top of a file that is text through
                // and through (no NUL or control byte, and for a PDF no object markers) is text that begins with those
                // letters: a PDF's text layer copied out with its header line.
                if (IsPrintable(magic) && LooksLikePlainText(content, pdf: name.Contains("PDF", StringComparison.Ordinal)))
                    continue;
                return name;
            }
        }
        return null;
    }
}
