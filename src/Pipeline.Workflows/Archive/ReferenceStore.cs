using System.Text.Json;
using Pipeline.Core.Errors;
using Pipeline.Core.Json;

namespace Pipeline.Workflows.Archive;

/// <summary>
/// Reference documents kept beside an index (<c>&lt;index&gt;/references/&lt;id&gt;.json</c>), each written whole to a
/// temporary file and moved into place, so a killed run leaves either the old set or the new one.
/// </summary>
public static class ReferenceStore
{
    private const string Folder = "references";

    public static void Save(string indexDirectory, ReferenceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var folder = Path.Combine(indexDirectory, Folder);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, document.Id + ".json");
        var temporary = target + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(document, PipelineJson.Indented));
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>Every reference document of the index, by file name.</summary>
    /// <exception cref="PipelineException">A stored document that cannot be read.</exception>
    public static IReadOnlyList<ReferenceDocument> All(string indexDirectory)
    {
        var folder = Path.Combine(indexDirectory, Folder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(folder, "*.json").Select(Read).OrderBy(d => d.File, StringComparer.Ordinal)];
    }

    private static ReferenceDocument Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<ReferenceDocument>(File.ReadAllText(path), PipelineJson.Indented)
                ?? throw new PipelineException(ErrorCode.InvalidInput, path, "empty reference document");
        }
        catch (JsonException ex)
        {
            throw new PipelineException(ErrorCode.InvalidInput, path, $"not a reference document: {ex.Message}", ex);
        }
    }
}
