using System.CommandLine;
using System.CommandLine.Invocation;
using Platform.Cli.Commands;

namespace Platform.Cli.Input;

/// <summary>
/// The <c>platform</c> command tree on System.CommandLine: per-command help with examples (<c>--help</c>), <c>--version</c>
/// with the extractor and detector versions, and parse errors answered as usage errors (exit code 2). Each action hands the
/// parsed values to its command class in the <see cref="CommandLine"/> shape.
/// </summary>
public static class PlatformCommands
{
    public static RootCommand Build(TextWriter stdout)
    {
        var root = new RootCommand("""
            platform: an event-driven news-article pipeline (ingest, translation provenance, extraction, storage).
            Exit codes: 0 every argument got an outcome, 1 internal failure or a broker/database out of reach, 2 usage error,
            3 an eval under its floor, 4 submit --wait: some outcome did not arrive within --timeout, 130/143 stopped by
            Ctrl-C/SIGTERM.
            """);
        if (root.Options.OfType<VersionOption>().FirstOrDefault() is { } version) version.Action = new PrintVersions(stdout);

        root.Subcommands.Add(Process(stdout));
        root.Subcommands.Add(Submit(stdout));
        root.Subcommands.Add(Failures(stdout));
        root.Subcommands.Add(Export(stdout));
        root.Subcommands.Add(Benchmark(stdout));
        root.Subcommands.Add(Eval(stdout));
        root.Subcommands.Add(Train(stdout));
        foreach (var reading in ReadingCommandTree.Build(stdout)) root.Subcommands.Add(reading);
        return root;
    }

    private static Command Process(TextWriter stdout)
    {
        var inputs = Inputs("Files or folders to process (folders recursively, hidden files skipped).");
        var json = new Option<bool>("--json") { Description = "One JSON line per file (the stable contract in the README)." };
        var data = new Option<string?>("--data") { Description = "Folder of the embedded store (default ./platform-data)." };
        var database = new Option<string?>("--database") { Description = "Store in this PostgreSQL database (connection string) instead of the embedded store." };
        var maxBytes = new Option<long?>("--max-bytes") { Description = "Largest file accepted, in bytes." };
        var verbose = new Option<bool>("--verbose") { Description = "Show the pipeline's logs on stderr." };
        var logSql = new Option<bool>("--log-sql") { Description = "With --verbose, also every SQL command the store runs." };
        var command = new Command("process", """
            Runs every file through ingest, provenance, extraction and storage in this process (in-memory bus, embedded
            SQLite store). Lines come in input order as soon as each file and those before it are done; a path that names
            nothing is its own 'not-found' line. Ctrl-C or SIGTERM: no new files, up to 10 s for those in flight, exit 130/143.

            Examples:
              platform process ../shared/seeds/sample-article.txt --json
              platform process articles/ --data /tmp/platform-data
            """);
        command.Arguments.Add(inputs);
        Add(command, json, data, database, maxBytes, verbose, logSql);
        command.SetAction((result, ct) => ProcessCommand.RunAsync(Line("process", result, inputs, [data, database, maxBytes], [json, verbose, logSql]), stdout, ct));
        return command;
    }

    private static Command Submit(TextWriter stdout)
    {
        var inputs = Inputs("Files or folders to send.");
        var data = new Option<string?>("--data") { Description = "Data folder holding the journal (default ./platform-data)." };
        var journal = new Option<string?>("--journal") { Description = "Journal file instead of DIR/submit.journal." };
        var contentType = new Option<string?>("--content-type") { Description = "content_type property for every message." };
        var quiet = new Option<bool>("--quiet") { Description = "No progress bar." };
        var wait = new Option<bool>("--wait") { Description = "Then print one process --json line per sent file as its outcome arrives." };
        var timeout = new Option<string?>("--timeout") { Description = "With --wait, seconds to wait for the outcomes after sending (default 300); exit 4 when some did not arrive." };
        var database = new Option<string?>("--database") { Description = $"With --wait, read stored articles' keys from this PostgreSQL database (or set {StoreLocation.DatabaseVariable})." };
        var command = new Command("submit", """
            Sends the files as raw messages to the RabbitMQ 'ingest' exchange of a distributed run (settings from
            RabbitMq__* or PLATFORM_RABBITMQ_* environment variables), with broker confirmation. Files already confirmed
            (listed in the journal) are skipped on a re-run. With --wait, one JSON line per sent file (the process --json
            contract) as storage announces its outcome; exit code 4 when some outcome did not arrive within --timeout.

            Examples:
              platform submit articles/ --quiet
              platform submit articles/ --wait --timeout 120 --database "$PLATFORM_POSTGRES_CONNECTION"
            """);
        command.Arguments.Add(inputs);
        Add(command, data, journal, contentType, quiet, wait, timeout, database);
        command.SetAction((result, ct) => SubmitCommand.RunAsync(Line("submit", result, inputs, [data, journal, contentType, timeout, database], [quiet, wait]), stdout, ct));
        return command;
    }

