using System.Globalization;
using Pipeline.Core.Repository;
using Pipeline.EmbeddingBenchmarks;
using Pipeline.Embeddings;
using Pipeline.Embeddings.MiniLm;

// Usage (from the repository root; see benchmarks/README.md, section Sentence embeddings):
//   dotnet run -c Release --project benchmarks/Pipeline.EmbeddingBenchmarks -- compare [--count 1000] [--splits train,test] [--rounds 3] [--wrapper-rounds 1] [--batch 16] [--no-wrapper true]
//   dotnet run -c Release --project benchmarks/Pipeline.EmbeddingBenchmarks -- languages [--sentences benchmarks/data/translations.tsv]
//   dotnet run -c Release --project benchmarks/Pipeline.EmbeddingBenchmarks -- ingest-vectors [--count 1000] [--rounds 2]
// 'measure' is what 'compare' runs in a child process per encoder.
var options = Options.Parse(args.Skip(1));
var root = RepositoryRoot.Above(Directory.GetCurrentDirectory()) ?? RepositoryRoot.Above(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();
var count = int.Parse(options.Get("--count") ?? "1000", CultureInfo.InvariantCulture);
var seed = int.Parse(options.Get("--random-seed") ?? "42", CultureInfo.InvariantCulture);
var batch = int.Parse(options.Get("--batch") ?? SentenceEncoderOptions.Default.BatchSize.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
var corpus = options.Get("--corpus") ?? Path.Combine(root, "corpus", "training");
var splits = options.Get("--splits") ?? "train,test";
string[] passThrough = ["--count", count.ToString(CultureInfo.InvariantCulture), "--random-seed", seed.ToString(CultureInfo.InvariantCulture), "--batch", batch.ToString(CultureInfo.InvariantCulture), "--corpus", corpus, "--splits", splits];
switch (args.FirstOrDefault())
{
    case "compare":
        Console.WriteLine(Comparison.Run(
            passThrough,
            Paragraphs.Load(corpus, splits.Split(','), count, seed),
            int.Parse(options.Get("--rounds") ?? "3", CultureInfo.InvariantCulture),
            int.Parse(options.Get("--wrapper-rounds") ?? "1", CultureInfo.InvariantCulture),
            withWrapper: options.Get("--no-wrapper") != "true"));
        return 0;

    case "measure":
        var kind = Enum.Parse<EncoderKind>(options.Required("--encoder"), ignoreCase: true);
        var result = Measure.Run(kind, Paragraphs.Load(corpus, splits.Split(','), count, seed), int.Parse(options.Required("--rounds"), CultureInfo.InvariantCulture), batch, options.Get("--vectors"));
        Console.WriteLine(Comparison.Serialise(result));
        return 0;

    case "languages":
        foreach (var precision in Enum.GetValues<EncoderPrecision>())
        {
            using var encoder = MiniLmEncoder.Create(SentenceEncoderOptions.Default with { Precision = precision });
            Console.WriteLine(CrossLanguage.Run(encoder, options.Get("--sentences") ?? Path.Combine(root, "benchmarks", "data", "translations.tsv")));
        }

        return 0;

    case "ingest-vectors":
        Console.WriteLine(IngestVectors.Run(Paragraphs.Load(corpus, splits.Split(','), count, seed), int.Parse(options.Get("--rounds") ?? "2", CultureInfo.InvariantCulture)));
        return 0;

    default:
        Console.Error.WriteLine("usage: Pipeline.EmbeddingBenchmarks compare|languages|ingest-vectors [options] (see Program.cs and benchmarks/README.md)");
        return 1;
}
