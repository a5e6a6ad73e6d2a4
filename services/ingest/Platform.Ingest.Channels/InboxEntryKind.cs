namespace Platform.Ingest.Channels;

/// <summary>What a directory entry in the inbox is, read without following a symbolic link and without opening it.</summary>
public enum InboxEntryKind
{
    /// <summary>Gone before it could be looked at.</summary>
    Missing,
    RegularFile,
    Directory,
    SymbolicLink,
    /// <summary>A named pipe: opening it for reading blocks until a writer appears.</summary>
    Fifo,
    Socket,
    CharacterDevice,
    BlockDevice,
    Other,
}
