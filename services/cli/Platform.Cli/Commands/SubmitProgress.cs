using Spectre.Console;

namespace Platform.Cli.Commands;

/// <summary>
/// Progress of <c>submit</c> on stderr: Spectre.Console's live progress bar when stderr is a terminal, otherwise
/// <see cref="ProgressBar"/>'s plain lines (every 5%) that logs and pipes can read; nothing with <c>--quiet</c>.
/// </summary>
public static class SubmitProgress
{
    /// <param name="work">Sends the files, reporting (files done, files failed) after each.</param>
    public static async Task RunAsync(int total, bool quiet, Func<Action<int, int>, Task> work)
    {
        if (quiet || total == 0 || Console.IsErrorRedirected)
        {
            var lines = new ProgressBar(total, quiet);
            await work(lines.Show);
            return;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Describe(0, total, 0), maxValue: total);
                await work((done, failed) =>
                {
                    task.Value = done;
                    task.Description = Describe(done, total, failed);
                });
            });
    }

    private static string Describe(int done, int total, int failed) =>
        $"submitting {done}/{total}" + (failed > 0 ? $", {failed} failed" : "");
}
