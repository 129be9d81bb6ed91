namespace Pipeline.Web.Tests.Fixtures;

/// <summary>The web app serving a <see cref="HostileIndex"/>.</summary>
public sealed class HostileServer : IAsyncLifetime
{
    private RunningServer? _server;

    public HostileIndex Data { get; } = new();

    public RunningServer Server => _server ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(Data.Index);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Data.Dispose();
    }
}
