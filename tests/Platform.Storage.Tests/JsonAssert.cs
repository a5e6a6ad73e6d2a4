using System.Text.Json;

namespace Platform.Storage.Tests;

/// <summary>Deep equality for contract records (their lists compare by reference, so records alone cannot say "equal").</summary>
internal static class JsonAssert
{
    public static void Equivalent<T>(T expected, T actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
}
