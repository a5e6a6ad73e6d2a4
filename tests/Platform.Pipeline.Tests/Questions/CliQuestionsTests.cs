using System.Text.Json;
using Platform.Contracts;
using Platform.Storage.Queries;

namespace Platform.Pipeline.Tests.Questions;

/// <summary>The reading commands as a user runs them: tables by default, JSON Lines with <c>--json</c>, the embedded store by
/// default and PostgreSQL with <c>--database</c>, usage errors for a missing store or a bad value.</summary>
[Collection(SeededStoresCollection.Name)]
public sealed class CliQuestionsTests(SeededStores seeded)
{
    private string RhineId => seeded.Lines.First(l => l.GetProperty("status").GetString() == SubmissionStatus.Stored
        && l.GetProperty("file").GetString()!.EndsWith("rhine-flood-barriers.txt", StringComparison.Ordinal)).GetProperty("articleId").GetString()!;

    private Task<CliRunner.Result> Embedded(params string[] args) => CliRunner.RunAsync([.. args, "--data", seeded.DataFolder]);

    [Fact]
    public async Task Every_question_has_a_command_that_answers_in_json_lines()
    {
        var commands = new[]
        {
            new[] { "list", "--translation", "yes", "--page-size", "500" }, ["search", "flood", "barriers"], ["entities", "--type", "place"],
            ["entities", "--with", "Rotich"], ["quotes", "--speaker", "Rotich"], ["quotes", "--by-organisation"], ["stats"], ["rejections"],
        };
        foreach (var command in commands)
        {
            var result = await Embedded([.. command, "--json"]);
            Assert.True(result.ExitCode == 0, $"{string.Join(' ', command)}: {result.Stderr}");
            Assert.NotEmpty(result.Lines);
            Assert.All(result.Lines, line => JsonDocument.Parse(line));
        }
    }

    [Fact]
    public async Task Show_prints_the_process_line_a_table_and_the_exports()
    {
        var line = seeded.Lines.First(l => l.GetProperty("articleId").GetString() == RhineId && l.GetProperty("status").GetString() == SubmissionStatus.Stored);

        var json = await Embedded("show", RhineId, "--json");
        var table = await Embedded("show", RhineId);
        var c2pa = await Embedded("show", RhineId, "--export", "c2pa");

        Assert.Equal(line.GetRawText(), Assert.Single(json.Lines));
        Assert.Contains("Cologne raises flood barriers", table.Stdout);
        Assert.Contains("AI Act 50(4)", table.Stdout);
        Assert.True(JsonDocument.Parse(c2pa.Stdout).RootElement.TryGetProperty("assertions", out _));
    }

    [Fact]
    public async Task Tables_explain_unknown_translation_status()
    {
        var result = await Embedded("list", "--translation", "unknown");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(TranslationStatus.Explanation, result.Stdout.ReplaceLineEndings(" "));
        Assert.Contains("│ unknown", result.Stdout);
    }

    [Fact]
    public async Task A_missing_store_or_a_bad_value_is_a_usage_error()
    {
        var noStore = await CliRunner.RunAsync("list", "--data", Path.Combine(seeded.DataFolder, "nothing-here"));
        var badDate = await Embedded("list", "--from", "June");
        var badTranslation = await Embedded("list", "--translation", "maybe");
        var notAnId = await Embedded("show", "12345");

        Assert.All(new[] { noStore, badDate, badTranslation, notAnId }, r => Assert.Equal(2, r.ExitCode));
        Assert.Contains("No embedded store", noStore.Stderr);
        Assert.Contains("yyyy-MM-dd", badDate.Stderr);
    }

    [SkippableFact]
    public async Task With_database_the_commands_ask_postgres_and_get_the_same_articles()
    {
        Skip.If(seeded.PostgresConnection is null, TestNeeds.MissingPostgres());
        static HashSet<string> Ids(CliRunner.Result r) => [.. r.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("articleId").GetString()!)];

        foreach (var question in new[] { new[] { "list", "--page-size", "500" }, ["search", "river", "--page-size", "500"], ["list", "--method", "machine"] })
        {
            var embedded = await Embedded([.. question, "--json"]);
            var postgres = await CliRunner.RunAsync([.. question, "--json", "--database", seeded.PostgresConnection!]);
            Assert.Equal(0, postgres.ExitCode);
            Assert.Equal(Ids(embedded), Ids(postgres));
        }
        var viaVariable = await CliRunner.RunWithEnvironmentAsync(new Dictionary<string, string> { ["PLATFORM_DATABASE"] = seeded.PostgresConnection! }, "show", RhineId, "--json");
        Assert.Equal((await Embedded("show", RhineId, "--json")).Stdout, viaVariable.Stdout);
    }
}
