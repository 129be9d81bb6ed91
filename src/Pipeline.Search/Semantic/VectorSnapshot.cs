using System.Numerics.Tensors;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Semantic;

/// <summary>
/// Every passage vector of one index snapshot, searched exhaustively: the cosine of the query with every vector
/// (SIMD dot products of unit vectors), a segment scoring its best paragraph. Exact; linear in the vectors (see
/// benchmarks/README.md for the time at 10k, 100k and 1M). Thread-safe.
/// </summary>
internal sealed class VectorSnapshot(IReadOnlyList<(VectorBlock Block, AtomicReaderContext Leaf)> blocks)
{
    /// <summary>Vectors in the snapshot, deleted documents' excluded.</summary>
    public int Count => blocks.Sum(b => Enumerable.Range(0, b.Block.Count).Count(i => IsLive(b.Leaf, b.Block.Docs[i])));

    /// <summary>
    /// The <paramref name="k"/> segments among <paramref name="allowed"/> (top-level doc ids) whose best paragraph is most
    /// similar to <paramref name="query"/>, at least <paramref name="minSimilarity"/>, best first (ties by doc id).
    /// Only vectors of <paramref name="model"/> are compared.
    /// </summary>
    public IReadOnlyList<Neighbour> Nearest(ReadOnlySpan<float> query, string model, FixedBitSet allowed, int k, float minSimilarity)
    {
        var best = new PriorityQueue<Neighbour, (float, int)>();
        if (k <= 0)
        {
            return [];
        }

        foreach (var (block, leaf) in blocks)
        {
            var modelIndex = Array.IndexOf(block.Models, model);
            if (modelIndex < 0 || block.Dimensions != query.Length)
            {
                continue;
            }

            var current = new Neighbour(-1, float.NegativeInfinity, default);
            for (var i = 0; i < block.Count; i++)
            {
                var doc = leaf.DocBase + block.Docs[i];
                if (doc != current.Doc)
                {
                    Offer(best, current, k, minSimilarity);
                    current = new Neighbour(doc, float.NegativeInfinity, default);
                }

                // allowed comes from a search of the same snapshot, so deleted documents are never in it.
                if (block.ModelOf[i] != modelIndex || !allowed.Get(doc))
                {
                    continue;
                }

                var similarity = TensorPrimitives.Dot(query, block.Vector(i));
                if (similarity > current.Similarity)
                {
                    current = current with { Similarity = similarity, Place = block.Places[i] };
                }
            }

            Offer(best, current, k, minSimilarity);
        }

        var result = new Neighbour[best.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            result[i] = best.Dequeue();
        }

        return result;
    }

    /// <summary>
    /// The unit mean of the paragraph vectors of <paramref name="docs"/> (top-level doc ids) of <paramref name="model"/>:
    /// each paragraph counts once, by its own vector (its longest stretch), not its sentences again. Null when none has one.
    /// </summary>
    public float[]? Centroid(FixedBitSet docs, string model) =>
        Centroids(doc => doc < docs.Length && docs.Get(doc) ? 0 : -1, 1, model)[0];

    /// <summary>
    /// <see cref="Centroid"/> of several groups in one pass over the vectors: <paramref name="groupOf"/> gives a
    /// top-level doc id's group (0 to <paramref name="groups"/> − 1), or −1 to leave it out.
    /// </summary>
    public float[]?[] Centroids(Func<int, int> groupOf, int groups, string model)
    {
        var sums = new float[]?[groups];
        foreach (var (block, leaf) in blocks)
        {
            var modelIndex = Array.IndexOf(block.Models, model);
            var (paragraph, longest, group) = ((Doc: -1, Paragraph: -1), -1, -1);
            for (var i = 0; i <= block.Count; i++)
            {
                var place = i < block.Count ? (Doc: leaf.DocBase + block.Docs[i], block.Places[i].Paragraph) : (Doc: -1, Paragraph: -1);
                if (place != paragraph && longest >= 0)
                {
                    var sum = sums[group] ??= new float[block.Dimensions];
                    if (sum.Length == block.Dimensions)
                    {
                        TensorPrimitives.Add(sum, block.Vector(longest), sum);
                    }

                    longest = -1;
                }

                if (place.Doc != paragraph.Doc)
                {
                    group = place.Doc < 0 ? -1 : groupOf(place.Doc);
                }

                paragraph = place;
                if (i < block.Count && group >= 0 && group < groups && block.ModelOf[i] == modelIndex
                    && (longest < 0 || block.Places[i].Length > block.Places[longest].Length))
                {
                    longest = i;
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

    /// <summary>The vectors of one segment (top-level doc id) with their model and place; empty when it has none.</summary>
    public IReadOnlyList<(float[] Vector, string Model, VectorPlace Place)> VectorsOf(int doc)
    {
        foreach (var (block, leaf) in blocks)
        {
            if (doc < leaf.DocBase || doc >= leaf.DocBase + leaf.AtomicReader.MaxDoc)
            {
                continue;
            }

            return [.. Enumerable.Range(0, block.Count)
                .Where(i => block.Docs[i] == doc - leaf.DocBase)
                .Select(i => (block.Vector(i).ToArray(), block.Models[block.ModelOf[i]], block.Places[i]))];
        }

        return [];
    }

    /// <summary>How many of <paramref name="allowed"/> have no vector of <paramref name="model"/>: segments search by meaning cannot find.</summary>
    public int CountWithout(FixedBitSet allowed, string model)
    {
        var with = new FixedBitSet(allowed.Length);
        foreach (var (block, leaf) in blocks)
        {
            var modelIndex = Array.IndexOf(block.Models, model);
            for (var i = 0; i < block.Count; i++)
            {
                var doc = leaf.DocBase + block.Docs[i];
                if (block.ModelOf[i] == modelIndex && doc < with.Length)
                {
                    with.Set(doc);
                }
            }
        }

        with.And(allowed);
        return allowed.Cardinality - with.Cardinality;
    }

    private static bool IsLive(AtomicReaderContext leaf, int doc) => leaf.AtomicReader.LiveDocs?.Get(doc) ?? true;

    private static void Offer(PriorityQueue<Neighbour, (float, int)> best, Neighbour candidate, int k, float minSimilarity)
    {
        // A segment none of whose vectors was compared (not allowed, or of another model) is no candidate, whatever the floor.
        if (candidate.Doc < 0 || float.IsNegativeInfinity(candidate.Similarity) || candidate.Similarity < minSimilarity)
        {
            return;
        }

        // The queue's head is the worst kept: lowest similarity, then highest doc id.
        var priority = (candidate.Similarity, -candidate.Doc);
        if (best.Count < k)
        {
            best.Enqueue(candidate, priority);
        }
        else if (best.TryPeek(out _, out var worst) && priority.CompareTo(worst) > 0)
        {
            best.DequeueEnqueue(candidate, priority);
        }
    }
}
