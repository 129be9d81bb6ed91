using System.Numerics.Tensors;

namespace Pipeline.Embeddings.MiniLm;

/// <summary>sentence-transformers' head for all-MiniLM-L6-v2: mean of the token vectors under the attention mask, then L2 normalisation.</summary>
internal static class Pooling
{
    /// <summary>
    /// The sentence vector of one row of the model's output.
    /// </summary>
    /// <param name="tokenVectors">The row: <paramref name="tokens"/> or more token vectors of <paramref name="dimensions"/> floats, padding after the real tokens.</param>
    /// <param name="tokens">Real tokens (attention mask 1); padding is not averaged.</param>
    public static float[] MeanNormalised(ReadOnlySpan<float> tokenVectors, int tokens, int dimensions)
    {
        var vector = new float[dimensions];
        for (var t = 0; t < tokens; t++)
        {
            TensorPrimitives.Add(vector, tokenVectors.Slice(t * dimensions, dimensions), vector);
        }

        // The mean's scale cancels in normalisation, but it is kept so the intermediate equals the original's.
        TensorPrimitives.Divide(vector, Math.Max(tokens, 1), vector);
        var norm = TensorPrimitives.Norm<float>(vector);
        TensorPrimitives.Divide(vector, MathF.Max(norm, 1e-12f), vector);
        return vector;
    }
}
