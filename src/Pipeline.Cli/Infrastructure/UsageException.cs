namespace Pipeline.Cli.Infrastructure;

/// <summary>The command line asks for something impossible (a missing file, a bad option value); exit code 1.</summary>
internal sealed class UsageException(string message) : Exception(message);
