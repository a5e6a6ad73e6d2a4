namespace Platform.Ingest.Channels;

/// <summary>
/// Names the inbox never touches: a writer's temporary name. The one fully safe way to drop a file is to write it under
/// such a name in the inbox and rename it to its real name when complete: the rename is atomic, so the watcher sees
/// either nothing or the whole file.
/// </summary>
public static class InboxTemporaryNames
{
    /// <summary>Endings of files still being written (<c>.filepart</c> is WinSCP's, <c>.partial</c> some downloaders').</summary>
    public static readonly IReadOnlyList<string> Endings = [".part", ".partial", ".tmp", ".filepart"];

    /// <summary>A dot-file, or a name with a temporary ending (any case).</summary>
    public static bool IsTemporary(string name) =>
        name.StartsWith('.') || Endings.Any(ending => name.EndsWith(ending, StringComparison.OrdinalIgnoreCase));
}
