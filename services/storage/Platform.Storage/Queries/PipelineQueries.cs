using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Storage.Persistence;

namespace Platform.Storage.Queries;

/// <summary>What the pipeline did with every submission: totals, and the rejected ones with their reasons.</summary>
public sealed record PipelineCounts(int Submitted, int Stored, int Duplicates, int Rejected, int Articles, IReadOnlyList<RejectionCount> RejectedBy);

/// <summary>Rejections of one stage for one reason.</summary>
public sealed record RejectionCount(string? Stage, string? Reason, int Submissions);

/// <summary>One rejected submission.</summary>
public sealed record Rejection(string? FileName, string SubmissionId, string? Stage, string? Reason, string? Detail, DateTimeOffset RecordedAt);

/// <summary>Questions about the submission ledger (<c>submissions</c>): pipeline counts and rejections.</summary>
public sealed class PipelineQueries(PlatformDbContext db)
{
    public async Task<PipelineCounts> CountsAsync(CancellationToken ct)
    {
        var byStatus = await db.Submissions.AsNoTracking().GroupBy(s => s.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Status, g => g.Count, ct);
        var rejectedBy = await db.Submissions.AsNoTracking().Where(s => s.Status == SubmissionStatus.Rejected)
            .GroupBy(s => new { s.Stage, s.Reason })
            .Select(g => new RejectionCount(g.Key.Stage, g.Key.Reason, g.Count()))
            .ToListAsync(ct);
        var articles = await db.Articles.CountAsync(ct);
        return new PipelineCounts(
            byStatus.Values.Sum(), byStatus.GetValueOrDefault(SubmissionStatus.Stored), byStatus.GetValueOrDefault(SubmissionStatus.Duplicate),
            byStatus.GetValueOrDefault(SubmissionStatus.Rejected), articles,
            [.. rejectedBy.OrderByDescending(r => r.Submissions).ThenBy(r => r.Stage, StringComparer.Ordinal).ThenBy(r => r.Reason, StringComparer.Ordinal)]);
    }

    /// <summary>Rejected submissions, newest first; <paramref name="reason"/> narrows to one reason code.</summary>
    public async Task<ResultPage<Rejection>> RejectionsAsync(string? reason, int page, int pageSize, CancellationToken ct)
    {
        Paging.Check(page, pageSize);
        var rejected = db.Submissions.AsNoTracking().Where(s => s.Status == SubmissionStatus.Rejected);
        if (ArticleConditions.Lower(reason) is { } r) rejected = rejected.Where(s => s.Reason == r);
        var total = await rejected.CountAsync(ct);
        var rows = await rejected.OrderByDescending(s => s.RecordedAt).ThenBy(s => s.FileName)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new ResultPage<Rejection>(
            [.. rows.Select(s => new Rejection(s.FileName, s.SubmissionId, s.Stage, s.Reason, s.Detail, s.RecordedAt))], total, page, pageSize);
    }
}
