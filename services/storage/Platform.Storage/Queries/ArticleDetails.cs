using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Storage.Persistence;

namespace Platform.Storage.Queries;

/// <summary>One stored article in full, with the file it was first stored from.</summary>
public sealed record ArticleInFull(StoredArticle Stored, string? FileName)
{
    /// <summary>The article as a <c>process --json</c> line (status <c>stored</c>).</summary>
    public string ToJsonLine() => ArticleJsonLine.Write(
        new ArticleLineHead(FileName, SubmissionStatus.Stored, null, null, Stored.SubmissionId, Stored.ArticleId, null), Stored);
}

/// <summary>Reads one article in full by its id.</summary>
public sealed class ArticleDetails(PlatformDbContext db)
{
    public async Task<ArticleInFull?> FindAsync(Guid articleId, CancellationToken ct)
    {
        var row = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == articleId, ct);
        if (row is null) return null;
        var fileName = await db.Submissions.AsNoTracking()
            .Where(s => s.ArticleId == articleId && s.Status == SubmissionStatus.Stored)
            .Select(s => s.FileName).FirstOrDefaultAsync(ct);
        return new ArticleInFull(ArticleRowMapper.ToStoredArticle(row), fileName);
    }
}
