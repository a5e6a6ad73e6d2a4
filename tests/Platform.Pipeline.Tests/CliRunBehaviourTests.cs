using System.Diagnostics;
using System.Text.Json;

namespace Platform.Pipeline.Tests;

/// <summary>How <c>platform process</c> behaves over a run: a missing path is one line of its own, and a stop signal ends it cleanly.</summary>
public sealed class CliRunBehaviourTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("platform-cli-data-");
    private readonly DirectoryInfo _input = Directory.CreateTempSubdirectory("platform-cli-input-");

    public void Dispose()
    {
        _data.Delete(true);
        _input.Delete(true);
    }

    [Fact]
    public async Task A_missing_path_gets_its_own_not_found_line_and_the_run_goes_on()
    {
        var article = Path.Combine(RepositoryPaths.Fixtures, "rhine-flood-barriers.txt");
        var missing = Path.Combine(_input.FullName, "no-such-file.txt");

        var result = await CliRunner.RunAsync("process", missing, article, "--json", "--data", _data.FullName);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([missing, article], lines.Select(l => l.GetProperty("file").GetString()));
        Assert.Equal("rejected", lines[0].GetProperty("status").GetString());
        Assert.Equal("not-found", lines[0].GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("submissionId").ValueKind);
        Assert.Equal("stored", lines[1].GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("TERM", 143, "terminated")]
    [InlineData("INT", 130, "interrupted")]
    public async Task A_stop_signal_ends_the_run_with_whole_lines_for_what_finished_and_the_signals_exit_code(string signal, int exitCode, string message)
    {
        var template = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Fixtures, "rhine-flood-barriers.txt"));
        const int count = 400;
        for (var i = 0; i < count; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(_input.FullName, $"{i:D4}.txt"), template + $"\n\nThe council will publish report number {i} next week.\n");
        }
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "platform.dll"), "process", _input.FullName, "--json", "--data", _data.FullName })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["MASSTRANSIT_USAGE_TELEMETRY"] = "false";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();

        var first = await process.StandardOutput.ReadLineAsync();
        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString()]))
        {
            await kill.WaitForExitAsync();
        }
        var rest = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(exitCode, process.ExitCode);
        Assert.Contains(message, await stderr);
        var lines = new[] { first! }.Concat(rest.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.InRange(lines.Count, 1, count - 1);
        var files = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("file").GetString()).ToList();
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
    }

    /// <summary>A broker address nothing listens on, in both families of settings (the <c>RabbitMq__*</c> ones win when set).</summary>
    private static readonly Dictionary<string, string> UnreachableBroker = new()
    {
        ["RabbitMq__Host"] = "127.0.0.1", ["RabbitMq__Port"] = "9",
        ["PLATFORM_RABBITMQ_HOST"] = "127.0.0.1", ["PLATFORM_RABBITMQ_PORT"] = "9",
    };

    [Fact]
    public async Task An_unreachable_broker_is_one_line_naming_its_setting_and_exit_code_1()
    {
        var result = await CliRunner.RunWithEnvironmentAsync(
            UnreachableBroker,
            "submit", Path.Combine(RepositoryPaths.Fixtures, "rhine-flood-barriers.txt"), "--quiet", "--data", _data.FullName);

        Assert.Equal(1, result.ExitCode);
        var stderr = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(stderr);
        Assert.Contains("cannot reach RabbitMQ", line);
        Assert.Contains("RabbitMq__Host", line);
    }

    [Fact]
    public async Task An_unreachable_database_is_one_line_naming_its_setting_and_exit_code_1()
    {
        var result = await CliRunner.RunAsync("export", Guid.NewGuid().ToString(), "--postgres", "Host=127.0.0.1;Port=9;Username=x;Password=y;Database=z;Timeout=5");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("cannot reach PostgreSQL", line);
        Assert.Contains("--postgres", line);
    }

    [Fact]
    public async Task Submit_keeps_its_journal_in_the_data_folder_not_the_working_tree()
    {
        await CliRunner.RunWithEnvironmentAsync(
            UnreachableBroker,
            "submit", Path.Combine(RepositoryPaths.Fixtures, "rhine-flood-barriers.txt"), "--quiet", "--data", _data.FullName);

        Assert.True(File.Exists(Path.Combine(_data.FullName, "submit.journal")));
        Assert.False(File.Exists(Path.Combine(RepositoryPaths.Root, ".platform-submit.journal")));
    }

    [Fact]
    public async Task Processing_the_same_empty_file_again_reports_the_earlier_outcome_and_adds_no_row()
    {
        var empty = Path.Combine(RepositoryPaths.Fixtures, "empty-upload.txt");

        var first = await CliRunner.RunAsync("process", empty, "--json", "--data", _data.FullName);
        var second = await CliRunner.RunAsync("process", empty, "--json", "--data", _data.FullName);

        foreach (var run in new[] { first, second })
        {
            Assert.Equal(0, run.ExitCode);
            Assert.Equal("empty-file", JsonDocument.Parse(Assert.Single(run.Lines)).RootElement.GetProperty("reason").GetString());
        }
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(
            $"Data Source={Path.Combine(_data.FullName, Platform.Cli.Embedded.EmbeddedPipelineHost.DatabaseFileName)};Pooling=False");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "select count(*) from submissions";
        Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Each_command_has_its_own_help_with_examples()
    {
        var result = await CliRunner.RunAsync("process", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("platform process <inputs>... [options]", result.Stdout);
        Assert.Contains("Examples:", result.Stdout);
        Assert.Contains("--json", result.Stdout);
    }

    [Fact]
    public async Task Version_names_the_detector_and_the_extractor()
    {
        var result = await CliRunner.RunAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"detector {Platform.Provenance.Detection.TranslationProvenanceDetector.Version}", result.Stdout);
        Assert.Contains($"extractor {Platform.Extraction.ArticleExtractor.Version}", result.Stdout);
    }

    [Fact]
    public async Task Verbose_shows_the_pipelines_logs_but_sql_only_with_log_sql()
    {
        var article = Path.Combine(RepositoryPaths.Fixtures, "rhine-flood-barriers.txt");

        var verbose = await CliRunner.RunAsync("process", article, "--json", "--verbose", "--data", _data.FullName);
        var withSql = await CliRunner.RunAsync("process", article, "--json", "--verbose", "--log-sql", "--data", Path.Combine(_data.FullName, "sql"));

        Assert.Contains("Ingested", verbose.Stderr);
        Assert.DoesNotContain("Executed DbCommand", verbose.Stderr);
        Assert.Contains("Executed DbCommand", withSql.Stderr);
    }

    [Fact]
    public async Task Without_json_each_file_is_a_table_in_input_order_and_a_count_line_ends_the_run()
    {
        var article = Path.Combine(RepositoryPaths.Fixtures, "rhine-flood-barriers.txt");
        var empty = Path.Combine(RepositoryPaths.Fixtures, "empty-upload.txt");

        var result = await CliRunner.RunAsync("process", article, empty, "--data", _data.FullName);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Cologne raises flood barriers as Rhine nears record level", result.Stdout);
        Assert.Contains("rejected (empty-file)", result.Stdout);
        Assert.True(result.Stdout.IndexOf("rhine-flood-barriers.txt", StringComparison.Ordinal) < result.Stdout.IndexOf("empty-upload.txt", StringComparison.Ordinal));
        Assert.Equal("1 stored, 0 duplicate, 1 rejected", result.Lines[^1]);
        Assert.DoesNotContain("\u001b[", result.Stdout); // no colour codes when the output is not a terminal
    }
}
