namespace Platform.Cli.Input;

/// <summary>The command line is wrong: the tool prints the message and usage and exits with code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
