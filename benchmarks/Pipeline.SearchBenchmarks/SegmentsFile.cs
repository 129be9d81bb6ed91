using System.Text.Json;
using Pipeline.Core.Json;

namespace Pipeline.SearchBenchmarks;

/// <summary>Reads and writes segments as JSON lines (camelCase, one segment per line).</summary>
internal static class SegmentsFile
{
    public static List<SeedSegment> Read(string path) =>
        [.. File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<SeedSegment>(line, PipelineJson.Compact)
                ?? throw new InvalidDataException($"{path}: a line holds null"))];

    public static void Write(string path, IEnumerable<SeedSegment> segments)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path);
        foreach (var segment in segments)
        {
            writer.WriteLine(JsonSerializer.Serialize(segment, PipelineJson.Compact));
        }
    }
}
