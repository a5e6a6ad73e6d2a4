namespace Platform.Storage.Queries;

/// <summary>
/// The question asked of the stored articles: full text (<see cref="Words"/>) and filters, all optional and combined with
/// AND. Dates are the publication dates as the outlet printed them (local), inclusive. Text filters ignore case.
/// </summary>
public sealed record ArticleFilter
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 500;

    /// <summary>Words that must all occur in the headline or body (full-text search, ranked).</summary>
    public string? Words { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Language { get; init; }
    /// <summary>The outlet's name, or part of it.</summary>
    public string? Outlet { get; init; }
    /// <summary>An author's name, or part of it.</summary>
    public string? Author { get; init; }
    /// <summary><c>yes</c>, <c>no</c> or <c>unknown</c> (see <see cref="TranslationStatus"/>).</summary>
    public string? Translation { get; init; }
    /// <summary><c>generative-ai</c>, <c>machine</c>, <c>human</c>, <c>unknown</c>.</summary>
    public string? Method { get; init; }
    public string? SourcePublication { get; init; }
    public string? SourceLanguage { get; init; }
    /// <summary>Only articles the detector suspects to be undisclosed translations.</summary>
    public bool Suspicion { get; init; }
    /// <summary>Only articles whose AI involvement is undisclosed or has no evidence of human review.</summary>
    public bool AiUnreviewed { get; init; }
    /// <summary>A person, organisation or place by its canonical name or any form it is mentioned by.</summary>
    public string? Entity { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first value out of range.</summary>
    public ArticleFilter Validated()
    {
        Paging.Check(Page, PageSize);
        if (Translation is not (null or TranslationStatus.Yes or TranslationStatus.No or TranslationStatus.Unknown))
            throw new ArgumentException("translation must be yes, no or unknown.");
        if (From is { } from && To is { } to && to < from) throw new ArgumentException("the 'to' date is before the 'from' date.");
        return this;
    }
}