    private static Command Failures(TextWriter stdout)
    {
        var failures = new Command("failures", """
            The messages that failed for good on a distributed run: every _error queue and the dead-letter queue (broker
            settings as for submit).
            """);
        var queueDescription = "Only this queue (e.g. provenance_error, dead-letters).";
        var listQueue = new Option<string?>("--queue") { Description = queueDescription };
        var json = new Option<bool>("--json") { Description = "One JSON object per message instead of tab-separated lines." };
        var list = new Command("list", """
            Prints every parked message: queue, message id, file name, submission id, age and reason (the exception message,
            or RabbitMQ's dead-letter reason). Nothing is taken away.

            Example:
              platform failures list --queue storage_error
            """);
        Add(list, listQueue, json);
        list.SetAction((result, ct) => FailuresCommand.ListAsync(result.GetValue(listQueue), result.GetValue(json), stdout, ct));
        failures.Subcommands.Add(list);

        var ids = new Argument<string[]>("ids") { Description = "Message ids as 'failures list' prints them.", Arity = ArgumentArity.ZeroOrMore };
        var replayQueue = new Option<string?>("--queue") { Description = queueDescription };
        var all = new Option<bool>("--all") { Description = "Every parked message (of --queue, or of every queue)." };
        var replay = new Command("replay", """
            Sends parked messages back to the queue they failed on, once the cause is fixed; each leaves its parking queue
            only after the broker confirmed it back. Exit code 1 when a given id was not found.

            Examples:
              platform failures replay --queue storage_error --all
              platform failures replay 6b3a0000-5d8e-0015-7f41-08de2f8a1c55
            """);
        replay.Arguments.Add(ids);
        Add(replay, replayQueue, all);
        replay.SetAction((result, ct) => FailuresCommand.ReplayAsync(result.GetValue(replayQueue), result.GetValue(all), result.GetValue(ids) ?? [], stdout, ct));
        failures.Subcommands.Add(replay);
        return failures;
    }

    private static Command Export(TextWriter stdout)
    {
        var articleId = new Argument<string>("articleId") { Description = "The stored article's id." };
        var format = new Option<string?>("--format") { Description = "jsonld (schema.org NewsArticle, default) or c2pa." };
        var data = new Option<string?>("--data") { Description = "Folder of the embedded store (default ./platform-data)." };
        var postgres = new Option<string?>("--postgres") { Description = "Read from PostgreSQL with this connection string." };
        var command = new Command("export", """
            Prints a stored article's provenance as schema.org JSON-LD or as a C2PA-style sidecar manifest.

            Example:
              platform export 2f0c6a6e-0000-0000-0000-000000000000 --format c2pa
            """);
        command.Arguments.Add(articleId);
        Add(command, format, data, postgres);
        command.SetAction((result, ct) => ExportCommand.RunAsync(
            CommandLine.From("export", [result.GetValue(articleId)!], Values(result, format, data, postgres), []), stdout, ct));
        return command;
    }

    private static Command Benchmark(TextWriter stdout)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files or folders (default: the repo's article fixtures and the sample).", Arity = ArgumentArity.ZeroOrMore };
        var seconds = new Option<string?>("--seconds") { Description = "How long to measure each stage (default 5)." };
        var hostile = new Option<bool>("--hostile") { Description = "Instead: run generated hostile files through the stages and print outcomes, time per file and memory." };
        var files = new Option<string?>("--files") { Description = "With --hostile, how many files (default 1000)." };
        var command = new Command("benchmark", """
            Measures ingest, provenance and extraction on one thread: MB of article text per second per core and KiB
            allocated per article. With --hostile, runs generated hostile files (deep nesting, a 10 MB line, a 500-comma
            byline, a 2 MB token before a quote, binary, invalid UTF-8, JSON 100,000 deep) through the stages and prints
            each outcome's count, time per file and memory after file 100 and after the last.

            Examples:
              platform benchmark --seconds 3
              platform benchmark --hostile
            """);
        command.Arguments.Add(inputs);
        command.Options.Add(seconds);
        command.Options.Add(hostile);
        command.Options.Add(files);
        command.SetAction(result => BenchmarkCommand.Run(Line("benchmark", result, inputs, [seconds, files], [hostile]), stdout));
        return command;
    }

