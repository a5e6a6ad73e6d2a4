namespace Platform.Extraction.Quotes;

/// <summary>
/// One quoted stretch of a paragraph: the inner text between the marks (trimmed), where the marks stand
/// (<see cref="Close"/> is -1 when the quote runs to the paragraph end), and its links in a multi-paragraph quote.
/// </summary>
internal sealed record QuoteSpan(int Start, int End, int Open, int Close, int ParagraphStart, int ParagraphEnd)
{
    /// <summary>The index of the previous segment of the same multi-paragraph quote, or -1.</summary>
    public int Previous { get; set; } = -1;

    /// <summary>The index of the next segment of the same multi-paragraph quote, or -1.</summary>
    public int Next { get; set; } = -1;
}
