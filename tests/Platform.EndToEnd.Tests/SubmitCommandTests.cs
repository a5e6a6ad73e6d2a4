using System.Diagnostics;

namespace Platform.EndToEnd.Tests;

/// <summary><c>platform submit</c> against the running distributed platform: progress, summary, and a re-run sends nothing twice.</summary>
[Collection(DistributedPlatformCollection.Name)]
public sealed class SubmitCommandTests(DistributedPlatform platform) : IAsyncLifetime
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("platform-e2e-submit-");

    public Task InitializeAsync() => platform.Database.ResetAsync();

    public Task DisposeAsync()
    {
        _work.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [InfrastructureFact]
    public async Task Submitting_a_folder_twice_stores_each_article_once_and_the_rerun_skips_every_file()
    {
        var journal = Path.Combine(_work.FullName, "submit.journal");

        var first = await SubmitAsync(RepositoryPaths.Fixtures, "--journal", journal);
        var fixtureCount = Directory.GetFiles(RepositoryPaths.Fixtures).Length;
        var submissions = await platform.Database.WaitForSubmissionsAsync(rows => rows.Count >= fixtureCount, TimeSpan.FromMinutes(2));
        var second = await SubmitAsync(RepositoryPaths.Fixtures, "--journal", journal);
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"submitted {fixtureCount}, skipped 0", first.Stderr);
        Assert.Contains($"{fixtureCount}/{fixtureCount}", first.Stderr); // the progress bar reached the end
        Assert.Equal(0, second.ExitCode);
        Assert.Contains($"submitted 0, skipped {fixtureCount}", second.Stderr);
        Assert.Equal(fixtureCount, (await platform.Database.SubmissionsAsync()).Count);
        Assert.Equal(submissions.Count(s => s.Status == "stored"), (await platform.Database.ArticlesAsync()).Count);
    }

    [InfrastructureFact]
    public async Task On_a_terminal_submit_shows_a_live_progress_bar_that_reaches_the_end()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_work.FullName, "terminal"));
        foreach (var name in new[] { "rhine-flood-barriers.txt", "busan-port-automation.txt" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Fixtures, name), Path.Combine(folder.FullName, name));
        }
        var cli = Path.Combine(RepositoryPaths.Root, "services", "cli", "Platform.Cli", "bin", RepositoryPaths.Configuration, "net10.0", "platform.dll");
        // `script` gives the command a pseudo-terminal, as a person at a terminal would run it.
        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-qfec", $"dotnet '{cli}' submit '{folder.FullName}' --journal '{Path.Combine(_work.FullName, "terminal.journal")}'", "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in BrokerEnvironment()) start.Environment[name] = value;
        start.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        var text = await output;
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("submitting 2/2", text);
        Assert.Contains("100%", text);
        Assert.Contains("submitted 2, skipped 0", text);
        // (and both reach storage before the next test resets the database)
        await platform.Database.WaitForSubmissionsAsync(rows => rows.Count >= 2, TimeSpan.FromMinutes(2));
    }

    private Dictionary<string, string> BrokerEnvironment()
    {
        var settings = platform.Settings;
        return new Dictionary<string, string>
        {
            ["RabbitMq__Host"] = settings.RabbitHost,
            ["RabbitMq__Port"] = settings.RabbitPort.ToString(),
            ["RabbitMq__VirtualHost"] = platform.VirtualHost,
            ["RabbitMq__Username"] = settings.RabbitUser,
            ["RabbitMq__Password"] = settings.RabbitPassword,
        };
    }

    private async Task<(int ExitCode, string Stderr)> SubmitAsync(params string[] args)
    {
        var cli = Path.Combine(RepositoryPaths.Root, "services", "cli", "Platform.Cli", "bin", RepositoryPaths.Configuration, "net10.0", "platform.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add("submit");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in BrokerEnvironment()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stderr);
    }
}
