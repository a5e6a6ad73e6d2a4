namespace Platform.Storage.Queries;

/// <summary>The one rule for pages: numbered from 1, 1 to <see cref="ArticleFilter.MaxPageSize"/> rows each.</summary>
internal static class Paging
{
    public static void Check(int page, int pageSize)
    {
        if (page < 1) throw new ArgumentException("page must be 1 or more.");
        if (pageSize is < 1 or > ArticleFilter.MaxPageSize) throw new ArgumentException($"page size must be 1 to {ArticleFilter.MaxPageSize}.");
    }
}
