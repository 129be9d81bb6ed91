using Pipeline.Web.Tests.Fixtures;
using Pipeline.Workflows.Archive;

namespace Pipeline.Web.Tests.Http;

/// <summary>Reused passages marked on the answers of the compare page (issue 16), computed from the index like `pipeline reuse`.</summary>
public sealed class ReuseMarkTests(WritableDemo demo) : IClassFixture<WritableDemo>
{
    [Fact]
    public async Task ComparePage_AnswerCopiedFromAReference_SaysWhereItsTextAlsoAppears()
    {
        // Given Helvora's public policy, added to the archive, holding its 2d grievance paragraph reflowed
        var policy = Path.Combine(Path.GetDirectoryName(demo.Index)!, "Helvora policy.txt");
        await File.WriteAllTextAsync(policy, "Grievances\n\nYes. Anyone – including registered persons – can raise a concern through our Integrity Line, by e-mail, by telephone\nor through a web form available in Arabic, English and French. Humanitarian partners can also pass on complaints on behalf of refugees who prefer not to contact us directly.\n");
        ReferenceIngest.Add(ArchiveIndex.Open(demo.Index), policy, "Helvora Biometrics");

        // When
        var (_, body, _) = await demo.Server.GetAsync("/compare?campaign=demo&column=2d");

        // Then of every company's answer to 2d, Helvora's carries the badge, and only it
        Assert.Contains("<p class=\"reused\"><strong>reused</strong> also in Helvora policy.txt (reference of Helvora Biometrics)</p>", body, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(body, "<p class=\"reused\">"));
    }
}
