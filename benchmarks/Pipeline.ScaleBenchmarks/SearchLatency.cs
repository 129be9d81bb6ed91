using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pipeline.Search.Querying;
using Pipeline.Search.Reading;
using Pipeline.SearchBenchmarks;
using Pipeline.Workflows.Searching;

namespace Pipeline.ScaleBenchmarks;

/// <summary>
/// Search latency on a warm reader: opens the index once, runs the fixed query list <c>warmUpRounds</c> times untimed
/// (the first loads the sentence model and the snapshot's vector signs; the later ones give the runtime time to compile
/// the hot search loops at full optimisation, as a server's first minutes do — after one round they still ran partly
/// in quickly compiled code: p99 at 20,000 replies 58–67 ms after one round, 39–43 ms after five, benchmarks/README.md),
/// then every query <c>rounds</c> times, each with facets and 10 hits, as <c>pipeline serve</c> does.
/// The index is read as <c>pipeline serve</c> reads it — the shared long-lived reader (<see cref="SharedSegmentIndex"/>,
/// <see cref="IndexAccessPattern.Random"/>: its caches, facet ordinals included, warm across searches) — unless told to
/// read it sequentially, through a view of its own, to measure what that way of reading would cost. Beside each query's latency: its processor time (all threads,
/// the process's own clock) and bytes allocated, per search.
/// </summary>
internal static class SearchLatency
{
    public static string Run(string indexDirectory, int rounds, IndexAccessPattern access = IndexAccessPattern.Random, string? allocationsOf = null, int warmUpRounds = 5)
    {
        var queries = ScaleQuery.Read(Path.Combine(RepositoryRoot(), "benchmarks", "data", "scale-queries.tsv"));
        using var shared = access == IndexAccessPattern.Random ? new SharedSegmentIndex(indexDirectory) : null;
        using var index = shared?.Acquire() ?? SegmentIndex.Open(indexDirectory, access);
        var totals = queries.ToDictionary(q => q.Name, q => Once(index, q).Total);
        for (var round = 1; round < warmUpRounds; round++)
        {
            queries.ForEach(q => Once(index, q));
        }

        var all = new List<double>();
        var byQuery = queries.ToDictionary(q => q.Name, _ => new List<double>());
        var cost = queries.ToDictionary(q => q.Name, _ => new Cost());
        var (gen0Before, gen1Before, gen2Before, pausedBefore) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in queries)
            {
                var (cpu, allocated) = (Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes());
                var clock = Stopwatch.StartNew();
                Once(index, query);
                var ms = clock.Elapsed.TotalMilliseconds;
                cost[query.Name].Add(Process.GetCurrentProcess().TotalProcessorTime - cpu, GC.GetTotalAllocatedBytes() - allocated);
                all.Add(ms);
                byQuery[query.Name].Add(ms);
            }
        }

        var text = new StringBuilder();
        foreach (var query in queries)
        {
            var p = Latency.Of(byQuery[query.Name]);
            var c = cost[query.Name];
            text.AppendLine(CultureInfo.InvariantCulture, $"  {query.Name,-16} {query.Mode,-8} hits {totals[query.Name],7}  p50 {p.MedianMs,7:0.0} ms  p99 {p.P99Ms,7:0.0} ms  cpu {c.CpuMs / rounds,6:0.0} ms  allocated {c.Bytes / rounds / 1e6,6:0.0} MB");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  collections while timing: gen0 {GC.CollectionCount(0) - gen0Before}, gen1 {GC.CollectionCount(1) - gen1Before}, gen2 {GC.CollectionCount(2) - gen2Before}; paused {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:0} ms");

        if (queries.FirstOrDefault(q => q.Name == allocationsOf) is { } sampled)
        {
            // After the timing, so that listening costs it nothing.
            using var sampler = new AllocationSampler();
            for (var round = 0; round < rounds; round++)
            {
                Once(index, sampled);
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"  allocated by {sampled.Name}, sampled over {rounds} searches (type: MB a search):");
            foreach (var (type, bytes) in sampler.Top(15))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {bytes / (double)rounds / 1e6,6:0.00}  {type}");
            }
        }

        var overall = Latency.Of(all);
        text.Append(CultureInfo.InvariantCulture, $"search: {overall.Samples} searches, p50 {overall.MedianMs:0.0} ms, p99 {overall.P99Ms:0.0} ms (segments {index.SegmentCount}, {index.Access} access)");
        return text.ToString();
    }

    /// <summary>Processor time (all threads) and bytes allocated over a query's rounds.</summary>
    private sealed class Cost
    {
        public double CpuMs { get; private set; }

        public double Bytes { get; private set; }

        public void Add(TimeSpan cpu, long bytes) => (CpuMs, Bytes) = (CpuMs + cpu.TotalMilliseconds, Bytes + bytes);
    }

    private static SearchResults Once(SegmentIndex index, ScaleQuery query)
    {
        var parsed = query.Mode == SearchMode.Semantic ? null : SearchQueryParser.Parse(query.Text).Query;
        return ModeSearch.Run(index, query.Mode, query.Text, parsed, query.Filters, 10, 0);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
