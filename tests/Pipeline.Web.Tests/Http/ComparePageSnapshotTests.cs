using System.Text.RegularExpressions;
using Pipeline.Testing;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Http;

/// <summary>
/// The demo's compare pages — what the layout holds in its <c>&lt;main&gt;</c> — byte for byte as they were rendered before the page was read company by company (issue 17):
/// a campaign that fits on one page looks as it did, but for the status filter added to the form. Expected files were
/// written by the whole-comparison build (main at 6541551), and again when answers' confidences became calibrated (7
/// December 2026: only the numbers after "confidence" changed); on a mismatch the page is written beside them as
/// <c>*.received.html</c>.
/// </summary>
[Collection(DemoCorpus.Name)]
public sealed partial class ComparePageSnapshotTests(DemoServer demo)
{
    /// <summary>The snapshot's name and the page: the matrix both ways, a column and a cell both ways, a selection.</summary>
    public static TheoryData<string, string> Pages { get; } = new()
    {
        { "matrix", "/compare" },
        { "by-topic", "/compare?by=topic" },
        { "column", "/compare?column=2d" },
        { "cell", "/compare?column=2d&company=Quillon%20Data%20Fusion" },
        { "topic-cell", "/compare?by=topic&column=grievance_mechanism&company=Quillon%20Data%20Fusion" },
        { "topic-column", "/compare?by=topic&column=due_diligence" },
        { "selection", "/compare?questions=2d&questions=1a&companies=Helvora%20Biometrics&companies=Quillon%20Data%20Fusion&column=1a" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task ComparePage_OnTheDemo_IsAsBefore(string name, string path)
    {
        // When the page is served, Then it is as before (the anti-forgery token differs from one server to the next), with the status filter
        var page = Token().Replace((await demo.Server.GetAsync(path)).Body, "name=\"__token\" value=\"TOKEN\"");
        Assert.Single(StatusFilter().Matches(page));
        page = MainContent().Match(StatusFilter().Replace(page, string.Empty)).Groups[1].Value + "\n";
        var expected = RepoPaths.InRepo("tests", "Pipeline.Web.Tests", "Snapshots", $"compare-{name}.expected.html");
        var received = Path.ChangeExtension(Path.ChangeExtension(expected, null), ".received.html");
        if (!File.Exists(expected) || await File.ReadAllTextAsync(expected) != page)
        {
            await File.WriteAllTextAsync(received, page);
            Assert.Fail($"{path} differs from {expected}: see {received}");
        }
    }

    [GeneratedRegex("<main>\n?(.*?)\n?</main>", RegexOptions.Singleline)]
    private static partial Regex MainContent();

    [GeneratedRegex("<details class=\"choice statuses\">.*?</details>", RegexOptions.Singleline)]
    private static partial Regex StatusFilter();

    [GeneratedRegex("name=\"__token\" value=\"[^\"]*\"")]
    private static partial Regex Token();
}
