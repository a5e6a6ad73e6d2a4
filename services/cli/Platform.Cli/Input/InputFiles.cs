namespace Platform.Cli.Input;

/// <summary>
/// Expands the command line's files and folders into the list of files to process, in input order:
/// arguments in order, folder contents recursively in ordinal path order, hidden files and folders skipped.
/// </summary>
public static class InputFiles
{
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

    private static IEnumerable<string> FilesUnder(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
            ReturnSpecialDirectories = false,
        };
        var entries = Directory.EnumerateFileSystemEntries(folder, "*", options)
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var entry in entries)
        {
            if (Directory.Exists(entry))
            {
                foreach (var file in FilesUnder(entry))
                {
                    yield return file;
                }
            }
            else if (File.Exists(entry))
            {
                yield return entry;
            }
        }
    }
}
