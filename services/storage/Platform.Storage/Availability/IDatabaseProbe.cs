namespace Platform.Storage.Availability;

/// <summary>Asks the database whether it answers right now (for PostgreSQL: open a connection and run <c>SELECT 1</c>).</summary>
public interface IDatabaseProbe
{
    /// <summary>True when the database answered; false (or an exception) when it did not.</summary>
    Task<bool> AnswersAsync(CancellationToken ct);
}
