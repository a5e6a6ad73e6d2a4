using System.Diagnostics;

namespace Platform.Pipeline.Tests.Questions;

/// <summary>Debian's chromium in headless mode (as root it needs <c>--no-sandbox</c>): the DOM after a page loaded, or a
/// screenshot. Each call has its own profile folder and a bounded wait.</summary>
public static class HeadlessChromium
{
    public static async Task<string> DumpDomAsync(Uri page) => await RunAsync(page, "--dump-dom");

    public static async Task ScreenshotAsync(Uri page, string pngPath, int width = 1280, int height = 900) =>
        await RunAsync(page, $"--screenshot={pngPath}", $"--window-size={width},{height}", "--hide-scrollbars");

    private static async Task<string> RunAsync(Uri page, params string[] what)
    {
        var profile = Directory.CreateTempSubdirectory("platform-chromium-");
        try
        {
            var start = new ProcessStartInfo(TestNeeds.ChromiumPath ?? "chromium") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                         $"--user-data-dir={profile.FullName}", .. what, page.ToString()])
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within 90 s: " + await stderr);
            }
            Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {await stderr}");
            return await stdout;
        }
        finally
        {
            try { profile.Delete(true); } catch (IOException) { }
        }
    }
}
