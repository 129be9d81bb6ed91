using System.Collections.Immutable;
using System.Text.Json;
using Pipeline.Core.Errors;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;

namespace Pipeline.Workflows.Evaluation;

/// <summary>Reads <c>gold/&lt;stem&gt;.meta.json</c>: {"company", "listed", "style", "status": {"1a": "answered", …}}.</summary>
internal static class GoldMetaFile
{
    public static GoldReplyMeta Read(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            var status = ImmutableDictionary.CreateBuilder<QuestionId, AnswerStatus>();
            if (root.TryGetProperty("status", out var cells) && cells.ValueKind == JsonValueKind.Object)
            {
                foreach (var cell in cells.EnumerateObject())
                {
                    status[QuestionId.Parse(cell.Name)] = ParseStatus(cell.Value.GetString(), cell.Name);
                }
            }

            return new GoldReplyMeta(
                root.TryGetProperty("company", out var c) ? c.GetString() : null,
                !root.TryGetProperty("listed", out var l) || l.ValueKind != JsonValueKind.False,
                root.TryGetProperty("style", out var s) ? s.GetString() : null,
                status.ToImmutable());
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            throw new PipelineException(ErrorCode.InvalidInput, path, ex.Message, ex);
        }
    }

    private static AnswerStatus ParseStatus(string? value, string question) => value switch
    {
        "answered" => AnswerStatus.Answered,
        "partial" => AnswerStatus.Partial,
        "declined" => AnswerStatus.Declined,
        "not_addressed" => AnswerStatus.NotAddressed,
        "no_response" => AnswerStatus.NoResponse,
        _ => throw new FormatException($"status of {question}: '{value}' is not answered, partial, declined, not_addressed or no_response"),
    };
}
