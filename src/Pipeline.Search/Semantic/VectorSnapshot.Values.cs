using System.Numerics.Tensors;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Semantic;

/// <summary>The stored values of the snapshot's vectors: centroids, one segment's vectors, what has none.</summary>
internal sealed partial class VectorSnapshot
{
    /// <summary>
    /// The unit mean of the paragraph vectors of <paramref name="docs"/> (top-level doc ids) of <paramref name="model"/>:
    /// each paragraph counts once, by its own vector (its longest stretch), not its sentences again. Null when none has one.
    /// </summary>
    public float[]? Centroid(FixedBitSet docs, string model) =>
        Centroids(doc => doc < docs.Length && docs.Get(doc) ? 0 : -1, 1, model)[0];

    /// <summary>
    /// <see cref="Centroid"/> of several groups in one pass over the vectors: <paramref name="groupOf"/> gives a
    /// top-level doc id's group (0 to <paramref name="groups"/> − 1), or −1 to leave it out. Reads the values of every
    /// vector of the groups' docs from the index.
    /// </summary>
    public float[]?[] Centroids(Func<int, int> groupOf, int groups, string model)
    {
        var sums = new float[]?[groups];
        var bytes = new BytesRef();
        foreach (var (block, leaf) in blocks)
        {
            var modelIndex = Array.IndexOf(block.Models, model);
            if (modelIndex < 0)
            {
                continue;
            }

            var stored = leaf.AtomicReader.GetBinaryDocValues(SegmentFields.Vectors);
            var values = new float[block.Dimensions];
            for (var doc = 0; doc < block.MaxDoc; doc++)
            {
                var (first, end) = (block.Starts[doc], block.Starts[doc + 1]);
                var group = first < end && block.ModelOf[first] == modelIndex ? groupOf(leaf.DocBase + doc) : -1;
                if (group >= 0 && group < groups)
                {
                    stored.Get(doc, bytes);
                    var sum = sums[group] ??= new float[block.Dimensions];
                    if (sum.Length == block.Dimensions)
                    {
                        AddLongestOfEachParagraph(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), block.Dimensions, end - first, sum, values);
                    }
                }
            }
        }

        foreach (var sum in sums.OfType<float[]>())
        {
            var norm = TensorPrimitives.Norm(sum);
            TensorPrimitives.Divide(sum, norm > 0 ? norm : 1, sum);
        }

        return sums;
    }

    /// <summary>Adds to <paramref name="sum"/> the longest stretch of each paragraph of one doc's stored vectors (the first of equal lengths), decoding into <paramref name="values"/>.</summary>
    private static void AddLongestOfEachParagraph(ReadOnlySpan<byte> bytes, int dimensions, int count, float[] sum, float[] values)
    {
        var (paragraph, longest, longestLength) = (-1, -1, 0);
        for (var i = 0; i <= count; i++)
        {
            var place = i < count ? VectorValue.Place(bytes, dimensions, i) : new VectorPlace(-1, 0, 0);
            if (place.Paragraph != paragraph && longest >= 0)
            {
                VectorValue.CopyValues(bytes, dimensions, longest, values);
                TensorPrimitives.Add(sum, values, sum);
                longest = -1;
            }

            paragraph = place.Paragraph;
            if (i < count && (longest < 0 || place.Length > longestLength))
            {
                (longest, longestLength) = (i, place.Length);
            }
        }
    }

    /// <summary>The vectors of one segment (top-level doc id) with their model and place; empty when it has none.</summary>
    public IReadOnlyList<(float[] Vector, string Model, VectorPlace Place)> VectorsOf(int doc)
    {
        foreach (var (block, leaf) in blocks)
        {
            if (doc < leaf.DocBase || doc >= leaf.DocBase + leaf.AtomicReader.MaxDoc)
            {
                continue;
            }

            var first = block.FirstOf(doc - leaf.DocBase);
            if (first < 0)
            {
                return [];
            }

            var bytes = new BytesRef();
            leaf.AtomicReader.GetBinaryDocValues(SegmentFields.Vectors).Get(doc - leaf.DocBase, bytes);
            var span = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
            var (_, count) = VectorValue.ReadHeader(span);
            var result = new List<(float[], string, VectorPlace)>(count);
            for (var i = 0; i < count; i++)
            {
                var values = new float[block.Dimensions];
                var place = VectorValue.Read(span, block.Dimensions, i, values);
                result.Add((values, block.Models[block.ModelOf[first]], place));
            }

            return result;
        }

        return [];
    }

    /// <summary>How many of <paramref name="allowed"/> have no vector of <paramref name="model"/>: segments search by meaning cannot find.</summary>
    public int CountWithout(FixedBitSet allowed, string model)
    {
        var with = 0;
        foreach (var (block, leaf) in blocks)
        {
            var modelIndex = Array.IndexOf(block.Models, model);
            if (modelIndex < 0)
            {
                continue;
            }

            var end = leaf.DocBase + block.MaxDoc;
            for (var doc = allowed.NextSetBit(leaf.DocBase); doc >= 0 && doc < end; doc = doc + 1 < allowed.Length ? allowed.NextSetBit(doc + 1) : -1)
            {
                var first = block.Starts[doc - leaf.DocBase];
                if (first < block.Starts[doc - leaf.DocBase + 1] && block.ModelOf[first] == modelIndex)
                {
                    with++;
                }
            }
        }

        return allowed.Cardinality - with;
    }
}
