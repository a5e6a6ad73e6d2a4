namespace Platform.Ingest.Decoding.Page;

/// <summary>The run of lines holding the article's body: from its first to its last prose line, with its prose word count.</summary>
public sealed record ArticleBlock(int Start, int End, int ProseWords, int ClusterCount)
{
    /// <summary>The end of the block before this one (or -1): a headline is not looked for above it.</summary>
    public int PreviousEnd { get; init; } = -1;
    /// <summary>The start of the block after this one (or the line count): the article's tail stops there.</summary>
    public int NextStart { get; init; } = int.MaxValue;
}
