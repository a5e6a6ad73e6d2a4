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
        var settings = platform.Settings;
        start.Environment["RabbitMq__Host"] = settings.RabbitHost;
        start.Environment["RabbitMq__Port"] = settings.RabbitPort.ToString();
        start.Environment["RabbitMq__VirtualHost"] = platform.VirtualHost;
        start.Environment["RabbitMq__Username"] = settings.RabbitUser;
        start.Environment["RabbitMq__Password"] = settings.RabbitPassword;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stderr);
    }
}
