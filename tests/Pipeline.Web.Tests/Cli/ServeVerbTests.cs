using System.Net.Sockets;
using System.Net;
using System.Text.Json;
using Pipeline.Testing;
using Pipeline.Web.Tests.Fixtures;

namespace Pipeline.Web.Tests.Cli;

/// <summary>`pipeline serve` as a person starts it: a real process, stopped with Ctrl+C (SIGINT).</summary>
public sealed class ServeVerbTests(HostileServer hostile) : IClassFixture<HostileServer>
{
    [Fact]
    public async Task Serve_PrintsItsUrl_ServesThePages_AndStopsOnCtrlC()
    {
        // Given `pipeline serve` on a free port
        using var serve = new ServeProcess("--index", hostile.Data.Index, "--port", "0", "--json");
        using var json = JsonDocument.Parse(await serve.ReadLineAsync());
        var url = new Uri(json.RootElement.GetProperty("url").GetString()!);
        Assert.Equal(("http", "127.0.0.1"), (url.Scheme, url.Host));
        Assert.Equal(hostile.Data.Index, json.RootElement.GetProperty("index").GetString());

        // When fetching a page, then pressing Ctrl+C
        using var client = new HttpClient { BaseAddress = url };
        var page = await client.GetStringAsync(new Uri("/documents", UriKind.Relative));
        var (exit, stderr) = await serve.StopAsync();

        // Then the page was served, and the verb stopped cleanly
        Assert.Contains("Acme &lt;svg onload=alert(5)&gt; reply.txt", page, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.Contains("stopped", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_HumanOutput_SaysWhereAndHowToStop()
    {
        // Given
        using var serve = new ServeProcess("--index", hostile.Data.Index, "--port", "0");

        // When
        var first = await serve.ReadLineAsync();
        var second = await serve.ReadLineAsync();
        await serve.StopAsync();

        // Then
        Assert.Matches($"^Serving {System.Text.RegularExpressions.Regex.Escape(hostile.Data.Index)} at http://127\\.0\\.0\\.1:\\d+/$", first);
        Assert.Equal("Press Ctrl+C to stop.", second);
    }

    [Fact]
    public async Task Serve_ListenOnAllAddresses_Warns()
    {
        // Given an explicit non-loopback address
        using var serve = new ServeProcess("--index", hostile.Data.Index, "--port", "0", "--listen", "0.0.0.0");

        // When it has started
        await serve.ReadLineAsync();
        var (_, stderr) = await serve.StopAsync();

        // Then a warning on stderr says who can read the index
        Assert.Contains("warning: listening on 0.0.0.0: other machines", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_PortInUse_ExitsOneSayingSo()
    {
        // Given a port taken by another listener
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // When
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync("serve", "--index", hostile.Data.Index, "--port", port);

        // Then
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains($"cannot listen on 127.0.0.1 port {port}", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--listen", "my-laptop", "--listen must be an IP address")]
    [InlineData("--port", "70000", "--port must be from 0 to 65535")]
    public async Task Serve_BadOption_ExitsOne(string option, string value, string message)
    {
        // When
        var (exit, _, stderr) = await PipelineProcess.RunAsync("serve", "--index", hostile.Data.Index, option, value);

        // Then
        Assert.Equal(1, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }
}
