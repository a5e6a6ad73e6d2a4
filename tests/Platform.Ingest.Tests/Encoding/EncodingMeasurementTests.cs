using System.Globalization;
using System.Text;
using Platform.Ingest.Decoding.Bytes;
using Xunit.Abstractions;

namespace Platform.Ingest.Tests.Encodings;

/// <summary>
/// Measures our encoding detection against two charset detectors from NuGet (UTF.Unknown, Ude.NetStandard) on the
/// generated <see cref="EncodingCases"/>: per case class, how often the chosen encoding is right and how often the
/// decoded text equals the original. Asserts floors for ours; the table goes to the test output and to
/// encoding-measurement.md in the test output folder (copied into Decoding/README.md, "Encodings").
/// Run with `dotnet test tests/Platform.Ingest.Tests --filter EncodingMeasurement --logger "console;verbosity=detailed"`.
/// </summary>
public sealed class EncodingMeasurementTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases ours must get right (encoding and text), per class. All at the measured 100%: the cases are
    /// deterministic, so any miss is a regression. (Cyrillic, Shift_JIS and GBK rest on UTF.Unknown, see LegacyCharsetGuess.)
    /// </summary>
    private static readonly Dictionary<string, double> OurFloors = EncodingCases.Classes.ToDictionary(c => c, _ => 1.0);

    static EncodingMeasurementTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private sealed record Outcome(bool EncodingRight, bool TextRight, string Chosen);

    [Fact]
    public void Our_detector_meets_its_floors_and_the_comparison_is_recorded()
    {
        var cases = EncodingCases.All();
        var results = cases.Select(c => (Case: c, Ours: Ours(c), UtfUnknown: Library(c, UtfUnknownDetect(c.Bytes)), Ude: Library(c, UdeDetect(c.Bytes)))).ToList();

        var table = new StringBuilder();
        table.AppendLine("| case class | cases | ours: encoding | ours: text | UTF.Unknown 2.8.0: encoding | text | Ude.NetStandard 1.2.0: encoding | text |");
        table.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var cls in EncodingCases.Classes.Append("all"))
        {
            var rows = results.Where(r => cls == "all" || r.Case.Class == cls).ToList();
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {cls} | {rows.Count} | {Share(rows, r => r.Ours.EncodingRight)} | {Share(rows, r => r.Ours.TextRight)} | " +
                $"{Share(rows, r => r.UtfUnknown.EncodingRight)} | {Share(rows, r => r.UtfUnknown.TextRight)} | " +
                $"{Share(rows, r => r.Ude.EncodingRight)} | {Share(rows, r => r.Ude.TextRight)} |");
        }
        var misses = new StringBuilder();
        foreach (var r in results.Where(r => !r.Ours.TextRight || !r.UtfUnknown.TextRight || !r.Ude.TextRight))
        {
            misses.AppendLine(CultureInfo.InvariantCulture,
                $"{r.Case.Id,-45} want {r.Case.ExpectedEncoding,-12} ours {Mark(r.Ours)}  UTF.Unknown {Mark(r.UtfUnknown)}  Ude {Mark(r.Ude)}");
        }
        output.WriteLine(table.ToString());
        output.WriteLine(misses.ToString());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "encoding-measurement.md"), table + "\n```\n" + misses + "```\n");

        foreach (var (cls, floor) in OurFloors)
        {
            var rows = results.Where(r => r.Case.Class == cls).ToList();
            Assert.NotEmpty(rows);
            var right = rows.Count(r => r.Ours.EncodingRight && r.Ours.TextRight) / (double)rows.Count;
            Assert.True(right >= floor, $"{cls}: ours got {right:P0} right, floor {floor:P0}");
        }
    }

    private static string Mark(Outcome o) => $"{(o.EncodingRight ? "+" : "-")}{(o.TextRight ? "+" : "-")} {o.Chosen,-14}";

    private static string Share<T>(IReadOnlyCollection<T> rows, Func<T, bool> right) =>
        rows.Count == 0 ? "-" : $"{rows.Count(right)}/{rows.Count}";

    /// <summary>Our path: the detector, then the normalizer and the damaged-text rule of ArticleFileDecoder.</summary>
    private static Outcome Ours(EncodingCase c)
    {
        var result = TextEncodingDetector.Decode(c.Bytes, null);
        if (result.Decoded is null) return new Outcome(false, false, "rejected");
        var text = TextNormalizer.Normalize(result.Decoded.Text);
        var replacement = text.Count(ch => ch == '\uFFFD');
        var damaged = replacement > 0 && replacement > text.Length / 20;
        var family = FamilyOf(result.Decoded.Encoding);
        return new Outcome(family == c.ExpectedEncoding && !damaged, !damaged && text == TextNormalizer.Normalize(c.ExpectedText), family);
    }

    /// <summary>A library's choice, decoded the way a caller would: skip a BOM, replace what does not decode.</summary>
    private static Outcome Library(EncodingCase c, Encoding? encoding)
    {
        if (encoding is null) return new Outcome(false, false, "none");
        var lenient = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        var preamble = lenient.GetPreamble();
        var body = c.Bytes.AsSpan();
        if (preamble.Length > 0 && body.StartsWith(preamble)) body = body[preamble.Length..];
        else if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) && encoding.CodePage == 65001) body = body[3..];
        var text = TextNormalizer.Normalize(lenient.GetString(body));
        var family = EncodingCases.Family(encoding.CodePage);
        return new Outcome(family == c.ExpectedEncoding, text == TextNormalizer.Normalize(c.ExpectedText), family);
    }

    private static Encoding? UtfUnknownDetect(byte[] bytes)
    {
        var detected = UtfUnknown.CharsetDetector.DetectFromBytes(bytes).Detected;
        if (detected is null) return null;
        return detected.Encoding ?? ByName(detected.EncodingName);
    }

    private static Encoding? UdeDetect(byte[] bytes)
    {
        var detector = new Ude.CharsetDetector();
        detector.Feed(bytes, 0, bytes.Length);
        detector.DataEnd();
        return detector.Charset is null ? null : ByName(detector.Charset);
    }

    private static Encoding? ByName(string name)
    {
        var known = name.ToUpperInvariant() switch
        {
            "SHIFT-JIS" => "shift_jis",
            "ASCII" => "us-ascii",
            "TIS620" => "windows-874",
            _ => name,
        };
        try
        {
            return Encoding.GetEncoding(known);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string FamilyOf(string name)
    {
        try
        {
            return EncodingCases.Family(Encoding.GetEncoding(name).CodePage);
        }
        catch (ArgumentException)
        {
            return name;
        }
    }
}
