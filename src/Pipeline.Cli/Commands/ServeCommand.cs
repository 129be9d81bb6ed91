using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;
using Pipeline.Search.Reading;
using Pipeline.Web;

namespace Pipeline.Cli.Commands;

/// <summary>`pipeline serve`: the web app over the index (search, compare, documents, reports, JSON API) until Ctrl+C.</summary>
internal sealed class ServeCommand : PipelineCommand<ServeSettings>
{
    protected override async Task<int> RunAsync(ServeSettings settings, CancellationToken cancellationToken)
    {
        var options = new WebServerOptions { IndexDirectory = settings.Index, Address = settings.Address, Port = settings.Port };
        WebServer server;
        try
        {
            server = await WebServer.StartAsync(options, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or SocketException)
        {
            var why = InUse(ex) ? "the port is already in use" : ex.Message.TrimEnd('.');
            throw new UsageException($"cannot listen on {options.Address} port {options.Port}: {why} (choose another --port, or --port 0 for any free one)");
        }

        await using (server)
        {
            if (options.IsExposed)
            {
                await Console.Error.WriteLineAsync($"warning: listening on {options.Address}: other machines that can reach this one can read the index and its documents.");
            }

            if (!SegmentIndex.Exists(server.IndexDirectory))
            {
                await Console.Error.WriteLineAsync($"note: no index at {server.IndexDirectory} yet; the pages say how to make one (`pipeline run`).");
            }

            if (settings.Json)
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { url = server.Address, index = server.IndexDirectory }, PipelineJson.Compact));
            }
            else
            {
                await Console.Out.WriteLineAsync($"Serving {server.IndexDirectory} at {server.Address}");
                await Console.Out.WriteLineAsync("Press Ctrl+C to stop.");
            }

            await Console.Out.FlushAsync(CancellationToken.None);
            _ = NoteWhenReadyAsync(server.Warmed);
            await server.WaitForShutdownAsync(cancellationToken);
            await Console.Error.WriteLineAsync("stopped");
        }

        return ExitCodes.Success;
    }

    /// <summary>Says on stderr when the index's vectors and facets are in memory: searches by meaning are quick from then on.</summary>
    private static async Task NoteWhenReadyAsync(Task<IndexWarmUp?> warmed)
    {
        if (await warmed is { } done)
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"note: search ready: {done.Vectors:N0} stored vectors and the facets read into memory in {done.Took.TotalSeconds:0.0} s"));
        }
    }

    private static bool InUse(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
            {
                return true;
            }
        }

        return false;
    }
}
