using Pipeline.Campaigns;
using Pipeline.Testing;
using Pipeline.Workflows;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Web.Tests.Fixtures;

/// <summary>
/// The bundled demo campaign ingested (as `pipeline run` does) into a temporary index, and the web app serving it.
/// Shared by every test of the "demo" collection: ingest runs once.
/// </summary>
public sealed class DemoServer : IAsyncLifetime, IDisposable
{
    public static readonly string CampaignFile = RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml");

    private readonly TempFolder _folder = new("demo");
    private RunningServer? _server;

    public string Index => _folder.Combine("index");

    public RunningServer Server => _server ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        var campaign = CampaignLoader.Load(CampaignFile);
        var summary = IngestJob.CreateDefault().Run(campaign, [CampaignPaths.Replies(campaign)], new IngestOptions { IndexDirectory = Index, Jobs = 2 });
        Assert.Equal(0, summary.Failed);
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
