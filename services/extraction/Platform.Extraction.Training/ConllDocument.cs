namespace Platform.Extraction.Training;

/// <summary>One document of a BIO-tagged corpus: sentences of (token, tag).</summary>
public sealed record ConllDocument(string Id, List<List<(string Token, string Tag)>> Sentences);
