using System.Text.Json;

namespace Pipeline.EmbeddingBenchmarks;

/// <summary>
/// The paragraphs to encode: every passage of the given splits of corpus/training (train and test: 2,352 real-style
/// reply paragraphs in English and French, mean 273 characters; test alone: 512, mean 222), shuffled with a fixed seed,
/// the first <c>count</c> taken: the same texts on every run.
/// </summary>
internal static class Paragraphs
{
    public static IReadOnlyList<string> Load(string folder, IReadOnlyList<string> splits, int count, int seed)
    {
        var all = splits
            .SelectMany(split => Directory.GetFiles(Path.Combine(folder, split), "*.jsonl").Order(StringComparer.Ordinal))
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .ToArray();
        new Random(seed).Shuffle(all);
        return count <= all.Length ? all[..count] : throw new ArgumentException($"--count {count}: only {all.Length} paragraphs in {folder}");
    }
}
