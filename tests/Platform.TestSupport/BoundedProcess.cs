using System.Diagnostics;

namespace Platform.TestSupport;

/// <summary>
/// Runs a child process to its end within a time limit, capturing its output; past the limit the whole process tree is
/// killed and a <see cref="TimeoutException"/> names what did not finish. One runner for the CLI and script helpers.
/// </summary>
public static class BoundedProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static async Task<Result> RunAsync(ProcessStartInfo start, TimeSpan limit, string description)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {description}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{description} did not finish within {limit.TotalSeconds:0} s: {await stderr}");
        }
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs <c>deploy/infra.sh &lt;component&gt; &lt;action&gt;</c> and fails the test when it does not succeed.</summary>
    public static async Task InfraAsync(string component, string action, TimeSpan limit)
    {
        var start = new ProcessStartInfo("bash");
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "deploy", "infra.sh"));
        start.ArgumentList.Add(component);
        start.ArgumentList.Add(action);
        var result = await RunAsync(start, limit, $"deploy/infra.sh {component} {action}");
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"deploy/infra.sh {component} {action} exited with {result.ExitCode}: {result.Stderr}");
    }
}
