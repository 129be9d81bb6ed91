using System.Text.Json;
using Pipeline.Campaigns;
using Pipeline.Cli.Tests.Infrastructure;
using Pipeline.Workflows;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Cli.Tests.Archive;

/// <summary>
/// One template paragraph sent by six companies: <c>reuse</c> lists each later copy with its earliest sources (at most
/// three), not every pair of the six, and says how many companies' replies hold the text.
/// </summary>
public sealed class BoilerplateReuseTests : IDisposable
{
    private const string Template = "Our company applies the industry association's code of conduct for security technology exports, which requires a documented human rights risk assessment of every government end user before an offer is made and an annual review of each active contract.";

    private static readonly string[] Companies = ["Alder Sensing", "Birchwood Systems", "Cedar Optics", "Dunmore Radar", "Elmfield Security", "Fernhill Analytics"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "pipeline-boilerplate-" + Guid.NewGuid().ToString("N"));

    public BoilerplateReuseTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "replies"));
        File.WriteAllText(Path.Combine(_root, "campaign.yaml"), $"""
            id: boilerplate
            title: Export controls
            date_sent: 2024-03-01
            questions:
              - id: 1
                text: How do you assess human rights risks before selling to government customers?
                topic: due_diligence
            companies:
            {string.Join('\n', Companies.Select(c => $"  - name: {c}\n    status: responded"))}
            """);
        foreach (var (company, i) in Companies.Select((c, i) => (c, i)))
        {
            File.WriteAllText(Path.Combine(_root, "replies", company + " - reply.txt"), $"{company}\n\nDear Sir or Madam,\n\n1. {Template} Our reference is {1000 + i}.\n\nYours faithfully,\n{company}\n");
        }

        var campaign = CampaignLoader.Load(Path.Combine(_root, "campaign.yaml"));
        var summary = IngestJob.CreateDefault().Run(campaign, [CampaignPaths.Replies(campaign)], new IngestOptions { IndexDirectory = Index, Jobs = 2 });
        Assert.Equal(0, summary.Failed);
    }

    private string Index => Path.Combine(_root, "index");

    [Fact]
    public async Task Reuse_TemplateSentBySixCompanies_ListsEarliestSourcesAndHowManyCompanies()
    {
        // When
        var (exit, stdout, _) = await CliRun.RunAsync("reuse", "--index", Index, "--json");
        var (textExit, text, _) = await CliRun.RunAsync("reuse", "--index", Index);

        // Then the 2nd company names the 1st, the 3rd the first two, each later one the first three: 1 + 2 + 3 × 4 = 12, not 15 pairs
        Assert.Equal((0, 0), (exit, textExit));
        using var json = JsonDocument.Parse(stdout);
        var reuse = json.RootElement.GetProperty("reuse").EnumerateArray()
            .Select(r => (Later: r.GetProperty("later").GetProperty("company").GetString(), Source: r.GetProperty("source").GetProperty("company").GetString(), Companies: r.GetProperty("companies").GetInt32()))
            .ToList();
        Assert.Equal(12, reuse.Count);
        Assert.All(reuse, r => Assert.Equal(6, r.Companies));
        Assert.Equal(Companies[..3], reuse.Where(r => r.Later == "Fernhill Analytics").Select(r => r.Source).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(reuse, r => string.CompareOrdinal(r.Source, r.Later) > 0);
        Assert.StartsWith("12 reused paragraphs: 12 cross company", text, StringComparison.Ordinal);
        Assert.Contains("  also in Alder Sensing, boilerplate 1: Alder Sensing - reply.txt; in the replies of 6 companies in all", text, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
