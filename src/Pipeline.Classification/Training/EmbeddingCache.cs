using System.Collections.Concurrent;
using Pipeline.Embeddings;

namespace Pipeline.Classification.Training;

/// <summary>
/// The encoder a training run uses: every text is encoded once (in batches) however many cross-validation folds and
/// candidates ask for it. Vectors are the inner encoder's, so a model trained with the cache runs with the encoder alone.
/// </summary>
internal sealed class EmbeddingCache(ISentenceEncoder inner) : ISentenceEncoder
{
    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    public int Dimensions => inner.Dimensions;

    public string ModelId => inner.ModelId;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var missing = texts.Where(t => !_vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            foreach (var (text, vector) in missing.Zip(inner.Encode(missing, ct)))
            {
                _vectors[text] = vector;
            }
        }

        return [.. texts.Select(t => _vectors[t])];
    }
}
