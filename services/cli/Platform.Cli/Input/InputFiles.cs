namespace Platform.Cli.Input;

/// <summary>
/// Expands the command line's files and folders into the list of files to process, in input order:
/// arguments in order, folder contents recursively in ordinal path order, hidden files and folders skipped.
/// </summary>
public static class InputFiles
{
    /// <summary>One file to process, or an argument that names nothing (<see cref="Found"/> false), in input order.</summary>
    public sealed record Item(string Path, bool Found);

    /// <summary>Like <see cref="Expand"/>, but an argument that names no file or folder stays in the list as not found.</summary>
    public static IReadOnlyList<Item> ExpandKeepingMissing(IEnumerable<string> arguments)
    {
        var items = new List<Item>();
        foreach (var argument in arguments)
        {
            if (File.Exists(argument) || Directory.Exists(argument)) items.AddRange(Expand([argument]).Select(f => new Item(f, true)));
            else items.Add(new Item(argument, false));
        }
        return items;
    }

    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (File.Exists(argument))
            {
                files.Add(argument);
            }
            else if (Directory.Exists(argument))
            {
                files.AddRange(FilesUnder(argument));
            }
            else
            {
                throw new UsageException($"No such file or folder: {argument}");
            }
        }
        return files;
    }

    /// <summary>Every non-hidden file below the folder, sorted once by full path in ordinal order.</summary>
    private static IEnumerable<string> FilesUnder(string folder)
    {
        var files = new List<string>();
        Collect(folder, files);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static void Collect(string folder, List<string> files)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
            ReturnSpecialDirectories = false,
        };
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", options))
        {
            if (Path.GetFileName(entry).StartsWith('.'))
            {
                continue;
            }
            if (Directory.Exists(entry))
            {
                Collect(entry, files);
            }
            else if (File.Exists(entry))
            {
                files.Add(entry);
            }
        }
    }
}
