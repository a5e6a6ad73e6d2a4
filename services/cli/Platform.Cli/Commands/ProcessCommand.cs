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
/// this process and prints one result per file, in input order, each as soon as it and the files before it have their
/// outcome. A path that names nothing gets its own <c>not-found</c> line and the run goes on. When stopped (Ctrl-C,
/// SIGTERM) it takes no new files, waits up to <see cref="GraceAfterStop"/> for those in flight, prints every line finished
/// and ends with <see cref="OperationCanceledException"/> (the caller's exit code says which signal).
/// </summary>
public static class ProcessCommand
{
    public const string DefaultDataFolder = "platform-data";
    private static readonly TimeSpan OutcomeTimeout = TimeSpan.FromMinutes(2);
    private const int MaxInFlight = 32;
    public static readonly TimeSpan GraceAfterStop = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(CommandLine line, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (line.Arguments.Count == 0)
        {
            throw new UsageException("process needs at least one file or folder.");
        }
        var files = InputFiles.ExpandKeepingMissing(line.Arguments);
        var dataFolder = line.Option("--data") ?? DefaultDataFolder;
        var json = line.HasFlag("--json");
        var ingestOptions = new IngestOptions();
        if (line.Option("--max-bytes") is { } maxBytes)
        {
            ingestOptions = ingestOptions with { MaxFileBytes = long.TryParse(maxBytes, out var m) && m > 0 ? m : throw new UsageException("--max-bytes needs a positive number.") };
        }

        using var host = line.Option("--database") is { } database
            ? EmbeddedPipelineHost.Build(StorageProvider.Postgres, database, line.HasFlag("--verbose"), ingestOptions, line.HasFlag("--log-sql"))
            : EmbeddedPipelineHost.Build(dataFolder, line.HasFlag("--verbose"), ingestOptions, line.HasFlag("--log-sql"));
        var store = host.Services.GetRequiredService<IArticleStore>();
        await store.MigrateAsync(cancellationToken);
        await host.StartAsync(cancellationToken);
        try
        {
            var intake = new ArticleIntake(ingestOptions, host.Services.GetRequiredService<IBus>());
            var tracker = host.Services.GetRequiredService<SubmissionOutcomeTracker>();
            ResultPrinter printer = json ? new JsonLinePrinter(stdout) : new TablePrinter(stdout);
            await ProcessAllAsync(files, intake, tracker, store, printer, cancellationToken);
            printer.Finish();
            cancellationToken.ThrowIfCancellationRequested();
            return 0;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Starts up to <see cref="MaxInFlight"/> files at once and prints each result in input order as soon as it and every
    /// earlier file are done. <paramref name="stop"/> ends the taking of new files; files in flight get
    /// <see cref="GraceAfterStop"/> to finish, and whatever finished is printed.
    /// </summary>
    private static async Task ProcessAllAsync(IReadOnlyList<InputFiles.Item> files, ArticleIntake intake,
        SubmissionOutcomeTracker tracker, IArticleStore store, ResultPrinter printer, CancellationToken stop)
    {
        using var gate = new SemaphoreSlim(MaxInFlight);
        using var inFlight = new CancellationTokenSource();
        using var graceAfterStop = stop.Register(() => inFlight.CancelAfter(GraceAfterStop));
        var tasks = files.Select(async file =>
        {
            try
            {
                await gate.WaitAsync(stop);
            }
            catch (OperationCanceledException)
            {
                return null; // not started before the stop
            }
            try
            {
                return file.Found
                    ? await ProcessOneAsync(file.Path, intake, tracker, store, inFlight.Token)
                    : new FileResult(file.Path, SubmissionStatus.Rejected, null, RejectionReasons.NotFound,
                        $"No such file or folder: {file.Path}", null, null, null);
            }
            catch (OperationCanceledException) when (inFlight.IsCancellationRequested)
            {
                return null; // still in flight when the grace time ran out
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        foreach (var task in tasks)
        {
            if (await task is { } result)
            {
                printer.Print(result);
            }
        }
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
