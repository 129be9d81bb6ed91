using Pipeline.Testing;

namespace Pipeline.Cli.Tests.CommandLine;

public sealed class UnknownCommandTests
{
    [Theory]
    [InlineData("serach", "error: unknown command 'serach'; did you mean search?")]
    [InlineData("documnets", "error: unknown command 'documnets'; did you mean documents?")]
    [InlineData("campaign valdate x.yaml", "error: unknown command 'campaign valdate'; did you mean campaign validate?")]
    [InlineData("eval segmentaton", "error: unknown command 'eval segmentaton'; did you mean eval segmentation?")]
    [InlineData("frobnicate", "error: unknown command 'frobnicate' (see pipeline --help)")]
    [InlineData("--frobnicate", "error: unknown option --frobnicate for pipeline (see pipeline --help)")]
    public async Task UnknownCommand_IsAUsageError_NamingTheNearestVerb(string commandLine, string expected)
    {
        // When
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync(commandLine.Split(' '));

        // Then
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(expected, stderr.TrimEnd());
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("-v")]
    public async Task Version_PrintsTheInformationalVersion(string option)
    {
        // When
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync(option);

        // Then the version the build stamped (e.g. 1.0.0+commit), alone on stdout
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(PipelineApp.Version, stdout.TrimEnd());
        Assert.Matches(@"^\d+\.\d+\.\d+", PipelineApp.Version);
    }
}
