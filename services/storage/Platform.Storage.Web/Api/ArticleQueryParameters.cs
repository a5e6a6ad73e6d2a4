using System.ComponentModel;
using Platform.Storage.Queries;

namespace Platform.Storage.Web.Api;

/// <summary>The query string of <c>GET /api/articles</c>: the filters of <see cref="ArticleFilter"/>.</summary>
public sealed record ArticleQueryParameters
{
    [Description("Words that must all occur in headline or body (ranked full text).")]
    public string? Q { get; init; }
    [Description("Published on or after (yyyy-MM-dd, local date).")]
    public DateOnly? From { get; init; }
    [Description("Published on or before (yyyy-MM-dd).")]
    public DateOnly? To { get; init; }
    public string? Language { get; init; }
    [Description("Outlet name or part of it.")]
    public string? Outlet { get; init; }
    [Description("Author name or part of it.")]
    public string? Author { get; init; }
    [Description("yes, no (stated original) or unknown (nothing says).")]
    public string? Translation { get; init; }
    [Description("generative-ai, machine, human, unknown.")]
    public string? Method { get; init; }
    public string? SourcePublication { get; init; }
    public string? SourceLanguage { get; init; }
    [Description("Only suspected undisclosed translations.")]
    public bool? Suspicion { get; init; }
    [Description("Only AI involvement undisclosed or without evidence of human review.")]
    public bool? AiUnreviewed { get; init; }
    [Description("Mentions this person, organisation or place (canonical name or any mention form).")]
    public string? Entity { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }

    public ArticleFilter ToFilter() => new()
    {
        Words = Q,
        From = From,
        To = To,
        Language = Language,
        Outlet = Outlet,
        Author = Author,
        Translation = string.IsNullOrWhiteSpace(Translation) ? null : Translation.Trim().ToLowerInvariant(),
        Method = Method,
        SourcePublication = SourcePublication,
        SourceLanguage = SourceLanguage,
        Suspicion = Suspicion ?? false,
        AiUnreviewed = AiUnreviewed ?? false,
        Entity = Entity,
        Page = Page ?? 1,
        PageSize = PageSize ?? ArticleFilter.DefaultPageSize,
    };
}
