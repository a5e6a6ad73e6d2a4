namespace Platform.Storage.Persistence;

/// <summary>Row of <c>article_entities</c>: one mention of an extracted entity (an entity without mentions gets one row
/// with null text and offsets), so articles can be found by entity type and canonical name.</summary>
public sealed class ArticleEntityRow
{
    public Guid ArticleId { get; set; }
    public int Ordinal { get; set; }
    public required string EntityId { get; set; }
    public required string Type { get; set; }
    public required string Canonical { get; set; }
    public string? Role { get; set; }
    public string? Text { get; set; }
    public int? Start { get; set; }
    public int? End { get; set; }
    public string? MentionKind { get; set; }
}
