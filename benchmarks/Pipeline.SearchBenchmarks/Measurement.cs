using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Pipeline.SearchBenchmarks;

/// <summary>Loads the same segments into each engine, times the load and every query, and writes a side-by-side Markdown report.</summary>
internal static class Measurement
{
    public static string Run(IReadOnlyList<SeedSegment> segments, IReadOnlyList<BenchQuery> queries, IReadOnlyList<IEngine> engines, int rounds)
    {
        var loadAtStart = LoadAverage.Now();
        var builds = new List<(string Engine, int Loaded, double Seconds)>();
        var latencies = new Dictionary<(string Engine, string Query), List<double>>();
        var totals = new Dictionary<(string Engine, string Query), int>();
        foreach (var engine in engines)
        {
            engine.Prepare(segments);
            var clock = Stopwatch.StartNew();
            var loaded = engine.Load();
            builds.Add((engine.Name, loaded, clock.Elapsed.TotalSeconds));
            Console.Error.WriteLine($"{engine.Name}: loaded {loaded} segments in {clock.Elapsed.TotalSeconds:0.0} s");

            var supported = queries.Where(engine.Supports).ToList();
            foreach (var query in supported)
            {
                // Warm-up: JIT, caches, and the total each engine reports, for the sanity check.
                totals[(engine.Name, query.Name)] = engine.Search(query);
                engine.Search(query);
            }

            for (var round = 0; round < rounds; round++)
            {
                foreach (var query in supported)
                {
                    var start = Stopwatch.GetTimestamp();
                    engine.Search(query);
                    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    AddTiming(latencies, (engine.Name, query.Name), ms);
                }
            }
        }

        return $"Load average (1 min) at start {loadAtStart}, at end {LoadAverage.Now()}. "
            + Report(segments.Count, queries, engines, rounds, builds, latencies, totals);
    }

    private static void AddTiming(Dictionary<(string, string), List<double>> latencies, (string, string) key, double ms)
    {
        if (!latencies.TryGetValue(key, out var list))
        {
            latencies[key] = list = [];
        }

        list.Add(ms);
    }

    private static string Report(
        int segmentCount,
        IReadOnlyList<BenchQuery> queries,
        IReadOnlyList<IEngine> engines,
        int rounds,
        List<(string Engine, int Loaded, double Seconds)> builds,
        Dictionary<(string Engine, string Query), List<double>> latencies,
        Dictionary<(string Engine, string Query), int> totals)
    {
        var culture = CultureInfo.InvariantCulture;
        var lucene = engines[0].Name;
        var fts = engines[1].Name;
        var common = queries.Where(q => engines.All(e => e.Supports(q))).Select(q => q.Name).ToHashSet();
        Latency Overall(string engine, bool commonOnly) =>
            Latency.Of([.. latencies.Where(p => p.Key.Engine == engine && (!commonOnly || common.Contains(p.Key.Query))).SelectMany(p => p.Value)]);

        var report = new StringBuilder();
        report.AppendLine(culture, $"Segments: {segmentCount:N0}; queries: {queries.Count} ({common.Count} run on both engines); rounds: {rounds}; machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}.");
        report.AppendLine();
        report.AppendLine("| measure | Lucene.Net | SQLite FTS5 | Lucene / FTS5 |");
        report.AppendLine("|---|---:|---:|---:|");
        var (luceneRate, ftsRate) = (Rate(builds, lucene), Rate(builds, fts));
        report.AppendLine(culture, $"| index build (segments/s) | {luceneRate:N0} | {ftsRate:N0} | {luceneRate / ftsRate:0.00} |");
        var (l, f) = (Overall(lucene, true), Overall(fts, true));
        report.AppendLine(culture, $"| query latency median (ms), common queries | {l.MedianMs:0.000} | {f.MedianMs:0.000} | {l.MedianMs / f.MedianMs:0.00} |");
        report.AppendLine(culture, $"| query latency p99 (ms), common queries | {l.P99Ms:0.000} | {f.P99Ms:0.000} | {l.P99Ms / f.P99Ms:0.00} |");
        report.AppendLine();
        report.AppendLine("| query | Lucene matches | FTS5 matches | Lucene median (ms) | FTS5 median (ms) | Lucene / FTS5 |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var query in queries)
        {
            var lq = Latency.Of(latencies.GetValueOrDefault((lucene, query.Name)) ?? []);
            var fq = Latency.Of(latencies.GetValueOrDefault((fts, query.Name)) ?? []);
            var ftsCells = common.Contains(query.Name)
                ? $"{totals[(fts, query.Name)]:N0} | {lq.MedianMs:0.000} | {fq.MedianMs:0.000} | {lq.MedianMs / fq.MedianMs:0.00}"
                : $"n/a | {lq.MedianMs:0.000} | n/a | n/a";
            report.AppendLine(culture, $"| {query.Name} `{query.Lucene}` | {totals[(lucene, query.Name)]:N0} | {ftsCells} |");
        }

        return report.ToString();
    }

    private static double Rate(List<(string Engine, int Loaded, double Seconds)> builds, string engine) =>
        builds.Where(b => b.Engine == engine).Select(b => b.Loaded / b.Seconds).Single();
}
