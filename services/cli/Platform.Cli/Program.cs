using System.Runtime.InteropServices;
using Platform.Cli.Commands;
using Platform.Cli.Input;
using Platform.Cli.Output;

Environment.SetEnvironmentVariable("MASSTRANSIT_USAGE_TELEMETRY", "false");
using var cancellation = new CancellationTokenSource();
// Ctrl-C (exit 130) and SIGTERM (exit 143) stop a command the same way: it takes no new work, finishes or gives up what is
// in flight, prints what finished, and exits with the signal's code.
var stoppedExitCode = 130;
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stoppedExitCode = 143;
    cancellation.Cancel();
});

try
{
    var verb = args.Length > 0 ? args[0] : "";
    return verb switch
    {
        "process" => await ProcessCommand.RunAsync(
            CommandLine.Parse(args, new HashSet<string> { "--json", "--verbose" }, new HashSet<string> { "--data", "--max-bytes" }),
            Console.Out, cancellation.Token),
        "submit" => await SubmitCommand.RunAsync(
            CommandLine.Parse(args, new HashSet<string> { "--quiet" }, new HashSet<string> { "--journal", "--content-type", "--data" }),
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
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine(stoppedExitCode == 143 ? "platform: terminated." : "platform: interrupted.");
    return stoppedExitCode;
}
catch (Exception ex) when (UnreachableService.Describe(ex) is { } unreachable)
{
    // One line saying what could not be reached and which setting names it; the whole trace only with --verbose.
    Console.Error.WriteLine($"platform: {unreachable}");
    if (args.Contains("--verbose")) Console.Error.WriteLine(ex);
    return 1;
}
catch (Exception ex)
{
    Console.Error.WriteLine($"platform: internal failure: {ex}");
    return 1;
}

// "eval news FOLDER TRUTH" scores extraction; "eval pages FOLDER TRUTH" the page reader and the detector.
static int Eval(CommandLine line) =>
    line.Arguments.Count == 3 && line.Arguments[0] == "news" ? EvalNewsCommand.Run(line, Console.Out) : EvalPagesCommand.Run(line, Console.Out);
