using System.Text.RegularExpressions;
using Pipeline.Cli.Tests.Infrastructure;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Search;

/// <summary>
/// No query takes `pipeline search` down (issue 13, item 3): hundreds of generated hostile queries against a real index
/// end in results (exit 0) or a usage error that says what to change (exit 1), never a stack trace.
/// </summary>
[Collection(DemoCorpus.Name)]
public sealed partial class HostileQueryTests(DemoCorpusIndex demo)
{
    private const int Seed = 13;
    private static readonly IReadOnlyList<string> Queries = HostileQueries.Generate(Seed, 520);

    [Fact]
    public async Task Search_EveryGeneratedHostileQuery_InProcess_EndsInResultsOrAUsageError()
    {
        // Given more than 500 hostile queries and a real index on disk
        Assert.True(Queries.Count >= 500);
        var failures = new List<string>();
        var refused = 0;
        for (var i = 0; i < Queries.Count; i++)
        {
            // When each runs through the command's own code path (in process: 500 processes would take minutes)
            string[] args = ["search", Argument(Queries[i]), "--index", demo.Path, "--limit", "5", .. i % 2 == 0 ? ["--json"] : Array.Empty<string>()];
            try
            {
                var (exit, stdout, stderr) = await CliRun.RunAsync(args);
                refused += exit == 1 ? 1 : 0;
                if (Problem(exit, stdout, stderr) is { } problem)
                {
                    failures.Add($"#{i} {Shown(Queries[i])}: {problem}");
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures.Add($"#{i} {Shown(Queries[i])}: unhandled {ex.GetType().Name}: {ex.Message}");
            }
        }

        // Then every one ended in exit 0 or 1 without a trace, and the hostile ones were indeed refused, not all accepted
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.InRange(refused, 100, Queries.Count - 100);
    }

    [Fact]
    public async Task Search_RepresentativeHostileQueries_RealExecutable_EndInResultsOrAUsageError()
    {
        // Given the reported queries and a spread of the generated ones (a NUL cannot be passed on a command line)
        var chosen = HostileQueries.Reported
            .Concat(Queries.Where((q, i) => i % 21 == 7 && !q.Contains('\0', StringComparison.Ordinal)))
            .Distinct()
            .Take(30)
            .ToList();
        Assert.Equal(30, chosen.Count);

        var failures = new List<string>();
        foreach (var query in chosen)
        {
            // When the real `pipeline` runs each
            var (exit, stdout, stderr) = await PipelineProcess.RunAsync("search", Argument(query), "--index", demo.Path, "--limit", "5");
            if (Problem(exit, stdout, stderr) is { } problem)
            {
                failures.Add($"{Shown(query)}: {problem}");
            }
        }

        // Then each ends in exit 0 or 1, never 134 with a stack trace
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("/a{0,2147483647}/", "query too costly: the pattern is too complex to search at position 2")]
    [InlineData("/a{1,99999}/", "query too costly: the pattern is too complex to search at position 2")]
    [InlineData("/a<b/", "malformed query: invalid regular expression: '<' opens a number range that is not closed with '>' at position 3")]
    [InlineData("/[z-a]/", "malformed query: invalid regular expression: the character range 'z-a' runs backwards at position 3")]
    [InlineData("</title><script>alert(1)</script>", "malformed query: invalid regular expression: <script> names an automaton, which search does not define at position 9")]
    [InlineData("\"a b\"~-1", "malformed query: a proximity cannot be negative at position 6")]
    public async Task Search_ReportedQuery_ExitsOneWithWhatToChange(string query, string message)
    {
        // Given a query that crashed the CLI with exit 134 and a stack trace, or exhausted memory or a core
        // When the real executable runs it
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync("search", query, "--index", demo.Path);

        // Then exit 1, the problem with its position, and a hint
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.StartsWith("error: " + message + "\n", stderr, StringComparison.Ordinal);
        Assert.Contains("\nhint: ", stderr, StringComparison.Ordinal);
    }

    // Spectre reads a leading '-' as an option; a leading space keeps it a query, which the parser ignores.
    private static string Argument(string query) => query.StartsWith('-') ? " " + query : query;

    private static string? Problem(int exit, string stdout, string stderr) =>
        exit is not (0 or 1) ? $"exit {exit}: {Shown(stderr)}"
        : StackTrace().IsMatch(stdout + stderr) ? $"stack trace: {Shown(stderr)}"
        : exit == 1 && !stderr.StartsWith("error: ", StringComparison.Ordinal) ? $"usage error without a message: {Shown(stderr)}"
        : null;

    private static string Shown(string text) => text.Length <= 120 ? text : text[..120] + $"… ({text.Length} chars)";

    [GeneratedRegex(@"^\s+at \S+\(|Unhandled exception|\w+Exception\b", RegexOptions.Multiline)]
    private static partial Regex StackTrace();
}
