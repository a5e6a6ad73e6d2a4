using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Platform.Pipeline.Tests.Questions;

/// <summary><c>platform serve</c> as its own process on a free loopback port, ready when its OpenAPI document answers;
/// killed with its process tree on dispose.</summary>
public sealed class ServedStore : IAsyncDisposable
{
    private readonly Process _process;

    private ServedStore(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public static async Task<ServedStore> StartAsync(params string[] storeArgs)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = RepositoryPaths.Root };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "platform.dll"), "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. storeArgs])
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var served = new ServedStore(process, new Uri($"http://127.0.0.1:{port}/"));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var answer = await served.Http.GetAsync("openapi/v1.json");
                if (answer.IsSuccessStatusCode) return served;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        await served.DisposeAsync();
        throw new TimeoutException("platform serve did not answer within 60 s");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
