using System.Collections.Concurrent;

namespace Pipeline.Embeddings;

/// <summary>
/// An encoder that remembers the vectors of the last texts it encoded, so that two stages asking for the same passage
/// in a row (ingest classifies a reply's paragraphs, then indexes their vectors for search by meaning) run the model
/// once. The vectors are the inner encoder's, bit for bit, whichever stage asked first.
/// </summary>
/// <remarks>
/// Thread-safe. Bounded: past <c>capacity</c> texts the oldest are forgotten, so memory does not grow with a batch.
/// Returned arrays are shared between callers and must not be modified.
/// </remarks>
public sealed class RememberingEncoder : ISentenceEncoder
{
    private readonly ISentenceEncoder _inner;
    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <param name="inner">The encoder whose vectors are remembered.</param>
    /// <param name="capacity">Texts remembered at most (about 1.5 KB each beside the text itself).</param>
    public RememberingEncoder(ISentenceEncoder inner, int capacity)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _inner = inner;
        _capacity = capacity;
    }

    /// <summary>The encoder that computes the vectors.</summary>
    public ISentenceEncoder Inner => _inner;

    public int Dimensions => _inner.Dimensions;

    public string ModelId => _inner.ModelId;

    /// <summary>Texts remembered now.</summary>
    public int Count => _vectors.Count;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        var missing = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (_vectors.TryGetValue(texts[i], out var known))
            {
                result[i] = known;
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count == 0)
        {
            return result;
        }

        var unique = missing.Select(i => texts[i]).Distinct(StringComparer.Ordinal).ToArray();
        var fresh = unique.Zip(_inner.Encode(unique, ct)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        foreach (var i in missing)
        {
            result[i] = fresh[texts[i]];
        }

        foreach (var (text, vector) in fresh)
        {
            Remember(text, vector);
        }

        return result;
    }

    private void Remember(string text, float[] vector)
    {
        if (!_vectors.TryAdd(text, vector))
        {
            return;
        }

        _order.Enqueue(text);
        while (_vectors.Count > _capacity && _order.TryDequeue(out var oldest))
        {
            _vectors.TryRemove(oldest, out _);
        }
    }
}
