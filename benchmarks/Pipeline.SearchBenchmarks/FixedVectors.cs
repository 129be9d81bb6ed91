using Pipeline.Embeddings;

namespace Pipeline.SearchBenchmarks;

/// <summary>An "encoder" handing out prepared unit vectors in turn: times search by meaning without the model's time to encode the query.</summary>
internal sealed class FixedVectors(IReadOnlyList<float[]> vectors, string modelId) : ISentenceEncoder
{
    private int _next;

    public int Dimensions => vectors[0].Length;

    public string ModelId => modelId;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken ct) =>
        [.. texts.Select(_ => vectors[Interlocked.Increment(ref _next) % vectors.Count])];

    /// <summary>Random unit vectors (Gaussian directions), the same for the same seed.</summary>
    public static float[][] Random(int count, int dimensions, Random random)
    {
        var vectors = new float[count][];
        for (var i = 0; i < count; i++)
        {
            var vector = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                // Box–Muller: a Gaussian per dimension gives a direction uniform on the sphere.
                vector[d] = (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
            }

            System.Numerics.Tensors.TensorPrimitives.Divide(vector, System.Numerics.Tensors.TensorPrimitives.Norm(vector), vector);
            vectors[i] = vector;
        }

        return vectors;
    }
}
