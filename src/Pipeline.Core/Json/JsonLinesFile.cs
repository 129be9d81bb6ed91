using System.Text.Json;
using Pipeline.Core.Errors;

namespace Pipeline.Core.Json;

/// <summary>Reads a JSON-lines file one object per non-blank line; a line that cannot be read is an error naming the file and the line, never skipped.</summary>
public static class JsonLinesFile
{
    /// <param name="path">The file.</param>
    /// <param name="what">What a line holds, for the error ("a follow-up entry").</param>
    /// <param name="parse">Reads one line; throws <see cref="JsonException"/>, <see cref="FormatException"/> or <see cref="KeyNotFoundException"/> when it cannot.</param>
    /// <exception cref="PipelineException">A line cannot be read (<see cref="ErrorCode.InvalidInput"/>).</exception>
    public static IReadOnlyList<T> Read<T>(string path, string what, Func<string, T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var items = new List<T>();
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
                items.Add(parse(line));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new PipelineException(ErrorCode.InvalidInput, path, $"line {number} is not {what}: {ex.Message}", ex);
            }
        }

        return items;
    }
}
