using System.Text.Json;
using Pipeline.Testing;

namespace Pipeline.Embeddings.Tests;

/// <summary>Real passages: the held-out classifier test set (corpus/training/test), in file order.</summary>
internal static class TrainingTexts
{
    public static IReadOnlyList<string> Test { get; } = Load("test");

    private static string[] Load(string split) =>
        [.. Directory.GetFiles(RepoPaths.InRepo("corpus", "training", split), "*.jsonl")
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)];
}
