namespace Platform.Storage.Queries;

/// <summary>One page of a longer answer: <see cref="Total"/> counts every match, <see cref="Items"/> holds this page.</summary>
public sealed record ResultPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
