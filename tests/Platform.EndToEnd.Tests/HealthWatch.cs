using System.Net;

namespace Platform.EndToEnd.Tests;

/// <summary>Asks a service's <c>/health/live</c> and <c>/health/ready</c> once a second in the background and keeps every answer.</summary>
public sealed class HealthWatch : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Sample> _samples = [];
    private readonly Task _watching;

    public sealed record Sample(DateTime At, HttpStatusCode? Live, HttpStatusCode? Ready);

    public HealthWatch(int port) => _watching = WatchAsync(port);

    public IReadOnlyList<Sample> Between(DateTime from, DateTime to)
    {
        lock (_samples)
        {
            return _samples.Where(s => s.At >= from && s.At <= to).ToList();
        }
    }

    private async Task WatchAsync(int port)
    {
        while (!_stop.IsCancellationRequested)
        {
            var sample = new Sample(DateTime.UtcNow, await StatusAsync($"http://127.0.0.1:{port}/health/live"),
                await StatusAsync($"http://127.0.0.1:{port}/health/ready"));
            lock (_samples)
            {
                _samples.Add(sample);
            }
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<HttpStatusCode?> StatusAsync(string url)
    {
        try
        {
            using var response = await _http.GetAsync(url, _stop.Token);
            return response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching;
        _http.Dispose();
        _stop.Dispose();
    }
}
