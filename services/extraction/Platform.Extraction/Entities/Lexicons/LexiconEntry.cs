namespace Platform.Extraction.Entities.Lexicons;

/// <summary>One gazetteer phrase: its category and the canonical name it stands for.</summary>
public sealed record LexiconEntry(LexiconCategory Category, string Canonical, int TokenCount);

/// <summary>A gazetteer match over tokens [First, First + Count).</summary>
public readonly record struct LexiconMatch(int First, int Count, LexiconEntry Entry);
