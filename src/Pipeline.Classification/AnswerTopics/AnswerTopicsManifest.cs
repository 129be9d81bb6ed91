using System.IO.Compression;
using Pipeline.Classification.Model;

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

    public void WriteTo(ZipArchive zip) => ZipManifest.Write(zip, EntryName, this);

    /// <summary>The manifest of <paramref name="zip"/>, or null when it has none or it cannot be read.</summary>
    public static AnswerTopicsManifest? ReadFrom(ZipArchive zip) => ZipManifest.Read<AnswerTopicsManifest>(zip, EntryName);
}
