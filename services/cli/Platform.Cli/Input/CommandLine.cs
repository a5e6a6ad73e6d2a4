namespace Platform.Cli.Input;

/// <summary>A parsed command line in the shape the commands read: the verb, its positional arguments, flags and options (System.CommandLine parses; see <see cref="PlatformCommands"/>).</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public required string Verb { get; init; }
    public List<string> Arguments { get; } = [];

    public bool HasFlag(string name) => _flags.Contains(name);
    public string? Option(string name) => _options.GetValueOrDefault(name);

    /// <summary>The command line as System.CommandLine parsed it, in the shape the commands read.</summary>
    public static CommandLine From(string verb, IEnumerable<string> arguments, IEnumerable<KeyValuePair<string, string?>> options, IEnumerable<string> flags)
    {
        var line = new CommandLine { Verb = verb };
        line.Arguments.AddRange(arguments);
        foreach (var (name, value) in options)
        {
            if (value is not null) line._options[name] = value;
        }
        foreach (var flag in flags) line._flags.Add(flag);
        return line;
    }
}
