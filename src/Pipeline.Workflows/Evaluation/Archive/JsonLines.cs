using System.Text.Json;
using Pipeline.Core.Errors;

namespace Pipeline.Workflows.Evaluation.Archive;

/// <summary>Reads a gold JSON-lines file line by line; a malformed line is an error naming the file and line.</summary>
internal static class JsonLines
{
    public static List<JsonElement> Read(string path)
    {
        var lines = new List<JsonElement>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                lines.Add(document.RootElement.Clone());
            }
            catch (JsonException ex)
            {
                throw new PipelineException(ErrorCode.InvalidInput, path, $"line {number} is not valid JSON: {ex.Message}", ex);
            }
        }

        return lines;
    }

    public static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
