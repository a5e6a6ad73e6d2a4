namespace Platform.Storage.Queries;

/// <summary>One article in a result list. <see cref="Translation"/> is <c>yes</c>, <c>no</c> or <c>unknown</c>
/// (<see cref="TranslationStatus"/>); <see cref="Rank"/> is the full-text score (higher is better) when words were asked.</summary>
public sealed record ArticleSummary(
    Guid ArticleId,
    string? Headline,
    string? Outlet,
    string? Published,
    string? Language,
    IReadOnlyList<string> Authors,
    string Translation,
    string? Method,
    string? SourcePublication,
    string? SourceLanguage,
    bool Suspicion,
    string? AiAct,
    double? Rank);
