using System.Collections.Immutable;
using System.Text.Json;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;

namespace Pipeline.Segmentation.Evaluation;

/// <summary>Reads a gold annotation file: JSON lines of {"text", "question", "questions", "topic", "style", "kind"}.</summary>
public static class GoldFile
{
    public static ImmutableArray<GoldParagraph> Read(string path)
    {
        var paragraphs = ImmutableArray.CreateBuilder<GoldParagraph>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                paragraphs.Add(Parse(line));
            }
            catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                throw new PipelineException(ErrorCode.InvalidInput, path, $"line {lineNumber}: {ex.Message}", ex);
            }
        }

        return paragraphs.ToImmutable();
    }

    private static GoldParagraph Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var text = root.GetProperty("text").GetString() ?? throw new FormatException("text is null");
        var primary = root.TryGetProperty("question", out var q) ? q.GetString() : null;
        var listed = root.TryGetProperty("questions", out var qs) && qs.ValueKind == JsonValueKind.Array
            ? qs.EnumerateArray().Select(e => QuestionId.Parse(e.GetString() ?? "general")).ToList()
            : [];
        if (primary is not null && !listed.Contains(QuestionId.Parse(primary)))
        {
            listed.Insert(0, QuestionId.Parse(primary));
        }

        var topic = root.TryGetProperty("topic", out var t) ? t.GetString() : null;
        var style = root.TryGetProperty("style", out var s) ? s.GetString() ?? "unknown" : "unknown";
        var kind = root.TryGetProperty("kind", out var k) ? k.GetString() : null;
        return new GoldParagraph(text, listed.Count == 0 ? [QuestionId.General] : [.. listed], topic, style) { Kind = kind };
    }
}
