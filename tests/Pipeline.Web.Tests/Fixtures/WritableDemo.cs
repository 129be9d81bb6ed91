using Pipeline.Campaigns;
using Pipeline.Testing;
using Pipeline.Workflows;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Web.Tests.Fixtures;

/// <summary>
/// A copy of the demo campaign (file and replies) ingested into its own index and served: the app writes corrections
/// beside this copy's campaign file, never the repository's. One per test class.
/// </summary>
public sealed class WritableDemo : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new("writable");
    private readonly Func<string, Task>? _edit;
    private RunningServer? _server;

    public WritableDemo()
    {
    }

    /// <param name="edit">Changes the copied campaign file (given its path) before it is ingested.</param>
    internal WritableDemo(Func<string, Task> edit) => _edit = edit;

    public string CampaignFile => _folder.Combine("campaign.yaml");

    public string CorrectionsFile => _folder.Combine("corrections.jsonl");

    public string Index => _folder.Combine("index");

    public RunningServer Server => _server ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        DemoCampaignCopy.Into(_folder.Path);
        if (_edit is not null)
        {
            await _edit(CampaignFile);
        }

        var campaign = CampaignLoader.Load(CampaignFile);
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
