using Pipeline.Testing;

namespace Pipeline.Cli.Tests.CommandLine;

/// <summary>A value that is not what the option takes is said in plain words, naming the option; never a .NET type name.</summary>
public sealed class OptionValueTests
{
    [Theory]
    [InlineData("ingest replies --jobs abc", "error: --jobs: 'abc' is not a whole number")]
    [InlineData("ingest replies --jobs=abc", "error: --jobs: 'abc' is not a whole number")]
    [InlineData("search x --limit 1.5", "error: --limit: '1.5' is not a whole number")]
    [InlineData("extract x.pdf --parallel two", "error: --parallel: 'two' is not a whole number")]
    [InlineData("serve --port 99999999999", "error: --port: '99999999999' is too large")]
    [InlineData("search x --limit", "error: --limit needs a value (--limit <N>)")]
    [InlineData("search x --company --json", "error: --company needs a value (--company <NAME>)")]
    public async Task BadValue_NamesTheOptionAndTheProblem(string commandLine, string expected)
    {
        // When
        var (exit, _, stderr) = await PipelineProcess.RunAsync(commandLine.Split(' '));

        // Then
        Assert.Equal(1, exit);
        Assert.Equal(expected, stderr.TrimEnd());
        Assert.DoesNotContain("Nullable", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Int32", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NegativeNumber_IsTakenAsTheValue_AndCheckedByTheVerb()
    {
        // When "-1" follows an option that takes a number
        var (exit, _, stderr) = await PipelineProcess.RunAsync("search", "x", "--offset", "-1");

        // Then it is the option's value (not an unknown option "-1"), refused by the verb's own rule
        Assert.Equal(1, exit);
        Assert.Equal("error: --offset must be 0 or more", stderr.TrimEnd());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Classify_EmptyText_IsAUsageError(string text)
    {
        // When
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync("classify", text);

        // Then no topic is printed for nothing
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("error: the TEXT to classify is empty: give a passage, or --input FILE.jsonl", stderr.TrimEnd());
    }
}
