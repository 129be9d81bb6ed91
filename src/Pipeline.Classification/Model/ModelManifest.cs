using System.IO.Compression;

namespace Pipeline.Classification.Model;

/// <summary>
/// What Pipeline adds to ML.NET's model zip (entry <see cref="EntryName"/>): the format version and whether input
/// text is normalised before scoring. Its absence marks a zip that was not written by <c>pipeline train</c>.
/// </summary>
/// <param name="Format">Bumped when a model written by an older Pipeline can no longer be read.</param>
/// <param name="Normalise">Apply the text normaliser before scoring.</param>
/// <param name="Candidate">Name of the pipeline that was trained.</param>
/// <param name="Encoder">
/// The sentence encoder's model id when the features include passage embeddings; null when they do not. A model is
/// only used with the encoder it was trained with.
/// </param>
internal sealed record ModelManifest(int Format, bool Normalise, string Candidate, string? Encoder = null)
{
    public const string EntryName = "Pipeline/topic-model.json";
    public const int CurrentFormat = 1;

    public void WriteTo(ZipArchive zip) => ZipManifest.Write(zip, EntryName, this);

    /// <summary>The manifest of <paramref name="zip"/>, or null when it has none or it cannot be read.</summary>
    public static ModelManifest? ReadFrom(ZipArchive zip) => ZipManifest.Read<ModelManifest>(zip, EntryName);
}
