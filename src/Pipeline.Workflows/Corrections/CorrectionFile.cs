using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Corrections;
using Pipeline.Core.Errors;

namespace Pipeline.Workflows.Corrections;

/// <summary>
/// A campaign's corrections: <c>corrections.jsonl</c> beside its <c>campaign.yaml</c>, one JSON object per line, in the
/// order they were made (a later correction of the same thing wins). Hand-readable and versionable; written atomically.
/// </summary>
public static class CorrectionFile
{
    public const string FileName = "corrections.jsonl";

    /// <summary>camelCase, enums in snake case, nulls left out: the lines stay short enough to read and diff.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The corrections file of a campaign: beside its campaign file.</summary>
    public static string PathFor(Campaign campaign) => Path.Combine(CampaignPaths.Folder(campaign), FileName);

    /// <summary>Every correction in the file, in order; none when there is no file.</summary>
    /// <exception cref="PipelineException">A line is not a correction (<see cref="ErrorCode.InvalidInput"/>, naming the line).</exception>
    public static ImmutableArray<Correction> Load(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var corrections = ImmutableArray.CreateBuilder<Correction>();
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
                var correction = JsonSerializer.Deserialize<Correction>(line, Json);
                corrections.Add(correction is { Id.Length: > 0 } ? correction : throw new JsonException("a correction needs an id and a kind"));
            }
            catch (JsonException ex)
            {
                throw new PipelineException(ErrorCode.InvalidInput, path, $"line {number} is not a correction: {ex.Message}");
            }
        }

        return corrections.ToImmutable();
    }

    /// <summary>Adds a correction at the end of the file (created when missing).</summary>
    public static void Append(string path, Correction correction) => Write(path, [.. Load(path), correction]);

    /// <summary>Removes the correction <paramref name="id"/>; false when the file has none of that id.</summary>
    public static bool Remove(string path, string id)
    {
        var all = Load(path);
        var kept = all.RemoveAll(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));
        if (kept.Length == all.Length)
        {
            return false;
        }

        Write(path, kept);
        return true;
    }

    /// <summary>A new id: "c-" and 8 hex digits of a hash of the correction's content and time, unique in practice within a campaign.</summary>
    public static string NewId(Correction draft)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(draft, Json) + Guid.NewGuid()));
        return "c-" + Convert.ToHexStringLower(bytes)[..8];
    }

    private static void Write(string path, IEnumerable<Correction> corrections)
    {
        var text = string.Concat(corrections.Select(c => JsonSerializer.Serialize(c, Json) + "\n"));
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, path, overwrite: true);
    }
}
