using System.IO.Compression;
using System.Text.Json;

namespace Pipeline.Classification.AnswerTopics;

/// <summary>
/// What Pipeline adds to the answer-topics model zip (entry <see cref="EntryName"/>): the format, the topic of each
/// probability slot, the probabilities that make a topic plausible and sure, and what the model was trained on.
/// </summary>
/// <param name="Format">Bumped when an older model can no longer be read.</param>
/// <param name="Topics">The topic label (<c>due_diligence</c>) of each slot of the probabilities column.</param>
/// <param name="PlausibleThreshold">Below this probability a topic is implausible for a paragraph.</param>
/// <param name="SureThreshold">From this probability a paragraph surely answers a topic.</param>
/// <param name="TrainedOn">One line per source of training examples, with its count.</param>
internal sealed record AnswerTopicsManifest(int Format, string[] Topics, double PlausibleThreshold, double SureThreshold, string[] TrainedOn)
{
    public const string EntryName = "Pipeline/answer-topics.json";
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void WriteTo(ZipArchive zip)
    {
        var entry = zip.CreateEntry(EntryName, CompressionLevel.Optimal);
        using var stream = entry.Open();
        JsonSerializer.Serialize(stream, this, Json);
    }

    /// <summary>The manifest of <paramref name="zip"/>, or null when it has none or it cannot be read.</summary>
    public static AnswerTopicsManifest? ReadFrom(ZipArchive zip)
    {
        var entry = zip.GetEntry(EntryName);
        if (entry is null)
        {
            return null;
        }

        try
        {
            using var stream = entry.Open();
            return JsonSerializer.Deserialize<AnswerTopicsManifest>(stream, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
