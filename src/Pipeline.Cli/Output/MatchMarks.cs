namespace Pipeline.Cli.Output;

/// <summary>What surrounds a matched term in human-readable output.</summary>
internal sealed record MatchMarks(string Open, string Close)
{
    /// <summary>Guillemets, readable in files and pipes.</summary>
    public static MatchMarks Plain { get; } = new("«", "»");

    /// <summary>Bold yellow on a terminal; <see cref="Plain"/> when output is redirected or NO_COLOR is set.</summary>
    public static MatchMarks ForConsole() =>
        Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            ? Plain
            : new("\u001b[1;33m", "\u001b[0m");
}
