using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Pipeline.SearchBenchmarks;

namespace Pipeline.ScaleBenchmarks;

/// <summary>
/// Latency of <c>pipeline serve</c> under concurrent clients: each client requests the pages a researcher opens
/// (search with facets, the documents list, one document's page, the comparison) <c>rounds</c> times, after a warm-up
/// that is not timed (below). With a log file,
/// every timed request is written to it (client, round, path, start and latency in ms, status), to see which ones make
/// the tail.
/// </summary>
internal static class WebLatency
{
    public static async Task<string> RunAsync(Uri root, int clients, int rounds, int warmUpRounds, string? log = null)
    {
        using var http = new HttpClient { BaseAddress = root, Timeout = TimeSpan.FromMinutes(5) };
        var document = await FirstDocumentAsync(http).ConfigureAwait(false);
        string[] paths =
        [
            "/search?q=grievance+mechanism",
            "/search?q=surveillance&mode=keyword&question=2",
            "/api/search?q=licen*",
            $"/documents/{document}",
            "/compare?campaign=scale&questions=2d",
        ];

        // Warm-up, not timed: one pass alone (the first request loads the models and opens the reader, the comparison is
        // built once per snapshot), then warmUpRounds rounds from every client at once (what the first concurrent
        // requests pay once: code compiled again at full optimisation, pooled buffers, threads) — the server measured is a
        // warm one, as search-latency's reader is.
        foreach (var path in paths)
        {
            (await http.GetAsync(new Uri(path, UriKind.Relative)).ConfigureAwait(false)).Dispose();
        }

        await EveryClientAsync(http, paths, clients, warmUpRounds, record: null).ConfigureAwait(false);

        var latencies = new ConcurrentBag<Timed>();
        await EveryClientAsync(http, paths, clients, rounds, latencies.Add).ConfigureAwait(false);
        if (log is not null)
        {
            await File.WriteAllLinesAsync(log, ["client\tround\tpath\tstart_ms\tlatency_ms\tstatus", .. latencies.OrderBy(l => l.StartMs).Select(l =>
                string.Create(CultureInfo.InvariantCulture, $"{l.Client}\t{l.Round}\t{l.Path}\t{l.StartMs:0.0}\t{l.Ms:0.0}\t{l.Status}"))]).ConfigureAwait(false);
        }

        var lines = latencies.GroupBy(l => l.Path).Select(g =>
        {
            var p = Latency.Of([.. g.Select(l => l.Ms)]);
            var statuses = string.Join(',', g.Select(l => l.Status).Distinct().Order());
            return string.Create(CultureInfo.InvariantCulture, $"  {g.Key,-48} status {statuses}  p50 {p.MedianMs,7:0.0} ms  p99 {p.P99Ms,7:0.0} ms");
        });
        var overall = Latency.Of([.. latencies.Select(l => l.Ms)]);
        return string.Join('\n', lines) + '\n' + string.Create(CultureInfo.InvariantCulture, $"web: {overall.Samples} requests from {clients} clients, p50 {overall.MedianMs:0.0} ms, p99 {overall.P99Ms:0.0} ms");
    }

    /// <summary>One timed request: which client and round, its path, when it started (ms into the run), how long it took, its status.</summary>
    private sealed record Timed(int Client, int Round, string Path, double StartMs, double Ms, int Status);

    /// <summary>Every client requests the pages <paramref name="rounds"/> times, all at once; each request timed when <paramref name="record"/> is given.</summary>
    private static Task EveryClientAsync(HttpClient http, string[] paths, int clients, int rounds, Action<Timed>? record)
    {
        var run = Stopwatch.StartNew();
        return Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            for (var round = 0; round < rounds; round++)
            {
                foreach (var path in paths)
                {
                    var (start, clock) = (run.Elapsed.TotalMilliseconds, Stopwatch.StartNew());
                    using var response = await http.GetAsync(new Uri(path, UriKind.Relative)).ConfigureAwait(false);
                    await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                    record?.Invoke(new Timed(client, round, path, start, clock.Elapsed.TotalMilliseconds, (int)response.StatusCode));
                }
            }
        }));
    }

    /// <summary>The id of the first document the documents page links to.</summary>
    private static async Task<string> FirstDocumentAsync(HttpClient http)
    {
        var page = await http.GetStringAsync(new Uri("/documents", UriKind.Relative)).ConfigureAwait(false);
        var start = page.IndexOf("/documents/", StringComparison.Ordinal) + "/documents/".Length;
        return new string([.. page[start..].TakeWhile(char.IsAsciiHexDigit)]);
    }
}
