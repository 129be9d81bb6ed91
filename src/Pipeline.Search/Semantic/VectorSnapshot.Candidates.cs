using System.Numerics.Tensors;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Semantic;

/// <summary>How search by meaning picks and compares its candidates: the sign pass, each ask's cut, the exact comparison.</summary>
internal sealed partial class VectorSnapshot
{
    /// <summary>
    /// Which vectors of one ask are candidates: every one nearer by signs than the threshold, and at it the first
    /// Ties[s] of slice s (in index order: each slice gets what the slices before it left). An ask that wants nothing
    /// has threshold −1. ByDocs[s]: slice s's candidates are found by walking the ask's allowed docs, which hold fewer
    /// vectors there than lie within the threshold in the whole pass (a narrow ask beside a wide one: hybrid search's
    /// concept list, the segments of one topic).
    /// </summary>
    private readonly record struct Cut(int Threshold, int[] Ties, bool[] ByDocs)
    {
        public static Cut None(int slices) => new(-1, new int[slices], new bool[slices]);
    }

    /// <summary>
    /// The cut of one ask from its histograms per slice: the nearest <paramref name="candidates"/> by their signs;
    /// <paramref name="passed"/> are the whole sign pass's histograms (the ask's own when it is the pass's set).
    /// </summary>
    private static Cut CutOf(int[][] histograms, int[][] passed, int candidates)
    {
        var histogram = new int[histograms.Length == 0 ? 1 : histograms[0].Length];
        foreach (var one in histograms)
        {
            TensorPrimitives.Add(histogram, one, histogram);
        }

        var (threshold, tiesTaken) = Threshold(histogram, candidates);
        var ties = new int[histograms.Length];
        var byDocs = new bool[histograms.Length];
        for (var s = 0; s < histograms.Length; s++)
        {
            if (threshold < histogram.Length)
            {
                ties[s] = Math.Min(tiesTaken, histograms[s][threshold]);
                tiesTaken -= ties[s];
            }

            var within = passed[s].AsSpan(0, Math.Min(threshold + 1, histogram.Length));
            byDocs[s] = !ReferenceEquals(histograms, passed) && TensorPrimitives.Sum<int>(histograms[s]) < TensorPrimitives.Sum<int>(within);
        }

        return new Cut(threshold, ties, byDocs);
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
        // set bits, so that a narrow filter costs only its own documents' vectors, and a run of allowed documents (all
        // of them, without a filter) as one stretch of vectors.
        var (start, end) = (leaf.DocBase + slice.FirstDoc, leaf.DocBase + slice.EndDoc);
        for (var doc = allowed.NextSetBit(start); doc >= 0 && doc < end;)
        {
            var run = RunEnd(allowed, doc, end);
            var (local, localEnd) = (doc - leaf.DocBase, run - leaf.DocBase);
            var (first, last) = (block.Starts[local], block.Starts[localEnd]);
            if (oneModel)
            {
                SignBits.Distances(querySigns, block.Signs.AsSpan(first * block.Words, (last - first) * block.Words), distances.AsSpan(slice.At + first, last - first), histogram);
            }
            else
            {
                for (var i = first; i < last; i++)
                {
                    if (block.ModelOf[i] == slice.Model)
                    {
                        var distance = SignBits.Distance(querySigns, block.SignsOf(i));
                        distances[slice.At + i] = (ushort)distance;
                        histogram[distance]++;
                    }
                }
            }

            doc = run < allowed.Length ? allowed.NextSetBit(run) : -1;
        }

        return histogram;
    }

