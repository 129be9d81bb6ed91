using System.Net;
using System.Net.Sockets;
using Pipeline.Cli.Infrastructure;
using Pipeline.Cli.Tests.Search;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Failures;

/// <summary>Whatever fails, the exit code is the documented one and stderr holds one line; a stack trace only with --verbose.</summary>
public sealed class ExitCodeContractTests(DemoIndex demo) : IClassFixture<DemoIndex>
{
    [Fact]
    public async Task UnexpectedException_IsOneLine_AndExit3()
    {
        // Given a failure nobody foresaw (injected: see FaultInjection)
        var start = PipelineProcess.StartInfo("documents", "--index", demo.Path);
        start.Environment[FaultInjection.Variable] = FaultInjection.Unexpected;

        // When
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync(start);

        // Then
        Assert.Equal(3, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(
            $"error: unexpected failure: fault injected by {FaultInjection.Variable}={FaultInjection.Unexpected} (run again with --verbose for the details)",
            stderr.TrimEnd());
    }

    [Fact]
    public async Task UnexpectedException_WithVerbose_AlsoPrintsTheStackTrace()
    {
        // Given
        var start = PipelineProcess.StartInfo("documents", "--index", demo.Path, "--verbose");
        start.Environment[FaultInjection.Variable] = FaultInjection.Unexpected;

        // When
        var (exit, _, stderr) = await PipelineProcess.RunAsync(start);

        // Then the same line first, then where it happened
        Assert.Equal(3, exit);
        var lines = stderr.Split('\n');
        Assert.Equal($"error: unexpected failure: fault injected by {FaultInjection.Variable}={FaultInjection.Unexpected}", lines[0]);
        Assert.Contains(lines, line => line.Contains("at Pipeline.Cli.Infrastructure.FaultInjection.ThrowIfRequested", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serve_OnAPortAlreadyTaken_IsOneLine_WithoutAStackTrace()
    {
        // Given a port this test holds
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        // When
        var (exit, stdout, stderr) = await PipelineProcess.RunAsync("serve", "--index", demo.Path, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Then
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal($"error: cannot listen on 127.0.0.1 port {port}: the port is already in use (choose another --port, or --port 0 for any free one)", stderr.TrimEnd());
    }
}
