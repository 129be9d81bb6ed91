using Microsoft.ML.Data;
using Pipeline.Embeddings.MiniLm;

namespace Pipeline.Classification.Model;

/// <summary>ML.NET input row: one passage, already normalised where the model expects it, and its sentence embedding.</summary>
internal class TextRow
{
    public string Text { get; set; } = string.Empty;

    /// <summary>The passage's sentence embedding; zeros for a model that does not use embeddings (the column is ignored then).</summary>
    [VectorType(MiniLmEncoder.VectorLength)]
    public float[] Embedding { get; set; } = new float[MiniLmEncoder.VectorLength];
}