    /// <summary>The end (exclusive, at most <paramref name="end"/>) of the run of set bits starting at <paramref name="doc"/>.</summary>
    private static int RunEnd(FixedBitSet bits, int doc, int end)
    {
        var words = bits.GetBits();
        var (word, bit) = (doc >> 6, doc & 63);
        // The set bits from doc on in its word, then whole words of ones.
        var inverted = ~(ulong)words[word] >> bit;
        if (inverted != 0)
        {
            return Math.Min(end, doc + System.Numerics.BitOperations.TrailingZeroCount(inverted));
        }

        var at = (word + 1) << 6;
        for (word++; at < end && word < words.Length && words[word] == -1L; word++)
        {
            at += 64;
        }

        if (at < end && word < words.Length)
        {
            at += System.Numerics.BitOperations.TrailingZeroCount(~(ulong)words[word]);
        }

        return Math.Min(end, at);
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
    /// One slice's candidates of every ask compared exactly, in index order (a segment keeps its first best stretch),
    /// each ask's k best segments kept. A vector's similarity is computed once, whichever asks it is a candidate of.
    /// </summary>
    private static Neighbour[][] Rescore(float[] query, Slice slice, int sliceIndex, IReadOnlyList<NearestAsk> asks, Cut[] cuts, ushort[] distances)
    {
        var count = asks.Count;
        var best = new PriorityQueue<Neighbour, (float, int)>[count];
        var current = new Neighbour[count];
        var candidates = new List<int>[count];
        var next = new int[count];
        for (var a = 0; a < count; a++)
        {
            best[a] = new PriorityQueue<Neighbour, (float, int)>();
            current[a] = new Neighbour(-1, float.NegativeInfinity, default);
            candidates[a] = CandidatesOf(asks[a].Allowed, cuts[a], slice, sliceIndex, distances);
        }

        var values = new float[query.Length];
        var (block, leaf) = (slice.Block, slice.Leaf);
        // Doc values are not shared between threads: each slice reads with its own.
        StoredVectorReader? stored = null;
        for (var i = NextCandidate(candidates, next); i >= 0; i = NextCandidate(candidates, next))
        {
            var doc = leaf.DocBase + block.Docs[i];
            var similarity = float.NaN;
            ReadOnlySpan<byte> vector = default;
            for (var a = 0; a < count; a++)
            {
                if (next[a] >= candidates[a].Count || candidates[a][next[a]] != i)
                {
                    continue;
                }

                next[a]++;
                if (doc != current[a].Doc)
                {
                    Offer(best[a], current[a], asks[a].K, asks[a].MinSimilarity);
                    current[a] = new Neighbour(doc, float.NegativeInfinity, default);
                }

                if (float.IsNaN(similarity))
                {
                    stored ??= new StoredVectorReader(leaf.AtomicReader, block.Dimensions);
                    vector = stored.Read(block.Docs[i], i - block.FirstOfDoc(i));
                    VectorValue.CopyValuesOf(vector, block.Dimensions, values);
                    similarity = TensorPrimitives.Dot(query, values);
                }

                if (similarity > current[a].Similarity)
                {
                    current[a] = current[a] with { Similarity = similarity, Place = VectorValue.PlaceOf(vector) };
                }
            }
        }

        var result = new Neighbour[count][];
        for (var a = 0; a < count; a++)
        {
            Offer(best[a], current[a], asks[a].K, asks[a].MinSimilarity);
            result[a] = new Neighbour[best[a].Count];
            for (var j = result[a].Length - 1; j >= 0; j--)
            {
                result[a][j] = best[a].Dequeue();
            }
        }

        return result;
    }

    /// <summary>The lowest vector index that is any ask's next candidate (the asks' lists ascend), or −1 when none is left.</summary>
    private static int NextCandidate(List<int>[] candidates, int[] next)
    {
        var lowest = int.MaxValue;
        for (var a = 0; a < candidates.Length; a++)
        {
            if (next[a] < candidates[a].Count)
            {
                lowest = Math.Min(lowest, candidates[a][next[a]]);
            }
        }

        return lowest == int.MaxValue ? -1 : lowest;
    }

    /// <summary>
    /// One ask's candidates in one slice (block vector indexes, ascending): walked by distance — the sign pass's
    /// vectors within the cut, a vector register at a time, the threshold's own distance left out once its ties are
    /// taken — or, when the cut says so, by the ask's allowed docs.
    /// </summary>
    private static List<int> CandidatesOf(FixedBitSet allowed, Cut cut, Slice slice, int sliceIndex, ushort[] distances)
    {
        var found = new List<int>();
        var (block, leaf, at, threshold) = (slice.Block, slice.Leaf, slice.At, cut.Threshold);
        var ties = cut.Ties[sliceIndex];
        if (threshold >= 0 && cut.ByDocs[sliceIndex])
        {
            var end = leaf.DocBase + slice.EndDoc;
            for (var doc = allowed.NextSetBit(leaf.DocBase + slice.FirstDoc); doc >= 0 && doc < end; doc = doc + 1 < allowed.Length ? allowed.NextSetBit(doc + 1) : -1)
            {
                var local = doc - leaf.DocBase;
                for (var i = block.Starts[local]; i < block.Starts[local + 1]; i++)
                {
                    if (IsCandidate(distances[at + i], threshold, ref ties))
                    {
                        found.Add(i);
                    }
                }
            }

            return found;
        }

        var last = at + slice.EndVector;
        for (var i = NextWithin(distances, at + slice.FirstVector, last, Limit(threshold, ties)); i < last; i = NextWithin(distances, i + 1, last, Limit(threshold, ties)))
        {
            if (allowed.Get(leaf.DocBase + block.Docs[i - at]) && IsCandidate(distances[i], threshold, ref ties))
            {
                found.Add(i - at);
            }
        }

        return found;
    }

    /// <summary>The farthest distance still worth walking to: the threshold while ties at it are left to take.</summary>
    private static int Limit(int threshold, int ties) => ties > 0 ? threshold : threshold - 1;

    /// <summary>Whether a vector at <paramref name="distance"/> is a candidate: nearer than the threshold, or at it while ties are left (one taken).</summary>
    private static bool IsCandidate(ushort distance, int threshold, ref int ties) =>
        distance < threshold || (distance == threshold && ties-- > 0);

    /// <summary>
    /// The first position from <paramref name="from"/> (before <paramref name="end"/>) whose distance is at most
    /// <paramref name="threshold"/> (never <see cref="NotSearched"/>), or <paramref name="end"/>: candidates are a few
    /// thousand of millions, so the distances are skipped a vector register at a time.
    /// </summary>
    private static int NextWithin(ushort[] distances, int from, int end, int threshold)
    {
        if (threshold < 0)
        {
            return end;
        }

        var limit = System.Runtime.Intrinsics.Vector256.Create((ushort)threshold);
        var width = System.Runtime.Intrinsics.Vector256<ushort>.Count;
        var i = from;
        while (i + width <= end && !System.Runtime.Intrinsics.Vector256.LessThanOrEqualAny(System.Runtime.Intrinsics.Vector256.Create(distances.AsSpan(i, width)), limit))
        {
            i += width;
        }

        for (; i < end; i++)
        {
            if (distances[i] <= threshold)
            {
                return i;
            }
        }

        return end;
    }

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
