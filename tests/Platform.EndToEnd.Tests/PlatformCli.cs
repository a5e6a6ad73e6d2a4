using System.Diagnostics;

namespace Platform.EndToEnd.Tests;

/// <summary>Runs the prebuilt <c>platform</c> command against the distributed platform's broker (bounded, output captured).</summary>
public static class PlatformCli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static async Task<Result> RunAsync(DistributedPlatform platform, params string[] args)
    {
        var cli = Path.Combine(RepositoryPaths.Root, "services", "cli", "Platform.Cli", "bin", RepositoryPaths.Configuration, "net10.0", "platform.dll");
        var start = new ProcessStartInfo("dotnet");
        start.ArgumentList.Add(cli);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var settings = platform.Settings;
        start.Environment["RabbitMq__Host"] = settings.RabbitHost;
        start.Environment["RabbitMq__Port"] = settings.RabbitPort.ToString();
        start.Environment["RabbitMq__VirtualHost"] = platform.VirtualHost;
        start.Environment["RabbitMq__Username"] = settings.RabbitUser;
        start.Environment["RabbitMq__Password"] = settings.RabbitPassword;
        var result = await BoundedProcess.RunAsync(start, TimeSpan.FromMinutes(3), "platform " + string.Join(' ', args));
        return new Result(result.ExitCode, result.Stdout, result.Stderr);
    }
}
