namespace Pipeline.Embeddings;

/// <summary>
/// Turns passages of text into fixed-length vectors whose dot product is their cosine similarity: the one sentence
/// encoder that topic classification and search by meaning share.
/// </summary>
/// <remarks>Implementations are built once and are thread-safe.</remarks>
public interface ISentenceEncoder
{
    /// <summary>Length of every vector <see cref="Encode"/> returns.</summary>
    int Dimensions { get; }

    /// <summary>
    /// Names the model, the package and version it came from and every setting that changes the vectors (truncation,
    /// pooling, normalisation). Two encoders with the same id give the same vectors, so a trained classifier or a stored
    /// index records it and refuses vectors from another.
    /// </summary>
    string ModelId { get; }

    /// <summary>
    /// One unit-length vector of <see cref="Dimensions"/> floats per text, in the order of <paramref name="texts"/>.
    /// A text's vector does not depend on the other texts passed with it (beyond float rounding, ~1e-6).
    /// </summary>
    float[][] Encode(IReadOnlyList<string> texts, CancellationToken ct);
}
