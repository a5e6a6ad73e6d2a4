namespace Platform.Cli.Input;

/// <summary>A parsed command line: the verb, its positional arguments, flags and options.</summary>
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

    /// <summary>Parses <c>verb [args...] [--flag] [--option value]</c>. <paramref name="optionsWithValue"/> names options that take a value.</summary>
    public static CommandLine Parse(string[] args, IReadOnlySet<string> flags, IReadOnlySet<string> optionsWithValue)
    {
        if (args.Length == 0)
        {
            throw new UsageException("No command given.");
        }
        var line = new CommandLine { Verb = args[0] };
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                line.Arguments.AddRange(args[(i + 1)..]);
                break;
            }
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = arg.IndexOf('=');
                var name = eq > 0 ? arg[..eq] : arg;
                if (optionsWithValue.Contains(name))
                {
                    string value;
                    if (eq > 0)
                    {
                        value = arg[(eq + 1)..];
                    }
                    else if (i + 1 < args.Length)
                    {
                        value = args[++i];
                    }
                    else
                    {
                        throw new UsageException($"Option {name} needs a value.");
                    }
                    line._options[name] = value;
                }
                else if (flags.Contains(name) && eq < 0)
                {
                    line._flags.Add(name);
                }
                else
                {
                    throw new UsageException($"Unknown option: {arg}");
                }
            }
            else
            {
                line.Arguments.Add(arg);
            }
        }
        return line;
    }
}
