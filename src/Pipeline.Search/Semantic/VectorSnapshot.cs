using System.Buffers;
using System.Numerics.Tensors;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Pipeline.Search.Querying;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Semantic;

/// <summary>
/// Every passage vector of one index snapshot, searched in two steps: the stored vectors of the query's model nearest
/// it by their sign bits (<see cref="SignBits"/>, Hamming distance: 6 machine words per vector) are the candidates,
/// and only they are compared exactly (cosine of unit vectors, the values read from the index); a segment scores its
/// best candidate. Exact whenever the vectors searched number no more than the candidates (the demo campaign, any
/// index of a few hundred replies); above, the nearest by meaning may rarely miss a segment whose vectors' signs
/// differ from the query's more than the candidates' do (see benchmarks/README.md for the recall measured). Thread-safe.
/// </summary>
internal sealed class VectorSnapshot(IReadOnlyList<(VectorBlock Block, AtomicReaderContext Leaf)> blocks)
{
    /// <summary>Vectors compared exactly per requested segment, when that is more than the search's candidates.</summary>
    public const int CandidatesPerSegment = 8;

    /// <summary>Vectors in the snapshot, deleted documents' excluded.</summary>
    public int Count => blocks.Sum(b => Enumerable.Range(0, b.Block.Count).Count(i => IsLive(b.Leaf, b.Block.Docs[i])));

    /// <summary>
    /// The <paramref name="k"/> segments among <paramref name="allowed"/> (top-level doc ids) whose best paragraph is most
    /// similar to <paramref name="query"/>, at least <paramref name="minSimilarity"/>, best first (ties by doc id).
    /// Only vectors of <paramref name="model"/> are compared: exactly, the nearest by their signs
    /// (<see cref="SemanticOptions.Candidates"/>, or <see cref="CandidatesPerSegment"/> × k if more). The sign pass and
    /// the exact comparison are shared out between cores by slices of <see cref="SemanticOptions.DocsPerSlice"/> segments.
    /// </summary>
    public IReadOnlyList<Neighbour> Nearest(ReadOnlySpan<float> query, string model, FixedBitSet allowed, int k, float minSimilarity, SemanticOptions options) =>
        NearestEach(query, model, [new NearestAsk(allowed, k, minSimilarity)], options)[0];

    /// <summary>
    /// <see cref="Nearest"/> for several sets of allowed segments at once (hybrid search's query and its concept list),
    /// with one sign pass over their union: each ask gets exactly what <see cref="Nearest"/> would give it alone.
    /// </summary>
    public IReadOnlyList<Neighbour>[] NearestEach(ReadOnlySpan<float> query, string model, IReadOnlyList<NearestAsk> asks, SemanticOptions options)
    {
        var dimensions = query.Length;
        var searched = blocks
            .Select(b => (b.Block, b.Leaf, Model: Array.IndexOf(b.Block.Models, model)))
            .Where(b => b.Model >= 0 && b.Block.Dimensions == dimensions)
            .ToList();
        if (asks.All(a => a.K <= 0))
        {
            return [.. asks.Select(_ => (IReadOnlyList<Neighbour>)[])];
        }

        var slices = Slices(searched, options.DocsPerSlice);
        var union = Union(asks.Select(a => a.Allowed).ToList());
        var distances = ArrayPool<ushort>.Shared.Rent(Math.Max(searched.Sum(b => b.Block.Count), 1));
        try
        {
            var signs = SignBits.Of(query);
            var histograms = new int[slices.Length][];
            Parallel.For(0, slices.Length, s => histograms[s] = Distances(signs, dimensions, slices[s], union, distances));
            var copy = query.ToArray();
            return [.. asks.Select(ask =>
            {
                if (ask.K <= 0)
                {
                    return (IReadOnlyList<Neighbour>)[];
                }

                var own = ReferenceEquals(ask.Allowed, union) ? histograms : new int[slices.Length][];
                if (!ReferenceEquals(own, histograms))
                {
                    Parallel.For(0, slices.Length, s => own[s] = Histogram(dimensions, slices[s], ask.Allowed, distances));
                }

                return Candidates(copy, slices, own, distances, ask, options);
            })];
        }
        finally
        {
            ArrayPool<ushort>.Shared.Return(distances);
        }
    }

