namespace Platform.Storage.Availability;

/// <summary>
/// The embedded SQLite store lives in this process's own file: there is no server that could be unreachable, so it always
/// answers and a failing write there is never taken for an outage (it takes the normal retry and rejection path).
/// </summary>
public sealed class EmbeddedDatabaseProbe : IDatabaseProbe
{
    public Task<bool> AnswersAsync(CancellationToken ct) => Task.FromResult(true);
}
