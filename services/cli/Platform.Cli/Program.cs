using System.Runtime.InteropServices;
using System.CommandLine;
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
    if (args.Length == 0) throw new UsageException("No command given.");
    var parsed = PlatformCommands.Build(Console.Out).Parse(args is ["help"] ? ["--help"] : args);
    if (parsed.Errors.Count > 0) throw new UsageException(string.Join(" ", parsed.Errors.Select(e => e.Message)));
    // Signals and failures are this program's own (exit codes 130/143, one-line messages), not the library's.
    return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false },
        cancellation.Token);
}
catch (UsageException ex)
{
    Console.Error.WriteLine($"platform: {ex.Message}");
    Console.Error.WriteLine("usage: platform <command> [arguments] [options]; 'platform --help' lists the commands, 'platform <command> --help' shows one with examples.");
    return 2;
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