    private static Command Eval(TextWriter stdout)
    {
        var eval = new Command("eval", "Scores the reader, the detector and the extractors against a truth file.");
        foreach (var (name, description) in new[]
        {
            ("pages", "Per-field accuracy of headline, published, authors and translation provenance on page dumps."),
            ("news", "Date values, quote speakers and quantities against a news truth file."),
        })
        {
            var folder = new Argument<string>("folder") { Description = "Folder of the files the truth names." };
            var truth = new Argument<string>("truth") { Description = "The truth.jsonl file." };
            var misses = new Option<bool>("--misses") { Description = "List every wrong field." };
            var floors = new Option<string?>("--floors") { Description = "field=min,...: exit 3 when a field scores under its minimum." };
            var command = new Command(name, description + $"""


                Example:
                  platform eval {name} ../shared/corpora/wild-like ../shared/corpora/wild-like/truth.jsonl --misses
                """);
            command.Arguments.Add(folder);
            command.Arguments.Add(truth);
            Add(command, misses, floors);
            command.SetAction(result =>
            {
                var line = CommandLine.From("eval", [name, result.GetValue(folder)!, result.GetValue(truth)!], Values(result, floors), Flags(result, misses));
                return name == "news" ? EvalNewsCommand.Run(line, stdout) : EvalPagesCommand.Run(line, stdout);
            });
            eval.Subcommands.Add(command);
        }
        return eval;
    }

    private static Command Train(TextWriter stdout)
    {
        var train = new Command("train", "Learns the detector's models from page sets.");
        var output = new Argument<string>("output") { Description = "The model file to write (.tsv)." };
        var folders = new Argument<string[]>("folders") { Description = "Folders of pages with a truth.jsonl.", Arity = ArgumentArity.OneOrMore };
        var crossValidate = new Option<bool>("--cross-validate") { Description = "First hold out each folder in turn and print its figures." };
        var disclosure = new Command("disclosure", """
            Learns the disclosure-sentence model from the pages and truth.jsonl in each folder and writes it.

            Example:
              platform train disclosure model.tsv ../shared/corpora/wild-like tests/fixtures/pages/batch-* --cross-validate
            """);
        disclosure.Arguments.Add(output);
        disclosure.Arguments.Add(folders);
        disclosure.Options.Add(crossValidate);
        disclosure.SetAction(result => TrainDisclosureCommand.Run(
            CommandLine.From("train", ["disclosure", result.GetValue(output)!, .. result.GetValue(folders) ?? []], [], Flags(result, crossValidate)), stdout));
        train.Subcommands.Add(disclosure);
        return train;
    }

    /// <summary>Files or folders; a word that looks like an option but is none is a usage error, not a path.</summary>
    private static Argument<string[]> Inputs(string description)
    {
        var inputs = new Argument<string[]>("inputs") { Description = description, Arity = ArgumentArity.OneOrMore };
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal)))
                result.AddError($"Unknown option: {token.Value}");
        });
        return inputs;
    }

    private static void Add(Command command, params Option[] options)
    {
        foreach (var option in options) command.Options.Add(option);
    }

    private static CommandLine Line(string verb, ParseResult result, Argument<string[]> inputs, Option[] valued, Option<bool>[] flags) =>
        CommandLine.From(verb, result.GetValue(inputs) ?? [], Values(result, valued), Flags(result, flags));

    private static IEnumerable<KeyValuePair<string, string?>> Values(ParseResult result, params Option[] options) =>
        options.Select(o => new KeyValuePair<string, string?>(o.Name, result.GetResult(o)?.Tokens is { Count: > 0 } tokens ? tokens[^1].Value : null));

    private static IEnumerable<string> Flags(ParseResult result, params Option<bool>[] flags) =>
        flags.Where(f => result.GetValue(f)).Select(f => f.Name);

    /// <summary><c>--version</c>: the tool's version and those of the detector and the extractors whose output it prints.</summary>
    private sealed class PrintVersions(TextWriter stdout) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var informational = typeof(PlatformCommands).Assembly
                .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";
            stdout.WriteLine($"platform {informational.Split('+')[0]}");
            stdout.WriteLine($"detector {Platform.Provenance.Detection.TranslationProvenanceDetector.Version}");
            stdout.WriteLine($"extractor {Platform.Extraction.ArticleExtractor.Version}");
            return 0;
        }
    }
}
