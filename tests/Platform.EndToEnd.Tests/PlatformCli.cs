using System.Diagnostics;

namespace Platform.EndToEnd.Tests;

/// <summary>Runs the prebuilt <c>platform</c> command against the distributed platform's broker (bounded, output captured).</summary>
public static class PlatformCli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static async Task<Result> RunAsync(DistributedPlatform platform, params string[] args)
    {
        var cli = Path.Combine(RepositoryPaths.Root, "services", "cli", "Platform.Cli", "bin", RepositoryPaths.Configuration, "net10.0", "platform.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var settings = platform.Settings;
        start.Environment["RabbitMq__Host"] = settings.RabbitHost;
        start.Environment["RabbitMq__Port"] = settings.RabbitPort.ToString();
        start.Environment["RabbitMq__VirtualHost"] = platform.VirtualHost;
        start.Environment["RabbitMq__Username"] = settings.RabbitUser;
        start.Environment["RabbitMq__Password"] = settings.RabbitPassword;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"platform {string.Join(' ', args)} did not finish within 3 minutes");
        }
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
