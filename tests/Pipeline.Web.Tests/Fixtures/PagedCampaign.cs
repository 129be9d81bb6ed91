using System.Globalization;
using System.Text;
using Pipeline.Campaigns;
using Pipeline.Testing;
using Pipeline.Workflows;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Web.Tests.Fixtures;

/// <summary>
/// The demo campaign with 100 more companies approached before its own 18, none of which replied ("Paged Company 001" to
/// "100"): 118 rows, three pages of the compare page (50, 50 and 18), the demo's replies all on the last. Ingested and
/// served once per test class.
/// </summary>
public sealed class PagedCampaign : IAsyncLifetime, IDisposable
{
    public const int Added = 100;

    private readonly TempFolder _folder = new("paged");
    private RunningServer? _server;

    public string CampaignFile => _folder.Combine("campaign.yaml");

    public string Index => _folder.Combine("index");

    public RunningServer Server => _server ?? throw new InvalidOperationException("not started");

    /// <summary>"Paged Company 001" for 1.</summary>
    public static string Name(int n) => "Paged Company " + n.ToString("000", CultureInfo.InvariantCulture);

    public async Task InitializeAsync()
    {
        DemoCampaignCopy.Into(_folder.Path);
        var added = new StringBuilder("companies:\n");
        for (var n = 1; n <= Added; n++)
        {
            added.Append($"  - name: {Name(n)}\n    status: no_response\n");
        }

        // Without the shared company registry, which does not know the invented companies.
        var lines = (await File.ReadAllLinesAsync(CampaignFile)).Where(l => !l.StartsWith("registry:", StringComparison.Ordinal));
        var text = string.Join('\n', lines) + '\n';
        await File.WriteAllTextAsync(CampaignFile, text.Replace("companies:\n", added.ToString(), StringComparison.Ordinal));
        var campaign = CampaignLoader.Load(CampaignFile);
        Assert.Equal(Added + 18, campaign.Companies.Length);
        Assert.Equal(0, IngestJob.CreateDefault().Run(campaign, [CampaignPaths.Replies(campaign)], new IngestOptions { IndexDirectory = Index, Jobs = 2 }).Failed);
        _server = await RunningServer.StartAsync(Index);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Dispose();
    }

    public void Dispose() => _folder.Dispose();
}
