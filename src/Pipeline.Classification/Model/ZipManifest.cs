using System.IO.Compression;
using System.Text.Json;

namespace Pipeline.Classification.Model;

/// <summary>Pipeline's JSON entry inside a model zip: written beside ML.NET's entries, read back or null when absent or unreadable.</summary>
internal static class ZipManifest
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Write<T>(ZipArchive zip, string entryName, T manifest)
    {
        var entry = zip.CreateEntry(entryName, CompressionLevel.Optimal);
        using var stream = entry.Open();
        JsonSerializer.Serialize(stream, manifest, Json);
    }

    /// <summary>The manifest in <paramref name="entryName"/>, or null when the zip has none or it cannot be read.</summary>
    public static T? Read<T>(ZipArchive zip, string entryName)
        where T : class
    {
        var entry = zip.GetEntry(entryName);
        if (entry is null)
        {
            return null;
        }

        try
        {
            using var stream = entry.Open();
            return JsonSerializer.Deserialize<T>(stream, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
