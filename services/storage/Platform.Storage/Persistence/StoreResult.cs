namespace Platform.Storage.Persistence;

/// <summary>What <see cref="IArticleStore.SaveArticleAsync"/> decided: <see cref="Status"/> is <c>stored</c> or <c>duplicate</c>
/// (see <see cref="SubmissionStatus"/>); <see cref="DuplicateOf"/> names the existing article for a duplicate.</summary>
public sealed record StoreResult(string Status, Guid ArticleId, Guid? DuplicateOf);
