namespace Platform.Extraction.Entities.Tagging;

/// <summary>Allocation-free FNV-1a hashes over character spans (stable across runs and machines).</summary>
public static class StableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> s)
    {
        var h = Offset;
        foreach (var c in s) h = (h ^ Normalize(c)) * Prime;
        return h;
    }

    public static ulong OfLower(ReadOnlySpan<char> s)
    {
        var h = Offset;
        foreach (var c in s) h = (h ^ char.ToLowerInvariant(Normalize(c))) * Prime;
        return h;
    }

    public static ulong Combine(ulong a, ulong b) => (a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2))) * Prime;

    public static ulong Combine(ulong a, ulong b, ulong c) => Combine(Combine(a, b), c);

    /// <summary>Typographic apostrophes and dashes count as their ASCII forms.</summary>
    public static char Normalize(char c) => c switch
    {
        '\u2019' or '\u2018' => '\'',
        '\u2013' or '\u2014' or '\u2010' or '\u2011' => '-',
        '\u201C' or '\u201D' => '"',
        _ => c,
    };
}
