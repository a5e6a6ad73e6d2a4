namespace Platform.Storage.Persistence;

/// <summary>Row of <c>article_quotes</c>: one direct quotation.</summary>
public sealed class ArticleQuoteRow
{
    public Guid ArticleId { get; set; }
    public int Ordinal { get; set; }
    public string? Speaker { get; set; }
    public required string Text { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public string? Verb { get; set; }
    public double Confidence { get; set; }
    public bool Translated { get; set; }
}
