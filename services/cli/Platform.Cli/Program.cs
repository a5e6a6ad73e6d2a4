using Platform.Cli.Commands;
using Platform.Cli.Input;

Environment.SetEnvironmentVariable("MASSTRANSIT_USAGE_TELEMETRY", "false");
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    var verb = args.Length > 0 ? args[0] : "";
    return verb switch
    {
        "process" => await ProcessCommand.RunAsync(
            CommandLine.Parse(args, new HashSet<string> { "--json", "--verbose" }, new HashSet<string> { "--data", "--max-bytes" }),
            Console.Out, cancellation.Token),
        "submit" => await SubmitCommand.RunAsync(
            CommandLine.Parse(args, new HashSet<string> { "--quiet" }, new HashSet<string> { "--journal", "--content-type" }),
            cancellation.Token),
        "export" => await ExportCommand.RunAsync(
            CommandLine.Parse(args, new HashSet<string>(), new HashSet<string> { "--format", "--data", "--postgres" }),
            Console.Out, cancellation.Token),
        "benchmark" => BenchmarkCommand.Run(
            CommandLine.Parse(args, new HashSet<string>(), new HashSet<string> { "--seconds" }), Console.Out),
        "eval" => Eval(CommandLine.Parse(args, new HashSet<string> { "--misses" }, new HashSet<string> { "--floors" })),
        "train" => TrainDisclosureCommand.Run(CommandLine.Parse(args, new HashSet<string> { "--cross-validate" }, new HashSet<string>()), Console.Out),
        "help" or "--help" or "-h" => Usage.Print(Console.Out, 0),
        _ => throw new UsageException(verb.Length == 0 ? "No command given." : $"Unknown command: {verb}"),
    };
}
catch (UsageException ex)
{
    Console.Error.WriteLine($"platform: {ex.Message}");
    return Usage.Print(Console.Error, 2);
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("platform: interrupted.");
    return 130;
}
catch (Exception ex)
{
    Console.Error.WriteLine($"platform: internal failure: {ex}");
    return 1;
}

// "eval news FOLDER TRUTH" scores extraction; "eval pages FOLDER TRUTH" the page reader and the detector.
static int Eval(CommandLine line) =>
    line.Arguments.Count == 3 && line.Arguments[0] == "news" ? EvalNewsCommand.Run(line, Console.Out) : EvalPagesCommand.Run(line, Console.Out);
