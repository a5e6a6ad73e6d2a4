using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Cli.Embedded;
using Platform.Cli.Input;
using Platform.Cli.Output;
using Platform.Contracts;
using Platform.Ingest.Decoding;
using Platform.Ingest.Intake;
using Platform.Messaging;
using Platform.Storage.Persistence;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>platform process &lt;files or folders...&gt; [--json] [--data DIR]</c>: runs every file through the whole pipeline in
/// this process and prints one result per file, in input order.
/// </summary>
public static class ProcessCommand
{
    public const string DefaultDataFolder = "platform-data";
    private static readonly TimeSpan OutcomeTimeout = TimeSpan.FromMinutes(2);
    private const int MaxInFlight = 32;

    public static async Task<int> RunAsync(CommandLine line, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (line.Arguments.Count == 0)
        {
            throw new UsageException("process needs at least one file or folder.");
        }
        var files = InputFiles.Expand(line.Arguments);
        var dataFolder = line.Option("--data") ?? DefaultDataFolder;
        var json = line.HasFlag("--json");
        var ingestOptions = new IngestOptions();
        if (line.Option("--max-bytes") is { } maxBytes)
        {
            ingestOptions = ingestOptions with { MaxFileBytes = long.TryParse(maxBytes, out var m) && m > 0 ? m : throw new UsageException("--max-bytes needs a positive number.") };
        }

        using var host = EmbeddedPipelineHost.Build(dataFolder, line.HasFlag("--verbose"), ingestOptions);
        var store = host.Services.GetRequiredService<IArticleStore>();
        await store.MigrateAsync(cancellationToken);
        await host.StartAsync(cancellationToken);
        try
        {
            var intake = new ArticleIntake(ingestOptions, host.Services.GetRequiredService<IBus>());
            var tracker = host.Services.GetRequiredService<SubmissionOutcomeTracker>();
            var results = await ProcessAllAsync(files, intake, tracker, store, cancellationToken);
            ResultPrinter printer = json ? new JsonLinePrinter(stdout) : new TablePrinter(stdout);
            foreach (var result in results)
            {
                printer.Print(result);
            }
            printer.Finish();
            return 0;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<IReadOnlyList<FileResult>> ProcessAllAsync(IReadOnlyList<string> files, ArticleIntake intake,
        SubmissionOutcomeTracker tracker, IArticleStore store, CancellationToken cancellationToken)
    {
        var results = new FileResult[files.Count];
        using var gate = new SemaphoreSlim(MaxInFlight);
        var tasks = files.Select(async (file, index) =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                results[index] = await ProcessOneAsync(file, intake, tracker, store, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        await Task.WhenAll(tasks);
        return results;
    }

    private static async Task<FileResult> ProcessOneAsync(string file, ArticleIntake intake, SubmissionOutcomeTracker tracker,
        IArticleStore store, CancellationToken cancellationToken)
    {
        var correlationId = NewId.NextGuid();
        var outcome = tracker.Expect(correlationId);
        var submissionId = (await intake.SubmitFileAsync(file, file, "cli", correlationId, cancellationToken)).SubmissionId;

        SubmissionOutcome finished;
        try
        {
            finished = await outcome.WaitAsync(OutcomeTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Every failure path records an outcome; this only guards the other files' output against a stage that hangs.
            return new FileResult(file, SubmissionStatus.Rejected, submissionId, RejectionReasons.NoOutcome,
                $"The pipeline gave no outcome for this file within {OutcomeTimeout.TotalSeconds:0} s; see the log on stderr.",
                null, null, null);
        }
        if (finished.Status == SubmissionStatus.Rejected)
        {
            return new FileResult(file, SubmissionStatus.Rejected, submissionId, finished.Reason, finished.Detail, null, null, null);
        }
        var articleId = finished.ArticleId!.Value;
        var stored = await store.FindArticleAsync(articleId, cancellationToken)
            ?? throw new InvalidOperationException($"Storage announced article {articleId} but does not hold it.");
        return new FileResult(file, finished.Status, submissionId, null, null, articleId, finished.DuplicateOf, stored);
    }
}
