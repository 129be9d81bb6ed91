using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Pipeline.Search.Querying;

namespace Pipeline.Search.Semantic;

/// <summary>
/// Every passage vector of one index snapshot, searched in two steps: the stored vectors of the query's model nearest
/// it by their sign bits (<see cref="SignBits"/>, Hamming distance: 6 machine words per vector) are the candidates,
/// and only they are compared exactly (cosine of unit vectors, the values read from the index); a segment scores its
/// best candidate. Exact whenever the vectors searched number no more than the candidates (the demo campaign, any
/// index of a few hundred replies); above, the nearest by meaning may rarely miss a segment whose vectors' signs
/// differ from the query's more than the candidates' do (see benchmarks/README.md for the recall measured). Thread-safe.
/// </summary>
internal sealed partial class VectorSnapshot(IReadOnlyList<(VectorBlock Block, AtomicReaderContext Leaf)> blocks)
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
            var cores = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) };
            var histograms = new int[slices.Length][];
            Parallel.For(0, slices.Length, cores, s => histograms[s] = Distances(signs, dimensions, slices[s], union, distances));
            var copy = query.ToArray();
            var cuts = new Cut[asks.Count];
            for (var a = 0; a < asks.Count; a++)
            {
                var ask = asks[a];
                var own = ReferenceEquals(ask.Allowed, union) ? histograms : new int[slices.Length][];
                if (ask.K > 0 && !ReferenceEquals(own, histograms))
                {
                    Parallel.For(0, slices.Length, cores, s => own[s] = Histogram(dimensions, slices[s], ask.Allowed, distances));
                }

                cuts[a] = ask.K <= 0 ? Cut.None(slices.Length) : CutOf(own, histograms, Math.Max(options.Candidates, (int)Math.Min(int.MaxValue, (long)ask.K * CandidatesPerSegment)));
            }

            // Each slice's candidates of every ask compared in one walk: a segment's stored values are read once.
            var found = new Neighbour[slices.Length][][];
            Parallel.For(0, slices.Length, cores, s => found[s] = Rescore(copy, slices[s], s, asks, cuts, distances));
            return [.. asks.Select((ask, a) => (IReadOnlyList<Neighbour>)[.. found.SelectMany(f => f[a]).OrderByDescending(n => n.Similarity).ThenBy(n => n.Doc).Take(ask.K)])];
        }
        finally
        {
            ArrayPool<ushort>.Shared.Return(distances);
        }
    }

    private static bool IsLive(AtomicReaderContext leaf, int doc) => leaf.AtomicReader.LiveDocs?.Get(doc) ?? true;
}
