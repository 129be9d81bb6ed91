using Pipeline.Cli.Tests.Infrastructure;

namespace Pipeline.Cli.Tests.Help;

public sealed class HelpTests
{
    [Theory]
    [InlineData("extract")]
    [InlineData("campaign", "validate")]
    [InlineData("campaign", "show")]
    [InlineData("segment")]
    [InlineData("train")]
    [InlineData("classify")]
    [InlineData("ingest")]
    [InlineData("search")]
    [InlineData("documents")]
    [InlineData("compare")]
    [InlineData("report")]
    [InlineData("run")]
    [InlineData("serve")]
    [InlineData("eval", "segmentation")]
    [InlineData("eval", "classification")]
    public async Task Help_OfEveryVerb_PrintsUsageAndExitsZero(params string[] verb)
    {
        // When
        var (exit, output, _) = await CliRun.RunAsync([.. verb, "--help"]);

        // Then
        Assert.Equal(0, exit);
        Assert.Contains($"pipeline {string.Join(' ', verb)}", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eval", "segmentation")]
    [InlineData("campaign", "validate")]
    public async Task Help_OfAGroupOfVerbs_ListsThemAndExitsZero(string group, string oneOfItsVerbs)
    {
        // When ("pipeline eval --help" once failed the option check with an unexpected error and exit 3)
        var (exit, output, error) = await CliRun.RunAsync([group, "--help"]);

        // Then
        Assert.Equal(0, exit);
        Assert.DoesNotContain("unexpected", error, StringComparison.Ordinal);
        Assert.Contains($"pipeline {group} {oneOfItsVerbs}", output, StringComparison.Ordinal);
    }
}
