using Pipeline.Cli.Tests.Infrastructure;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.CommandLine;

/// <summary>A misspelt filter must never be dropped silently: every verb refuses an option it does not have (exit 1) and names the nearest one.</summary>
public sealed class UnknownOptionTests
{
    public static TheoryData<string> EveryVerb => Verbs.All;

    [Theory]
    [MemberData(nameof(EveryVerb))]
    public async Task EveryVerb_RefusesAnOptionItDoesNotHave(string verb)
    {
        // When the verb is given an option no verb has
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync([.. verb.Split(' '), "--frobnicate"]);

        // Then it stops before doing anything, saying which option and where to look
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal($"error: unknown option --frobnicate for pipeline {verb} (see pipeline {verb} --help)", stderr.TrimEnd());
    }

    [Theory]
    [InlineData("search biometric --compnay Tarrow", "--compnay", "search", "--company")]
    [InlineData("compare --questoins 2a", "--questoins", "compare", "--questions")]
    [InlineData("ingest replies --campain demo.yaml", "--campain", "ingest", "--campaign")]
    [InlineData("search drone --Status declined", "--Status", "search", "--status")]
    [InlineData("documents --indx x", "--indx", "documents", "--index")]
    public async Task MisspeltOption_IsRefused_WithTheOptionItProbablyMeant(string commandLine, string typed, string verb, string meant)
    {
        // When
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync(commandLine.Split(' '));

        // Then no results computed without the filter: exit 1 and the suggestion
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal($"error: unknown option {typed} for pipeline {verb}; did you mean {meant}?", stderr.TrimEnd());
    }

    [Fact]
    public async Task CampaignValidate_WithAnOptionItDoesNotHave_IsRefused_NotTakenAsAStricterCheck()
    {
        // When
        var (exit, _, stderr) = await PipelineProcess.RunAsync("campaign", "validate", RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml"), "--strict");

        // Then
        Assert.Equal(1, exit);
        Assert.Equal("error: unknown option --strict for pipeline campaign validate (see pipeline campaign validate --help)", stderr.TrimEnd());
    }

    [Fact]
    public async Task Classify_WithAnUnknownOption_PrintsNoTopic()
    {
        // When
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync("classify", "x", "--frob");

        // Then
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("error: unknown option --frob for pipeline classify", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptionsTheVerbHas_AreAccepted_WithVerbose()
    {
        // When a verb is given its own --json and the --verbose every verb takes
        var (exit, _, stderr) = await PipelineProcess.RunAsync("campaign", "show", RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml"), "--json", "--verbose");

        // Then
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
    }
}
