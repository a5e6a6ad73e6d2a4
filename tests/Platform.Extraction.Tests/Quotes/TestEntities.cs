using Platform.Contracts;

namespace Platform.Extraction.Tests.Quotes;

/// <summary>Hand-built entities for quote tests: each mention is every occurrence of the given phrases in the body.</summary>
internal static class TestEntities
{
    public static ExtractedEntity Named(string body, string id, string type, string canonical, params string[] phrases)
    {
        var mentions = new List<EntityMention>();
        foreach (var text in phrases)
            for (var i = body.IndexOf(text, StringComparison.Ordinal); i >= 0; i = body.IndexOf(text, i + text.Length, StringComparison.Ordinal))
                mentions.Add(new EntityMention { Text = text, Start = i, End = i + text.Length, MentionKind = "name", Evidence = "test", Confidence = 1 });
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new ExtractedEntity { Id = id, Type = type, Canonical = canonical, Mentions = mentions };
    }

    public static ExtractedEntity Person(string body, string id, string canonical, params string[] phrases) =>
        Named(body, id, "person", canonical, phrases);
}
