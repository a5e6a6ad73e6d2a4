namespace Platform.Cli.Commands;

/// <summary>
/// Remembers which files the broker has confirmed (submission id and path, one per line), so an interrupted
/// <c>submit</c> can be run again without sending a file twice.
/// </summary>
public sealed class SubmitJournal : IDisposable
{
    private readonly HashSet<string> _confirmed = new(StringComparer.Ordinal);
    private readonly StreamWriter _writer;

    public SubmitJournal(string path)
    {
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.Length > 0)
                {
                    _confirmed.Add(line);
                }
            }
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        _writer = new StreamWriter(path, append: true) { AutoFlush = true };
    }

    public bool Contains(string submissionId, string file) => _confirmed.Contains(Key(submissionId, file));

    public void Record(string submissionId, string file)
    {
        if (_confirmed.Add(Key(submissionId, file)))
        {
            _writer.WriteLine(Key(submissionId, file));
        }
    }

    private static string Key(string submissionId, string file) => $"{submissionId}\t{Path.GetFullPath(file)}";

    public void Dispose() => _writer.Dispose();
}
