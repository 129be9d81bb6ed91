using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using System.Text;
using System.Text.Json;

namespace Pipeline.EmbeddingBenchmarks;

/// <summary>
/// Runs each encoder in a process of its own, one after the other (so each peak resident figure is that encoder's whole
/// process), on the same paragraphs, and prints the figures side by side with how far their vectors agree.
/// </summary>
internal static class Comparison
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Run(IReadOnlyList<string> passThrough, IReadOnlyList<string> texts, int rounds, int wrapperRounds, bool withWrapper)
    {
        var work = Directory.CreateTempSubdirectory("pipeline-embedding-bench-");
        try
        {
            var loadBefore = LoadAverage.Now();
            var ours = Child(EncoderKind.Pipeline, passThrough, rounds, Path.Combine(work.FullName, "pipeline.bin"));
            var quantised = Child(EncoderKind.PipelineQuantised, passThrough, rounds, Path.Combine(work.FullName, "quantised.bin"));
            var wrapper = withWrapper ? Child(EncoderKind.Wrapper, passThrough, wrapperRounds, Path.Combine(work.FullName, "wrapper.bin")) : null;
            var report = new StringBuilder();
            report.AppendLine(CultureInfo.InvariantCulture, $"load average {loadBefore} (1 min) before, {LoadAverage.Now()} after; {Environment.ProcessorCount} cores");
            report.AppendLine(CultureInfo.InvariantCulture, $"{texts.Count} paragraphs, mean {texts.Average(t => t.Length):F0} characters");
            report.AppendLine();
            report.AppendLine("| encoder | paragraphs/s (median of passes) | passes | paragraphs per CPU second (median) | peak resident (whole process) | CPU s in all | build s |");
            report.AppendLine("|---|---:|---|---:|---:|---:|---:|");
            foreach (var r in new[] { ours, quantised, wrapper }.OfType<RunResult>())
            {
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"| {r.Encoder} | {Median(r.ParagraphsPerSecond):F1} | {string.Join(", ", r.ParagraphsPerSecond.Select(x => x.ToString("F1", CultureInfo.InvariantCulture)))} | {Median(r.ParagraphsPerCpuSecond):F1} | {r.PeakResidentMb:F0} MB | {r.CpuSeconds:F1} | {r.BuildSeconds:F2} |");
            }

            var a = VectorsFile.Read(Path.Combine(work.FullName, "pipeline.bin"));
            var q = VectorsFile.Read(Path.Combine(work.FullName, "quantised.bin")).Zip(a, (x, y) => TensorPrimitives.CosineSimilarity(x, y)).Order().ToArray();
            report.AppendLine();
            report.AppendLine(CultureInfo.InvariantCulture,
                $"agreement int8 vs fp32, cosine per paragraph: min {q[0]:F4}, 5th percentile {q[q.Length / 20]:F4}, median {q[q.Length / 2]:F4}; int8 / fp32: {Median(quantised.ParagraphsPerSecond) / Median(ours.ParagraphsPerSecond):F1}× the paragraphs per second, {Median(quantised.ParagraphsPerCpuSecond) / Median(ours.ParagraphsPerCpuSecond):F1}× per CPU second");
            if (wrapper is not null)
            {
                var b = VectorsFile.Read(Path.Combine(work.FullName, "wrapper.bin"));
                var cosines = a.Zip(b, (x, y) => TensorPrimitives.CosineSimilarity(x, y)).ToArray();
                var differ = Enumerable.Range(0, cosines.Length).Where(i => cosines[i] <= 0.9999f).ToArray();
                var plain = differ.Count(i => texts[i].All(c => c < 128 && !"|+<>~^`{}[]\\=*#$%".Contains(c)));
                var sorted = cosines.Order().ToArray();
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"agreement pipeline (fp32) vs wrapper, cosine per paragraph: min {sorted[0]:F4}, median {sorted[sorted.Length / 2]:F6}; {cosines.Length - differ.Length} of {cosines.Length} above 0.9999; of the {differ.Length} others, {differ.Length - plain} contain accents or symbols (which the wrapper's simplified tokeniser treats differently from BERT's), {plain} are plain ASCII");
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"pipeline (fp32) / wrapper: {Median(ours.ParagraphsPerSecond) / Median(wrapper.ParagraphsPerSecond):F1}× the paragraphs per second, {Median(ours.ParagraphsPerCpuSecond) / Median(wrapper.ParagraphsPerCpuSecond):F1}× per CPU second");
            }

            return report.ToString();
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static RunResult Child(EncoderKind kind, IReadOnlyList<string> passThrough, int rounds, string vectorsFile)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Comparison).Assembly.Location);
        }

        foreach (var arg in (string[])["measure", "--encoder", kind.ToString().ToLowerInvariant(), "--rounds", rounds.ToString(CultureInfo.InvariantCulture), "--vectors", vectorsFile, .. passThrough])
        {
            start.ArgumentList.Add(arg);
        }

        Console.Error.WriteLine($"measuring {kind} in its own process");
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {self}");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"measuring {kind} failed with exit code {process.ExitCode}");
        }

        return JsonSerializer.Deserialize<RunResult>(output, Json) ?? throw new InvalidOperationException($"no result from {kind}");
    }

    private static double Median(IReadOnlyList<double> values) => values.Order().ElementAt(values.Count / 2);

    public static string Serialise(RunResult result) => JsonSerializer.Serialize(result, Json);
}
