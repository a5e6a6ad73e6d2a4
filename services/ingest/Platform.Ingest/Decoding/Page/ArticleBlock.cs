namespace Platform.Ingest.Decoding.Page;

/// <summary>The run of lines holding the article's body: from its first to its last prose line, with its prose word count.</summary>
public sealed record ArticleBlock(int Start, int End, int ProseWords, int ClusterCount)
{
    /// <summary>The end of the block before this one (or -1): a headline is not looked for above it.</summary>
    public int PreviousEnd { get; init; } = -1;
    /// <summary>Words of prose in the block before this one.</summary>
    public int PreviousProseWords { get; init; }

    /// <summary>
    /// Where the search for this block's headline and date stops going up: the end of the block before, unless that block
    /// is a single short paragraph (a standfirst or deck above the byline), which belongs to this article's header.
    /// </summary>
    public int PreviousLimit => PreviousProseWords >= 40 ? PreviousEnd : -1;

    /// <summary>The start of the block after this one (or the line count): the article's tail stops there.</summary>
    public int NextStart { get; init; } = int.MaxValue;
}
