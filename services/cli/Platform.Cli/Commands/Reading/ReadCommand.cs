using Platform.Cli.Input;
using Platform.Storage.Queries;

namespace Platform.Cli.Commands.Reading;

/// <summary>Opens the store a reading command asks and turns a question out of range into a usage error.</summary>
public static class ReadCommand
{
    public static async Task<int> RunAsync(StoreLocation location, Func<StoreQueries, Task<int>> ask, CancellationToken ct)
    {
        await using var session = await location.OpenAsync(ct);
        try
        {
            return await ask(session.Queries);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
