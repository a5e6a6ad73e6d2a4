using Lingua;
using static Lingua.Language;

namespace Platform.Ingest.Decoding.Language;

/// <summary>
/// Tells the body's language as a BCP 47 code with Lingua, over a fixed set of news languages.
/// The detector is built once, lazily, and is safe to share between threads.
/// </summary>
public static class LanguageIdentifier
{
    private const int SampleChars = 1200;
    private const double MinimumConfidence = 0.5;

    private static readonly Lazy<LanguageDetector> Detector = new(() => LanguageDetectorBuilder
        .FromLanguages(English, Korean, Japanese, Chinese, German, French, Spanish, Italian, Portuguese, Dutch,
            Russian, Ukrainian, Polish, Czech, Turkish, Arabic, Persian, Hebrew, Hindi, Vietnamese, Indonesian,
            Thai, Tagalog, Swedish, Danish, Bokmal, Finnish, Greek, Romanian, Hungarian)
        .WithLowAccuracyMode()
        .Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The language code, or null when the text is too short or the detector is unsure.</summary>
    public static string? Detect(string text)
    {
        var sample = text.Length > SampleChars ? text[..SampleChars] : text;
        if (sample.Count(char.IsLetter) < 20) return null;
        try
        {
            var values = Detector.Value.ComputeLanguageConfidenceValues(sample);
            var top = values.FirstOrDefault();
            if (top.Value < MinimumConfidence) return null;
            var code = top.Key.IsoCode6391();
            return code == IsoCode6391.None ? null : code.ToString().ToLowerInvariant();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            // Missing language model files: say "unknown" rather than fail the article.
            return null;
        }
    }
}
