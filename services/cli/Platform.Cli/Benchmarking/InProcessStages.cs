using Platform.Contracts;
using Platform.Extraction;
using Platform.Ingest.Decoding;
using Platform.Messaging;
using Platform.Provenance.Detection;

namespace Platform.Cli.Benchmarking;

/// <summary>One file's outcome from the three CPU stages: the stage that ended it and, for a rejection, the reason.</summary>
public sealed record StageOutcome(string Status, string Stage, string? Reason, string? Detail)
{
    public const string Passed = "passed";
    public const string Rejected = "rejected";

    public override string ToString() => Status == Passed ? Passed : $"{Reason} at {Stage}";
}

/// <summary>
/// Runs a file through decode, provenance and extraction in this thread the way the stage consumers do: each stage under
/// its own <see cref="ProcessingBudget"/>, a budget or regex timeout as <c>processing-timeout</c>, any other exception as
/// <c>stage-failure</c>. No bus and no store: what <c>platform benchmark --hostile</c> measures.
/// </summary>
public sealed class InProcessStages(ArticleFileDecoder decoder, TranslationProvenanceDetector detector, ArticleExtractor extractor, ProcessingBudgetOptions budget)
{
    public StageOutcome Run(byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        var decision = Stage(PipelineStages.Ingest, token => decoder.Decode(content, fileName, null, token), cancellationToken, out var failed);
        if (failed is not null) return failed;
        if (decision!.Article is not { } article)
        {
            return new StageOutcome(StageOutcome.Rejected, PipelineStages.Ingest, decision.Reason, decision.Detail);
        }
        var provenance = Stage(PipelineStages.Provenance, token => detector.Detect(article, token), cancellationToken, out failed);
        if (failed is not null) return failed;
        Stage(PipelineStages.Extraction, token => extractor.Extract(article, provenance, token), cancellationToken, out failed);
        return failed ?? new StageOutcome(StageOutcome.Passed, PipelineStages.Extraction, null, null);
    }

    private T? Stage<T>(string stage, Func<CancellationToken, T> work, CancellationToken cancellationToken, out StageOutcome? failed)
        where T : class
    {
        using var limit = new ProcessingBudget(budget, cancellationToken);
        failed = null;
        try
        {
            return work(limit.Token);
        }
        catch (Exception ex) when (limit.IsExceededBy(ex))
        {
            failed = new StageOutcome(StageOutcome.Rejected, stage, RejectionReasons.ProcessingTimeout, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            failed = new StageOutcome(StageOutcome.Rejected, stage, RejectionReasons.StageFailure, $"{ex.GetType().Name}: {ex.Message}");
        }
        return null;
    }
}
