using System.Text.Json;
using Pipeline.Core.Commitments;
using Pipeline.Core.Errors;
using Pipeline.Core.Json;

namespace Pipeline.Commitments.Evaluation;

/// <summary>Reads a labelled sentence file (JSON lines). A line that cannot be read is an error naming the file and line, never skipped.</summary>
public static class LabelledSentenceFile
{
    /// <exception cref="PipelineException">The file is missing (<see cref="ErrorCode.IoError"/>) or a line is malformed (<see cref="ErrorCode.InvalidInput"/>).</exception>
    public static IReadOnlyList<LabelledSentence> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new PipelineException(ErrorCode.IoError, path, "no labelled sentence file here");
        }

        var name = Path.GetFileName(path);
        return [.. JsonLinesFile.Read(path, "a labelled sentence", Parse).Select(s => s with { File = name })];
    }

    /// <summary>The sentences of several files, in the order given, as one pool.</summary>
    /// <exception cref="PipelineException">As <see cref="Read(string)"/>; also when two files hold the same id (<see cref="ErrorCode.InvalidInput"/>).</exception>
    public static IReadOnlyList<LabelledSentence> ReadAll(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var all = new List<LabelledSentence>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var sentence in Read(path))
            {
                if (!ids.Add(sentence.Id))
                {
                    throw new PipelineException(ErrorCode.InvalidInput, path, $"sentence id '{sentence.Id}' is also in an earlier file");
                }

                all.Add(sentence);
            }
        }

        return all;
    }

    private static LabelledSentence Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var kindLabel = root.GetProperty("kind").GetString();
        if (!StatementKinds.TryParse(kindLabel, out var kind))
        {
            throw new FormatException($"unknown kind '{kindLabel}'");
        }

        return new LabelledSentence(
            root.GetProperty("id").GetString() ?? throw new FormatException("no id"),
            root.GetProperty("text").GetString() ?? throw new FormatException("no text"),
            kind,
            String(root, "language") ?? "en",
            SourceKey(root))
        {
            DeadlineText = String(root, "deadline_text"),
            Deadline = String(root, "deadline"),
            Condition = String(root, "condition"),
            Hedged = root.TryGetProperty("hedged", out var hedged) && hedged.ValueKind == JsonValueKind.True,
            TranslatedFrom = String(root, "translated_from"),
        };
    }

    /// <summary>The reply (campaign/reply) or page (url) a sentence comes from.</summary>
    private static string SourceKey(JsonElement root)
    {
        if (!root.TryGetProperty("source", out var source) || source.ValueKind != JsonValueKind.Object)
        {
            return string.Empty;
        }

        return String(source, "url") ?? $"{String(source, "campaign")}/{String(source, "reply")}";
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
