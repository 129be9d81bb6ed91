using System.Net;
using Pipeline.Web;

namespace Pipeline.Web.Tests.Fixtures;

/// <summary>The real web server, started in-process on a free loopback port over an index folder, with a client for it.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private RunningServer(WebServer server)
    {
        Server = server;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(1) };
    }

    public WebServer Server { get; }

    public HttpClient Client { get; }

    public Uri Address => Server.Address;

    public static Task<RunningServer> StartAsync(string indexDirectory) => StartAsync(new WebServerOptions { IndexDirectory = indexDirectory });

    /// <summary>Starts with these options, on a free loopback port whatever they say.</summary>
    public static async Task<RunningServer> StartAsync(WebServerOptions options) =>
        new(await WebServer.StartAsync(options with { Address = IPAddress.Loopback, Port = 0 }));

    /// <summary>GETs a path and returns the status and the body as text.</summary>
    public async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> GetAsync(string path)
    {
        var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