    /// <summary>The nearest of one ask, from the distances of the sign pass and its own histograms per slice.</summary>
    private static IReadOnlyList<Neighbour> Candidates(float[] query, Slice[] slices, int[][] histograms, ushort[] distances, NearestAsk ask, SemanticOptions options)
    {
        var histogram = new int[query.Length + 1];
        foreach (var one in histograms)
        {
            TensorPrimitives.Add(histogram, one, histogram);
        }

        var (threshold, tiesTaken) = Threshold(histogram, Math.Max(options.Candidates, (int)Math.Min(int.MaxValue, (long)ask.K * CandidatesPerSegment)));

        // The ties at the threshold taken are the first in index order: each slice gets what the slices before it left.
        var ties = new int[slices.Length];
        for (var s = 0; s < slices.Length && threshold < histogram.Length; s++)
        {
            ties[s] = Math.Min(tiesTaken, histograms[s][threshold]);
            tiesTaken -= ties[s];
        }

        var found = new Neighbour[slices.Length][];
        Parallel.For(0, slices.Length, s => found[s] = Rescore(query, slices[s], ask.Allowed, distances, threshold, ties[s], ask.K, ask.MinSimilarity));
        return [.. found.SelectMany(f => f).OrderByDescending(n => n.Similarity).ThenBy(n => n.Doc).Take(ask.K)];
    }

    /// <summary>
    /// The union of the asks' allowed sets: one of them when it holds all the others (hybrid search's concept list is
    /// a subset of its query's), so that its histograms are those of the sign pass and need no second walk.
    /// </summary>
    private static FixedBitSet Union(List<FixedBitSet> sets)
    {
        if (sets.Count == 1)
        {
            return sets[0];
        }

        var union = new FixedBitSet(sets[0].Length);
        foreach (var set in sets)
        {
            union.Or(set);
        }

        // Every set is within the union, so one as large as it is it.
        var cardinality = union.Cardinality;
        return sets.FirstOrDefault(set => set.Cardinality == cardinality) ?? union;
    }

    /// <summary>
    /// A range of one searched block's docs: <paramref name="At"/> is the block's first vector in the distances of a
    /// search, <paramref name="FirstDoc"/> and <paramref name="EndDoc"/> segment-local docs.
    /// </summary>
    private readonly record struct Slice(VectorBlock Block, AtomicReaderContext Leaf, int Model, int At, int FirstDoc, int EndDoc)
    {
        public int FirstVector => Block.Starts[FirstDoc];

        public int EndVector => Block.Starts[EndDoc];
    }

    private static Slice[] Slices(List<(VectorBlock Block, AtomicReaderContext Leaf, int Model)> searched, int docsPerSlice)
    {
        var slices = new List<Slice>();
        var at = 0;
        foreach (var (block, leaf, model) in searched)
        {
            for (var doc = 0; doc < block.MaxDoc; doc += docsPerSlice)
            {
                slices.Add(new Slice(block, leaf, model, at, doc, Math.Min(doc + docsPerSlice, block.MaxDoc)));
            }

            at += block.Count;
        }

        return [.. slices];
    }

    /// <summary>
    /// Each vector's Hamming distance to the query's signs within one slice (<see cref="NotSearched"/> for vectors not
    /// allowed or of another model), and how many there are at each distance.
    /// </summary>
    private static int[] Distances(ulong[] querySigns, int dimensions, Slice slice, FixedBitSet allowed, ushort[] distances)
    {
        var histogram = new int[dimensions + 1];
        var (block, leaf) = (slice.Block, slice.Leaf);
        distances.AsSpan(slice.At + slice.FirstVector, slice.EndVector - slice.FirstVector).Fill(NotSearched);
        var oneModel = block.Models.Length == 1;
        // allowed comes from a search of the same snapshot, so deleted documents are never in it; it is walked by its
        // set bits, so that a narrow filter costs only its own documents' vectors.
        var end = leaf.DocBase + slice.EndDoc;
        for (var doc = allowed.NextSetBit(leaf.DocBase + slice.FirstDoc); doc >= 0 && doc < end; doc = doc + 1 < allowed.Length ? allowed.NextSetBit(doc + 1) : -1)
        {
            var local = doc - leaf.DocBase;
            for (var i = block.Starts[local]; i < block.Starts[local + 1]; i++)
            {
                if (oneModel || block.ModelOf[i] == slice.Model)
                {
                    var distance = SignBits.Distance(querySigns, block.SignsOf(i));
                    distances[slice.At + i] = (ushort)distance;
                    histogram[distance]++;
                }
            }
        }

        return histogram;
    }

