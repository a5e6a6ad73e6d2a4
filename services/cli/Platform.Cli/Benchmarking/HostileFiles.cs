using System.Text;

namespace Platform.Cli.Benchmarking;

/// <summary>
/// Files built to hurt a parser, generated in memory: each kind is a shape real attacks and broken exporters produce.
/// <see cref="Make"/> varies the text by <c>serial</c> so a run of many files has no two alike (no duplicate short-cut).
/// </summary>
public static class HostileFiles
{
    public const string NestedHtml = "nested-html";
    public const string LongLine = "long-line";
    public const string CommaByline = "comma-byline";
    public const string LongTokenBeforeQuote = "long-token-before-quote";
    public const string Binary = "binary";
    public const string InvalidUtf8 = "invalid-utf8";
    public const string DeepJson = "deep-json";

    public static IReadOnlyList<string> Kinds { get; } =
        [NestedHtml, LongLine, CommaByline, LongTokenBeforeQuote, Binary, InvalidUtf8, DeepJson];

    /// <summary>The file of <paramref name="kind"/> number <paramref name="serial"/>: its name and bytes.</summary>
    public static (string Name, byte[] Bytes) Make(string kind, int serial) => kind switch
    {
        // 50,000 elements inside one another.
        NestedHtml => ($"{serial}-nested.html", Utf8(
            $"<!DOCTYPE html><html><head><title>Nested {serial}</title></head><body><article>"
            + string.Concat(Enumerable.Repeat("<div>", 50_000)) + $"Deep text {serial}."
            + string.Concat(Enumerable.Repeat("</div>", 50_000)) + "</article></body></html>")),
        // 10 MB of words without one line break.
        LongLine => ($"{serial}-long-line.txt", Utf8(Repeat($"word{serial} lorem ipsum dolor sit amet ", 10 * 1024 * 1024))),
        // A byline of 500 commas above a short article.
        CommaByline => ($"{serial}-byline.txt", Utf8(
            $"Council approves budget number {serial}\n\nBy " + new string(',', 500) + "\n\n"
            + "The city council approved the budget on Tuesday after a long debate about schools, roads and parks. "
            + "The vote was seven to two, and the mayor said the plan would be published next week.\n")),
        // 2 MB of letters without a space, then a quotation.
        LongTokenBeforeQuote => ($"{serial}-token.txt", Utf8(
            $"Headline about a token {serial}\n\nThe report said " + new string('x', 2 * 1024 * 1024)
            + "\u201CWe will rebuild the bridge by spring,\u201D the mayor said on Tuesday.\n")),
        // Random bytes (NULs included): an image or archive under a text name.
        Binary => ($"{serial}-binary.txt", RandomBytes(serial, 64 * 1024)),
        // Bytes that are not UTF-8 at all: lone continuation bytes and cut sequences, most of the file.
        InvalidUtf8 => ($"{serial}-invalid-utf8.txt", [.. Encoding.UTF8.GetBytes($"Headline {serial}\n\n"),
            .. Enumerable.Range(0, 200_000).Select(i => (byte)(0x80 + (i * 7 + serial) % 0x40))]),
        // An array nested 100,000 deep.
        DeepJson => ($"{serial}-deep.json", Utf8($"{{\"headline\":\"Deep {serial}\",\"body\":" + new string('[', 100_000) + new string(']', 100_000) + "}")),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a hostile kind"),
    };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length) builder.Append(unit);
        return builder.ToString(0, length);
    }

    private static byte[] RandomBytes(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        bytes[0] = 0;
        return bytes;
    }
}
