using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Platform.EndToEnd.Tests;

/// <summary>
/// One service started from its prebuilt binary as its own process, in its own process group (via <c>setsid</c>), so that
/// stopping it kills everything it started.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServiceProcess(string name, Process process, int port, string logPath)
    {
        Name = name;
        _process = process;
        Port = port;
        LogPath = logPath;
    }

    public string Name { get; }
    public int Port { get; }
    public string LogPath { get; }
    public bool HasExited => _process.HasExited;

    public static ServiceProcess Start(string name, string dll, IReadOnlyDictionary<string, string> environment, string logFolder,
        params string[] args)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Prebuilt service binary not found (build the solution first): {dll}");
        }
        var port = FreePort();
        var logPath = Path.Combine(logFolder, $"{name}.log");
        var start = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["MASSTRANSIT_USAGE_TELEMETRY"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {name}");
        RecordProcessGroup(process.Id);
        var log = new StreamWriter(logPath) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServiceProcess(name, process, port, logPath);
    }

    /// <summary>Waits (bounded) until <c>/health/ready</c> answers 200.</summary>
    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode}; log: {Tail()}");
            }
            try
            {
                var response = await http.GetAsync($"http://127.0.0.1:{Port}/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"{Name} was not ready within {timeout}; log: {Tail()}");
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public string Tail()
    {
        try
        {
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var lines = reader.ReadToEnd().Split('\n');
            return string.Join('\n', lines.TakeLast(30));
        }
        catch (IOException)
        {
            return "(no log)";
        }
    }

    /// <summary>SIGKILL to the whole process group: no shutdown code runs, as in a crash.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited)
        {
            return;
        }
        using (var kill = Process.Start("kill", ["-KILL", "--", $"-{_process.Id}"]))
        {
            await kill.WaitForExitAsync();
        }
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await _process.WaitForExitAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // The service is the leader of its own process group: signal the whole group, then make sure.
            using (var kill = Process.Start("kill", ["-TERM", "--", $"-{_process.Id}"]))
            {
                await kill.WaitForExitAsync();
            }
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                using var killHard = Process.Start("kill", ["-KILL", "--", $"-{_process.Id}"]);
                await killHard.WaitForExitAsync();
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
    }

    /// <summary>
    /// Notes the process group in <c>PLATFORM_TEST_PROCESS_GROUPS</c> (a folder), so the test command can kill what a test run
    /// started even when the test host itself was killed before it could clean up.
    /// </summary>
    private static void RecordProcessGroup(int processGroup)
    {
        var folder = Environment.GetEnvironmentVariable("PLATFORM_TEST_PROCESS_GROUPS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, processGroup.ToString()), "");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
