using System.Text.Json;
using Pipeline.Core.Json;

namespace Pipeline.Workflows.Evaluation.Archive;

/// <summary>Reads the archive's gold JSON-lines files; a malformed line is an error naming the file and line.</summary>
internal static class JsonLines
{
    /// <summary>Every line of a gold file as a JSON element (through the one JSON-lines reader, <see cref="JsonLinesFile"/>).</summary>
    public static IReadOnlyList<JsonElement> Read(string path) =>
        JsonLinesFile.Read(path, "a JSON object", line =>
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        });

    public static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
