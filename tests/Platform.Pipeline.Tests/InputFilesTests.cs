using Platform.Cli.Input;

namespace Platform.Pipeline.Tests;

public sealed class InputFilesTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("platform-inputs-");

    public void Dispose() => _root.Delete(true);

    [Fact]
    public void Folder_contents_come_in_ordinal_order_of_their_full_paths_with_hidden_entries_skipped()
    {
        Directory.CreateDirectory(Path.Combine(_root.FullName, "a"));
        Directory.CreateDirectory(Path.Combine(_root.FullName, ".git"));
        foreach (var file in new[] { "a/x.txt", "a-b.txt", "a.txt", "B.txt", ".hidden.txt", ".git/config" })
        {
            File.WriteAllText(Path.Combine(_root.FullName, file), "x");
        }

        var files = InputFiles.Expand([_root.FullName]).Select(f => Path.GetRelativePath(_root.FullName, f)).ToList();

        Assert.Equal(["B.txt", "a-b.txt", "a.txt", Path.Combine("a", "x.txt")], files);
    }

    [Fact]
    public void Arguments_keep_their_order_and_a_missing_path_is_a_usage_error()
    {
        File.WriteAllText(Path.Combine(_root.FullName, "z.txt"), "x");
        File.WriteAllText(Path.Combine(_root.FullName, "y.txt"), "x");

        var files = InputFiles.Expand([Path.Combine(_root.FullName, "z.txt"), Path.Combine(_root.FullName, "y.txt")]);

        Assert.EndsWith("z.txt", files[0]);
        Assert.Throws<UsageException>(() => InputFiles.Expand([Path.Combine(_root.FullName, "missing.txt")]));
    }
}
