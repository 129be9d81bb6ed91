using System.Text.RegularExpressions;
using Pipeline.Testing;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Http;

/// <summary>
/// The demo's compare pages, byte for byte as they were rendered before the page was read company by company (issue 17):
/// a campaign that fits on one page looks as it did, but for the status filter added to the form. Expected files were
/// written by the whole-comparison build (main at 6541551); on a mismatch the page is written beside them as
/// <c>*.received.html</c>.
/// </summary>
[Collection(DemoCorpus.Name)]
public sealed partial class ComparePageSnapshotTests(DemoServer demo)
{
    [Theory]
    [InlineData("matrix", "/compare")]
    [InlineData("by-topic", "/compare?by=topic")]
    [InlineData("column", "/compare?column=2d")]
    [InlineData("cell", "/compare?column=2d&company=Quillon%20Data%20Fusion")]
    [InlineData("topic-cell", "/compare?by=topic&column=grievance_mechanism&company=Quillon%20Data%20Fusion")]
    [InlineData("topic-column", "/compare?by=topic&column=due_diligence")]
    [InlineData("selection", "/compare?questions=2d&questions=1a&companies=Helvora%20Biometrics&companies=Quillon%20Data%20Fusion&column=1a")]
    public async Task ComparePage_OnTheDemo_IsAsBefore(string name, string path)
    {
        // When
        var (_, body, _) = await demo.Server.GetAsync(path);

        // Then the page is as before (the anti-forgery token differs from one server to the next), with the status filter
        var page = Token().Replace(body, "name=\"__token\" value=\"TOKEN\"");
        Assert.Single(StatusFilter().Matches(page));
        page = StatusFilter().Replace(page, string.Empty);
        var expected = RepoPaths.InRepo("tests", "Pipeline.Web.Tests", "Snapshots", $"compare-{name}.expected.html");
        var received = Path.ChangeExtension(Path.ChangeExtension(expected, null), ".received.html");
        if (!File.Exists(expected) || await File.ReadAllTextAsync(expected) != page)
        {
            await File.WriteAllTextAsync(received, page);
            Assert.Fail($"{path} differs from {expected}: see {received}");
        }
    }

    [GeneratedRegex("<details class=\"choice statuses\">.*?</details>", RegexOptions.Singleline)]
    private static partial Regex StatusFilter();

    [GeneratedRegex("name=\"__token\" value=\"[^\"]*\"")]
    private static partial Regex Token();
}
