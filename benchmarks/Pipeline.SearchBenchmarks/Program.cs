using Pipeline.Search.Indexing;
using Pipeline.SearchBenchmarks;

// Usage (from the repository root; see benchmarks/README.md, section Search):
//   dotnet run -c Release --project benchmarks/Pipeline.SearchBenchmarks -- export-seed --index .pipeline/index --campaign demo --out benchmarks/data/demo-segments.jsonl
//   dotnet run -c Release --project benchmarks/Pipeline.SearchBenchmarks -- generate --seed benchmarks/data/demo-segments.jsonl --count 100000 --out out/bench/segments.jsonl
//   dotnet run -c Release --project benchmarks/Pipeline.SearchBenchmarks -- run --segments out/bench/segments.jsonl --queries benchmarks/data/search-queries.tsv --work out/bench
//   dotnet run -c Release --project benchmarks/Pipeline.SearchBenchmarks -- build-index --segments out/bench/segments.jsonl --index out/bench/index
//   dotnet run -c Release --project benchmarks/Pipeline.SearchBenchmarks -- vectors --work out/bench [--counts 10000,100000,1000000] [--queries 50]
//   dotnet run -c Release --project benchmarks/Pipeline.SearchBenchmarks -- hnsw [--counts 100000,1000000] [--queries 50] [--connectivity 16] [--expansion-add 128] [--expansion-search 64]
//   dotnet run -c Release --project benchmarks/Pipeline.SearchBenchmarks -- hnsw-real --texts /tmp/sign-recall/texts.bin --queries /tmp/sign-recall/queries.bin [--grow 100000] [--connectivity 16] [--expansion-add 128] [--expansion-search 16,32,64,128]
var options = Options.Parse(args.Skip(1));
switch (args.FirstOrDefault())
{
    case "generate":
        var seed = SegmentsFile.Read(options.Required("--seed"));
        var count = int.Parse(options.Get("--count") ?? "100000");
        SegmentsFile.Write(options.Required("--out"), CorpusGenerator.Generate(seed, count, int.Parse(options.Get("--random-seed") ?? "42")));
        Console.Error.WriteLine($"wrote {count} segments from {seed.Count} seed segments to {options.Required("--out")}");
        return 0;

    case "export-seed":
        var exported = SeedExport.Read(options.Get("--index") ?? ".pipeline/index", options.Get("--campaign") ?? "demo");
        SegmentsFile.Write(options.Required("--out"), exported);
        Console.Error.WriteLine($"wrote {exported.Count} segments to {options.Required("--out")}");
        return exported.Count > 0 ? 0 : 1;

    case "build-index":
        using (var engine = new LuceneEngine(options.Required("--index"), SegmentIndexWriterOptions.Default.CommitEvery))
        {
            engine.Prepare(SegmentsFile.Read(options.Required("--segments")));
            Console.Error.WriteLine($"indexed {engine.Load()} segments into {Path.GetFullPath(options.Required("--index"))}");
        }

        return 0;

    case "run":
        var work = Path.GetFullPath(options.Required("--work"));
        var luceneFolder = Path.Combine(work, "lucene-index");
        var sqliteFile = Path.Combine(work, "fts5.sqlite");
        if (Directory.Exists(luceneFolder))
        {
            Directory.Delete(luceneFolder, recursive: true);
        }

        foreach (var file in Directory.Exists(work) ? Directory.GetFiles(work, "fts5.sqlite*") : [])
        {
            File.Delete(file);
        }

        Directory.CreateDirectory(work);
        var segments = SegmentsFile.Read(options.Required("--segments"));
        var queries = BenchQuery.Read(options.Required("--queries"));
        var commitEvery = options.Get("--commit-every") is { } every ? int.Parse(every) : SegmentIndexWriterOptions.Default.CommitEvery;
        using (var lucene = new LuceneEngine(luceneFolder, commitEvery))
        using (var fts = new Fts5Engine(sqliteFile))
        {
            Console.WriteLine(Measurement.Run(segments, queries, [lucene, fts], int.Parse(options.Get("--rounds") ?? "20")));
        }

        return 0;

    case "vectors":
        var sizes = (options.Get("--counts") ?? "10000,100000,1000000").Split(',').Select(int.Parse).ToList();
        Console.WriteLine(VectorLatency.Run(Path.GetFullPath(options.Required("--work")), sizes, int.Parse(options.Get("--queries") ?? "50")));
        return 0;

    case "hnsw-real":
        Console.WriteLine(HnswRecall.Run(options.Required("--texts"), options.Required("--queries"), int.Parse(options.Get("--connectivity") ?? "16"), int.Parse(options.Get("--expansion-add") ?? "128"),
            [.. (options.Get("--expansion-search") ?? "16,32,64,128").Split(',').Select(int.Parse)], int.Parse(options.Get("--grow") ?? "0")));
        return 0;
    case "hnsw":
        var hnswSizes = (options.Get("--counts") ?? "100000,1000000").Split(',').Select(int.Parse).ToList();
        Console.WriteLine(HnswLatency.Run(hnswSizes, int.Parse(options.Get("--queries") ?? "50"), int.Parse(options.Get("--connectivity") ?? "16"), int.Parse(options.Get("--expansion-add") ?? "128"), int.Parse(options.Get("--expansion-search") ?? "64")));
        return 0;

    default:
        Console.Error.WriteLine("usage: Pipeline.SearchBenchmarks export-seed|generate|run|build-index|vectors|hnsw|hnsw-real [options] (see Program.cs and benchmarks/README.md)");
        return 1;
}
