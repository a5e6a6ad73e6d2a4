using Platform.Contracts;
using Platform.Provenance.Detection;

namespace Platform.Provenance.Tests;

/// <summary>An invented English story and the detector run on it with notes and an outlet of a test's choosing.</summary>
internal static class StoryPages
{
    private static readonly TranslationProvenanceDetector Detector = new();

    public const string Story =
        "The harbour council in Port Vell voted on Tuesday to extend the night ferry until April.\n\n" +
        "\"The night boat is how nurses get to work,\" said councillor Ana Ruelas.\n\n" +
        "Ticket prices will stay the same, the operator said, and two more crossings will be added on Saturdays.";

    public static TranslationProvenance Detect(string body, IReadOnlyList<string>? notes = null, string? outlet = null) =>
        Detector.Detect(new ArticleDocument
        {
            Format = "text", Encoding = "utf-8", EncodingReason = "valid", Language = "en", Body = body,
            Notes = notes ?? [], Outlet = outlet, Removed = [],
        });
}
