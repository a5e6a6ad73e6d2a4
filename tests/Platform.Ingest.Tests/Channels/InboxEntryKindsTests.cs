using Platform.Ingest.Channels;

namespace Platform.Ingest.Tests.Channels;

/// <summary>lstat tells every kind of entry apart without opening it (opening a FIFO would block).</summary>
public sealed class InboxEntryKindsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("platform-entry-kinds-");

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    [Fact]
    public void Each_kind_of_entry_is_told_apart()
    {
        File.WriteAllText(PathOf("file.txt"), "text");
        Directory.CreateDirectory(PathOf("folder"));
        File.CreateSymbolicLink(PathOf("link-to-file"), PathOf("file.txt"));
        File.CreateSymbolicLink(PathOf("link-to-folder"), PathOf("folder"));
        File.CreateSymbolicLink(PathOf("dangling-link"), PathOf("nothing-here"));
        SpecialEntries.Fifo(PathOf("pipe"));
        using var socket = SpecialEntries.Socket(PathOf("socket"));

        Assert.Equal(InboxEntryKind.RegularFile, InboxEntryKinds.Of(PathOf("file.txt")));
        Assert.Equal(InboxEntryKind.Directory, InboxEntryKinds.Of(PathOf("folder")));
        Assert.Equal(InboxEntryKind.SymbolicLink, InboxEntryKinds.Of(PathOf("link-to-file")));
        Assert.Equal(InboxEntryKind.SymbolicLink, InboxEntryKinds.Of(PathOf("link-to-folder")));
        Assert.Equal(InboxEntryKind.SymbolicLink, InboxEntryKinds.Of(PathOf("dangling-link")));
        Assert.Equal(InboxEntryKind.Fifo, InboxEntryKinds.Of(PathOf("pipe")));
        Assert.Equal(InboxEntryKind.Socket, InboxEntryKinds.Of(PathOf("socket")));
        Assert.Equal(InboxEntryKind.CharacterDevice, InboxEntryKinds.Of("/dev/null"));
        Assert.Equal(InboxEntryKind.Missing, InboxEntryKinds.Of(PathOf("nothing-here")));
    }

    [Fact]
    public void Every_kind_can_be_renamed_without_being_opened()
    {
        SpecialEntries.Fifo(PathOf("pipe"));
        Directory.CreateDirectory(PathOf("folder"));
        File.CreateSymbolicLink(PathOf("link-to-folder"), PathOf("folder"));

        InboxFolders.Rename(PathOf("pipe"), PathOf("pipe-moved"), InboxEntryKind.Fifo);
        InboxFolders.Rename(PathOf("link-to-folder"), PathOf("link-moved"), InboxEntryKind.SymbolicLink);
        InboxFolders.Rename(PathOf("folder"), PathOf("folder-moved"), InboxEntryKind.Directory);

        Assert.Equal(InboxEntryKind.Fifo, InboxEntryKinds.Of(PathOf("pipe-moved")));
        Assert.Equal(InboxEntryKind.SymbolicLink, InboxEntryKinds.Of(PathOf("link-moved")));
        Assert.Equal(InboxEntryKind.Directory, InboxEntryKinds.Of(PathOf("folder-moved")));
        Assert.Throws<FileNotFoundException>(() => InboxFolders.Rename(PathOf("pipe"), PathOf("again"), InboxEntryKind.Fifo));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
