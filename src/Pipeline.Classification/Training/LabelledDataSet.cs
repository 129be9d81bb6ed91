using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pipeline.Core.Errors;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Training;

/// <summary>
/// Labelled passages read from a folder holding one <c>&lt;label&gt;.jsonl</c> file per topic (and sub-folders of such
/// files, in ordinal order of their relative paths), each line <c>{"label": "...", "text": "..."}</c> (other fields, such as a source address, are
/// ignored). Immutable.
/// </summary>
/// <param name="Folder">The folder read.</param>
/// <param name="Examples">Every example, files in ordinal name order, lines in file order.</param>
/// <param name="Sha256">
/// Lower-case hex SHA-256 over the files in ordinal name order, each contributing its name, a newline and its bytes:
/// the same files give the same hash on every machine.
/// </param>
public sealed record LabelledDataSet(string Folder, ImmutableArray<TrainingExample> Examples, string Sha256)
{
    /// <summary>How many examples each topic has (topics without any are absent).</summary>
    public ImmutableSortedDictionary<Topic, int> CountByLabel =>
        Examples.GroupBy(e => e.Label).ToImmutableSortedDictionary(g => g.Key, g => g.Count());

    /// <summary>Reads every <c>*.jsonl</c> file of <paramref name="folder"/>.</summary>
    /// <exception cref="PipelineException">
    /// <see cref="ErrorCode.IoError"/> when the folder is missing or holds no .jsonl file;
    /// <see cref="ErrorCode.InvalidInput"/> naming file and line when a file is not named after a label, a line is not
    /// valid JSON, lacks a text, or carries a label other than its file's.
    /// </exception>
    public static LabelledDataSet Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new PipelineException(ErrorCode.IoError, folder, "labelled data folder not found");
        }

        // Sub-folders hold data from other sources (train/realworld/ beside the written passages); each file still names its label.
        var files = Directory.GetFiles(folder, "*.jsonl", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            throw new PipelineException(ErrorCode.IoError, folder, "no <label>.jsonl files in this folder");
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var examples = ImmutableArray.CreateBuilder<TrainingExample>();
        foreach (var relative in files)
        {
            var file = Path.Combine(folder, relative);
            var bytes = File.ReadAllBytes(file);
            examples.AddRange(ReadLines(file, bytes));
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            hash.AppendData(bytes);
        }

        return new LabelledDataSet(folder, examples.ToImmutable(), Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static Topic LabelOfFile(string file) =>
        TopicLabels.TryParse(Path.GetFileNameWithoutExtension(file), out var topic)
            ? topic
            : throw new PipelineException(ErrorCode.InvalidInput, file, "file name is not a topic label (expected e.g. grievance_mechanism.jsonl)");

    private static IEnumerable<TrainingExample> ReadLines(string file, byte[] bytes)
    {
        var expected = LabelOfFile(file);
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var where = $"{file}:{i + 1}";
            var line = ParseLine(where, lines[i]);
            if (!TopicLabels.TryParse(line.Label, out var label) || label != expected)
            {
                throw new PipelineException(ErrorCode.InvalidInput, where, $"label '{line.Label}' does not match the file's label '{expected.ToLabel()}'");
            }

            if (string.IsNullOrWhiteSpace(line.Text))
            {
                throw new PipelineException(ErrorCode.InvalidInput, where, "line has no text");
            }

            yield return new TrainingExample(label, line.Text);
        }
    }

    private static JsonLine ParseLine(string where, string line)
    {
        try
        {
            return JsonSerializer.Deserialize<JsonLine>(line, JsonOptions) ?? throw new JsonException("null line");
        }
        catch (JsonException ex)
        {
            throw new PipelineException(ErrorCode.InvalidInput, where, $"not a JSON line {{\"label\", \"text\"}}: {ex.Message}", ex);
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record JsonLine(string? Label, string? Text);
}
