using System.Text.RegularExpressions;
using Pipeline.Cli.Tests.Infrastructure;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Commands.Eval;

public sealed partial class EvalStatusVerbTests
{
    [Fact]
    public async Task EvalStatus_IndependentDev_ListsTheConfusionsLargestFirst_AndTheyAddUpToTheMisses()
    {
        // Given the independent dev split, whose meta files give a status per company × question
        var campaign = RepoPaths.InRepo("corpus", "campaigns", "independent", "dev", "campaign.yaml");

        // When scoring the statuses
        var (exit, stdout, _) = await CliRun.RunAsync("eval", "status", "--campaign", campaign);

        // Then every error class is listed once, largest first, and together they are the misses
        Assert.Equal(0, exit);
        var confusions = Confusion().Matches(stdout).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var misses = int.Parse(Misses().Match(stdout).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEmpty(confusions);
        Assert.Equal(confusions.OrderDescending(), confusions);
        Assert.Equal(misses, confusions.Sum());
    }

    [GeneratedRegex(@"^  \w+ → \w+: (\d+)\r?$", RegexOptions.Multiline)]
    private static partial Regex Confusion();

    [GeneratedRegex(@"^Misses \((\d+)\):", RegexOptions.Multiline)]
    private static partial Regex Misses();
}