    /// <summary>How many of the vectors of <paramref name="allowed"/>'s docs in one slice lie at each distance (the sign pass over a wider set having set them).</summary>
    private static int[] Histogram(int dimensions, Slice slice, FixedBitSet allowed, ushort[] distances)
    {
        var histogram = new int[dimensions + 1];
        var (block, leaf) = (slice.Block, slice.Leaf);
        var end = leaf.DocBase + slice.EndDoc;
        for (var doc = allowed.NextSetBit(leaf.DocBase + slice.FirstDoc); doc >= 0 && doc < end; doc = doc + 1 < allowed.Length ? allowed.NextSetBit(doc + 1) : -1)
        {
            var local = doc - leaf.DocBase;
            for (var i = block.Starts[local]; i < block.Starts[local + 1]; i++)
            {
                var distance = distances[slice.At + i];
                if (distance != NotSearched)
                {
                    histogram[distance]++;
                }
            }
        }

        return histogram;
    }

    private const ushort NotSearched = ushort.MaxValue;

    /// <summary>The distance below which every vector is a candidate, and how many of those at exactly that distance are too (the first in index order).</summary>
    private static (int Threshold, int TiesTaken) Threshold(int[] histogram, int candidates)
    {
        var below = 0;
        for (var distance = 0; distance < histogram.Length; distance++)
        {
            if (below + histogram[distance] >= candidates)
            {
                return (distance, candidates - below);
            }

            below += histogram[distance];
        }

        return (histogram.Length, 0);
    }

    /// <summary>
    /// One slice's candidates among <paramref name="allowed"/> compared exactly, in index order (a segment keeps its
    /// first best stretch), its k best segments kept; <paramref name="tiesTaken"/> of its vectors at the threshold are
    /// candidates, the first ones.
    /// </summary>
    private static Neighbour[] Rescore(float[] query, Slice slice, FixedBitSet allowed, ushort[] distances, int threshold, int tiesTaken, int k, float minSimilarity)
    {
        var best = new PriorityQueue<Neighbour, (float, int)>();
        var values = new float[query.Length];
        var bytes = new BytesRef();
        var (block, leaf) = (slice.Block, slice.Leaf);
        // Doc values are not shared between threads: each slice asks for its own.
        BinaryDocValues? stored = null;
        var (current, first) = (new Neighbour(-1, float.NegativeInfinity, default), 0);
        for (var i = slice.FirstVector; i < slice.EndVector; i++)
        {
            var distance = distances[slice.At + i];
            if (distance > threshold || distance == NotSearched || !allowed.Get(leaf.DocBase + block.Docs[i]) || (distance == threshold && tiesTaken-- <= 0))
            {
                continue;
            }

            var doc = leaf.DocBase + block.Docs[i];
            if (doc != current.Doc)
            {
                Offer(best, current, k, minSimilarity);
                current = new Neighbour(doc, float.NegativeInfinity, default);
                first = block.FirstOfDoc(i);
                stored ??= leaf.AtomicReader.GetBinaryDocValues(SegmentFields.Vectors);
                stored.Get(block.Docs[i], bytes);
            }

            var span = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
            VectorValue.CopyValues(span, block.Dimensions, i - first, values);
            var similarity = TensorPrimitives.Dot(query, values);
            if (similarity > current.Similarity)
            {
                current = current with { Similarity = similarity, Place = VectorValue.Place(span, block.Dimensions, i - first) };
            }
        }

        Offer(best, current, k, minSimilarity);
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
