using Pipeline.Cli.Tests.Search;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Failures;

/// <summary>report and compare refuse an --out they cannot write before writing anything, so no stray ".part" file is left behind.</summary>
public sealed class OutputPathTests(DemoIndex demo) : IClassFixture<DemoIndex>, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-out-path-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("report", "report.html")]
    [InlineData("compare", "compare.csv")]
    public async Task OutInAFolderThatDoesNotExist_IsAUsageError_AndLeavesNoPartFile(string verb, string name)
    {
        // Given
        var missing = Path.Combine(_root, "missing", "deeper");
        var target = Path.Combine(missing, name);

        // When
        var (exit, _, stderr) = await PipelineProcess.RunAsync(verb, "--index", demo.Path, "--out", target);

        // Then
        Assert.Equal(1, exit);
        Assert.Equal($"error: --out {target} cannot be written: the folder {missing} does not exist (create it first)", stderr.TrimEnd());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("report", "report.html")]
    [InlineData("compare", "compare.csv")]
    public async Task OutOntoAFolder_IsAUsageError_AndLeavesNoPartFile(string verb, string example)
    {
        // Given an existing folder named as the output file
        var folder = Directory.CreateDirectory(Path.Combine(_root, "results")).FullName;

        // When
        var (exit, _, stderr) = await PipelineProcess.RunAsync(verb, "--index", demo.Path, "--out", folder);

        // Then the folder is left as it was, and nothing is written beside it
        Assert.Equal(1, exit);
        Assert.Equal($"error: --out {folder} is a folder; give a file name, e.g. {Path.Combine(folder, example)}", stderr.TrimEnd());
        Assert.Equal([folder], Directory.EnumerateFileSystemEntries(_root, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("--format csv --out OUT/x.xlsx", "error: --format csv contradicts --out OUT/x.xlsx (its name ends in .xlsx): make them agree, or drop --format")]
    [InlineData("--json --format csv", "error: --json contradicts --format csv: give one of them")]
    [InlineData("--json --out OUT/x.csv", "error: --json contradicts --out OUT/x.csv (its name ends in .csv): drop --json, or write to a .json file")]
    public async Task Compare_RefusesFormatsThatContradictEachOther(string options, string expected)
    {
        // When
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync(["compare", "--index", demo.Path, .. options.Replace("OUT", _root, StringComparison.Ordinal).Split(' ')]);

        // Then nothing written, and why
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(expected.Replace("OUT", _root, StringComparison.Ordinal), stderr.TrimEnd());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root));
    }
}
