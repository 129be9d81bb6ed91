using System.Text.Json.Nodes;

namespace Pipeline.Export.Tests.Fixtures;

/// <summary>A temporary export folder and what its bulk files hold.</summary>
internal sealed class ExportFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pipeline-export-out-" + Guid.NewGuid().ToString("N"));

    public string[] BulkFiles() => [.. Directory.GetFiles(Path, "bulk-*.ndjson").Order(StringComparer.Ordinal)];

    /// <summary>The action and document of every pair, file by file, in order.</summary>
    public List<(JsonObject Action, JsonObject Document)> Pairs() => [.. BulkFiles().SelectMany(PairsOf)];

    public static IEnumerable<(JsonObject Action, JsonObject Document)> PairsOf(string file)
    {
        var lines = File.ReadAllText(file).Split('\n');
        Assert.Equal(string.Empty, lines[^1]);
        Assert.True((lines.Length - 1) % 2 == 0, $"{file} does not hold whole action + document pairs");
        for (var i = 0; i < lines.Length - 1; i += 2)
        {
            yield return ((JsonObject)JsonNode.Parse(lines[i])!, (JsonObject)JsonNode.Parse(lines[i + 1])!);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
