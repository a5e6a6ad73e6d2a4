using System.Diagnostics;

namespace Platform.Pipeline.Tests;

/// <summary>Runs the built <c>platform</c> CLI as its own process, as a user would.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Task<Result> RunAsync(params string[] args) => RunWithEnvironmentAsync(new Dictionary<string, string>(), args);

    public static async Task<Result> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "platform.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["MASSTRANSIT_USAGE_TELEMETRY"] = "false";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var result = await BoundedProcess.RunAsync(start, TimeSpan.FromMinutes(3), "platform");
        return new Result(result.ExitCode, result.Stdout, result.Stderr);
    }
}
