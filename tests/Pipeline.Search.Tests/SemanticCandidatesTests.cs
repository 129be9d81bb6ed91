using System.Numerics.Tensors;
using Pipeline.Embeddings;
using Pipeline.Search.Indexing;
using Pipeline.Search.Querying;
using Pipeline.Search.Semantic;
using Pipeline.Search.Tests.Fixtures;

namespace Pipeline.Search.Tests;

/// <summary>
/// Search by meaning compares exactly only the stored vectors nearest the query by the signs of their values
/// (SemanticOptions.Candidates): exact for an index of fewer vectors, approximate above.
/// </summary>
public sealed class SemanticCandidatesTests
{
    [Fact]
    public void SearchByMeaning_RanksByExactSimilarity_WhenTheIndexHoldsNoMoreVectorsThanItsCandidates()
    {
        // Given 60 one-sentence answers with random signed vectors (16 dimensions)
        var random = new Random(7);
        var vectors = Enumerable.Range(0, 60).ToDictionary(i => $"answer {i}", _ => Unit([.. Enumerable.Range(0, 16).Select(_ => (float)(random.NextDouble() - 0.5))]));
        var queries = Enumerable.Range(0, 5).ToDictionary(i => $"query {i}", _ => Unit([.. Enumerable.Range(0, 16).Select(_ => (float)(random.NextDouble() - 0.5))]));
        var encoder = new TableEncoder(vectors.Concat(queries).ToDictionary());
        var texts = vectors.Keys.ToList();
        using var temp = Indexed(encoder, texts);
        using var index = temp.Open();

        foreach (var (query, vector) in queries)
        {
            // When each query is searched with the default candidates (2,048: more than the 60 vectors)
            var hits = index.SearchByMeaning(query, encoder, limit: 10, options: new SemanticOptions { MinSimilarity = -1 }).Hits;

            // Then the ten are the ten most similar by the stored (half-precision) values, in order
            var expected = vectors.OrderByDescending(v => TensorPrimitives.Dot(vector, Halved(v.Value))).Take(10).Select(v => v.Key);
            Assert.Equal(expected, hits.Select(h => texts[h.Ordinal]));
        }
    }

    [Fact]
    public void SearchByMeaning_WithFewCandidates_ComparesOnlyTheVectorsNearestBySigns()
    {
        // Given one answer close to the query in value but of opposite sign in 63 of 64 dimensions, and 100 answers of
        // the query's signs everywhere but farther from it
        var query = Unit([1f, .. Enumerable.Repeat(0.05f, 63)]);
        var opposite = Unit([1f, .. Enumerable.Repeat(-0.05f, 63)]);
        var random = new Random(3);
        var vectors = Enumerable.Range(0, 100).ToDictionary(i => $"answer {i}", _ => Unit([0.1f, .. Enumerable.Range(0, 63).Select(_ => (float)random.NextDouble() * 0.1f)]));
        vectors["opposite signs"] = opposite;
        var encoder = new TableEncoder(new Dictionary<string, float[]>(vectors) { ["the query"] = query });
        var texts = vectors.Keys.ToList();
        using var temp = Indexed(encoder, texts);
        using var index = temp.Open();

        // When the nearest is asked for with every vector a candidate, and with the fewest candidates (8 per segment asked for)
        var exact = index.SearchByMeaning("the query", encoder, limit: 1, options: new SemanticOptions { MinSimilarity = -1, Neighbours = 1 });
        var approximate = index.SearchByMeaning("the query", encoder, limit: 1, options: new SemanticOptions { MinSimilarity = -1, Neighbours = 1, Candidates = 1 });

        // Then exact comparison finds the answer of opposite signs (cosine 0.73); eight candidates by signs cannot
        Assert.Equal("opposite signs", texts[Assert.Single(exact.Hits).Ordinal]);
        Assert.InRange(exact.Hits[0].Similarity!.Value, 0.72f, 0.74f);
        Assert.StartsWith("answer ", texts[Assert.Single(approximate.Hits).Ordinal], StringComparison.Ordinal);
        Assert.True(approximate.Hits[0].Similarity < exact.Hits[0].Similarity);
    }

    [Fact]
    public void SearchByMeaning_FindsTheSame_HoweverTheWorkIsSlicedBetweenCores()
    {
        // Given 400 answers with random vectors of 8 dimensions (few sign patterns: many vectors tie at each Hamming
        // distance, so which ties become candidates depends on index order across slices)
        var random = new Random(11);
        var vectors = Enumerable.Range(0, 400).ToDictionary(i => $"answer {i}", _ => Unit([.. Enumerable.Range(0, 8).Select(_ => (float)(random.NextDouble() - 0.5))]));
        var queries = Enumerable.Range(0, 6).ToDictionary(i => $"query {i}", _ => Unit([.. Enumerable.Range(0, 8).Select(_ => (float)(random.NextDouble() - 0.5))]));
        var encoder = new TableEncoder(vectors.Concat(queries).ToDictionary());
        using var temp = Indexed(encoder, vectors.Keys);
        using var index = temp.Open();

        var approximate = 0;
        foreach (var query in queries.Keys)
        {
            // When the nearest 2 are asked for with the fewest candidates (8 per segment: 16 of 400), in one slice and
            // in slices of 7 segments
            var whole = new SemanticOptions { MinSimilarity = -1, Neighbours = 2, Candidates = 1 };
            var one = index.SearchByMeaning(query, encoder, limit: 2, options: whole).Hits;
            var sliced = index.SearchByMeaning(query, encoder, limit: 2, options: whole with { DocsPerSlice = 7 }).Hits;

            // Then both find the same segments in the same order with the same similarities
            Assert.Equal(2, one.Length);
            Assert.Equal(one.Select(h => (h.Ordinal, h.Similarity)), sliced.Select(h => (h.Ordinal, h.Similarity)));
            var exact = index.SearchByMeaning(query, encoder, limit: 2, options: whole with { Candidates = 10_000 }).Hits;
            approximate += exact.Select(h => h.Ordinal).SequenceEqual(one.Select(h => h.Ordinal)) ? 0 : 1;
        }

        // And the candidates were too few for some query to find the exact two: the search was approximate, so which
        // of the vectors tied at the threshold became candidates mattered
        Assert.InRange(approximate, 1, 6);
    }

    [Fact]
    public void NearestEach_GivesEachAskWhatItsOwnSearchGives_FromOneSignPass()
    {
        // Given 400 answers with random vectors of 8 dimensions (many ties at each Hamming distance)
        var random = new Random(5);
        var vectors = Enumerable.Range(0, 400).ToDictionary(i => $"answer {i}", _ => Unit([.. Enumerable.Range(0, 8).Select(_ => (float)(random.NextDouble() - 0.5))]));
        var encoder = new TableEncoder(vectors);
        using var temp = Indexed(encoder, vectors.Keys);
        using var index = temp.Open();
        var all = new Lucene.Net.Util.FixedBitSet(index.MaxDoc);
        var some = new Lucene.Net.Util.FixedBitSet(index.MaxDoc);
        for (var doc = 0; doc < index.MaxDoc; doc++)
        {
            all.Set(doc);
            if (doc % 3 == 0)
            {
                some.Set(doc);
            }
        }

        var options = new SemanticOptions { Candidates = 1, DocsPerSlice = 9 };
        for (var q = 0; q < 5; q++)
        {
            var query = Unit([.. Enumerable.Range(0, 8).Select(_ => (float)(random.NextDouble() - 0.5))]);

            // When the nearest 3 of all and of every third segment are asked for together (16 candidates each: approximate)
            var together = index.Vectors.NearestEach(query, encoder.ModelId, [new(all, 3, -1), new(some, 3, -1)], options);

            // Then each list is the one its own search finds, and the second holds only segments it allows
            Assert.Equal(index.Vectors.Nearest(query, encoder.ModelId, all, 3, -1, options), together[0]);
            Assert.Equal(index.Vectors.Nearest(query, encoder.ModelId, some, 3, -1, options), together[1]);
            Assert.All(together[1], n => Assert.True(some.Get(n.Doc)));
            Assert.Equal(3, together[1].Count);
        }
    }

    [Fact]
    public void NearestEach_ANarrowAskBesideTheWholeSet_TakesItsTiesInIndexOrder()
    {
        // Given 400 answers whose vectors all have the query's signs (every one at sign distance 0: one tie), the one
        // most like the query (the query itself) among the last
        var random = new Random(29);
        var query = Unit([.. Enumerable.Repeat(1f, 8)]);
        var vectors = Enumerable.Range(0, 400).ToDictionary(i => $"answer {i}", i => i == 390 ? query : Unit([.. Enumerable.Range(0, 8).Select(_ => (float)(0.05 + random.NextDouble()))]));
        var encoder = new TableEncoder(vectors);
        using var temp = Indexed(encoder, vectors.Keys);
        using var index = temp.Open();
        var stored = Enumerable.Range(0, index.MaxDoc).Select(doc => index.Vectors.VectorsOf(doc).Select(v => v.Vector).FirstOrDefault()).ToArray();
        var withVectors = Enumerable.Range(0, index.MaxDoc).Where(doc => stored[doc] is not null).ToList();
        var all = new Lucene.Net.Util.FixedBitSet(index.MaxDoc);
        var narrow = new Lucene.Net.Util.FixedBitSet(index.MaxDoc);
        var best = withVectors.MaxBy(doc => TensorPrimitives.Dot(query, stored[doc]!));
        Assert.True(withVectors.IndexOf(best) > 300);
        foreach (var (doc, i) in withVectors.Select((doc, i) => (doc, i)))
        {
            all.Set(doc);
            if (i % 10 == 3 || doc == best)
            {
                narrow.Set(doc);
            }
        }

        // When the nearest segment of all and of every tenth (and the best) are asked for together, 8 candidates each,
        // in slices of 40 segments (the whole set holds ten times the narrow set's vectors within its cut)
        var together = index.Vectors.NearestEach(query, encoder.ModelId, [new(all, 1, -1), new(narrow, 1, -1)], new SemanticOptions { Candidates = 1, DocsPerSlice = 40 });

        // Then each takes the first 8 of its tie in index order and finds the most similar of them: not the best, which
        // comes later
        IEnumerable<int> MostSimilarOfFirst8(Lucene.Net.Util.FixedBitSet allowed) =>
            withVectors.Where(allowed.Get).Take(8).OrderByDescending(doc => TensorPrimitives.Dot(query, stored[doc]!)).ThenBy(doc => doc).Take(1);
        Assert.Equal(MostSimilarOfFirst8(all), together[0].Select(n => n.Doc));
        Assert.Equal(MostSimilarOfFirst8(narrow), together[1].Select(n => n.Doc));
        Assert.NotEqual(best, together[1].Single().Doc);
    }

    [Fact]
    public void NearestEach_TakesTheCandidatesBySigns_InIndexOrder_ForAllowedSetsOfAnyShape()
    {
        // Given 300 answers with random vectors of 384 dimensions (the sentence model's: six words of signs each)
        var random = new Random(17);
        var vectors = Enumerable.Range(0, 300).ToDictionary(i => $"answer {i}", _ => Unit([.. Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() - 0.5))]));
        var encoder = new TableEncoder(vectors);
        using var temp = Indexed(encoder, vectors.Keys);
        using var index = temp.Open();
        var stored = Enumerable.Range(0, index.MaxDoc).Select(doc => index.Vectors.VectorsOf(doc).Select(v => v.Vector).FirstOrDefault()).ToArray();
        Assert.Equal(300, stored.Count(v => v is not null));

        // And allowed sets of every shape: runs across the 64-document words of the set, single documents, gaps
        var shapes = new Func<int, bool>[] { doc => true, doc => doc is < 70 or 130 or (>= 190 and < 260), doc => doc % 5 == 2, doc => doc % 64 is 63 or 0, doc => false };
        for (var q = 0; q < 4; q++)
        {
            var query = Unit([.. Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() - 0.5))]);
            foreach (var (shape, s) in shapes.Select((shape, s) => (shape, s)))
            {
                var allowed = new Lucene.Net.Util.FixedBitSet(index.MaxDoc);
                for (var doc = 0; doc < index.MaxDoc; doc++)
                {
                    if (shape(doc))
                    {
                        allowed.Set(doc);
                    }
                }

                // When the nearest 3 are asked for with 24 candidates (approximate), in slices of 50 segments, and with every vector a candidate
                var few = index.Vectors.Nearest(query, encoder.ModelId, allowed, 3, -1, new SemanticOptions { Candidates = 1, DocsPerSlice = 50 });
                var all = index.Vectors.Nearest(query, encoder.ModelId, allowed, 3, -1, new SemanticOptions { Candidates = 10_000 });

                // Then the first are the three most similar of the allowed 24 nearest by signs (ties by index order), the
                // second the three most similar of all allowed
                var querySigns = SignBits.Of(query);
                var byDoc = Enumerable.Range(0, index.MaxDoc).Where(doc => allowed.Get(doc) && stored[doc] is not null).ToList();
                var candidates = byDoc.OrderBy(doc => SignBits.Distance(querySigns, SignBits.Of(stored[doc]))).ThenBy(doc => doc).Take(24);
                Assert.Equal(Best(candidates), few.Select(n => n.Doc));
                Assert.Equal(Best(byDoc), all.Select(n => n.Doc));
            }

            IEnumerable<int> Best(IEnumerable<int> docs) => docs.OrderByDescending(doc => TensorPrimitives.Dot(query, stored[doc]!)).ThenBy(doc => doc).Take(3);
        }
    }

    [Fact]
    public void SignDistances_OfARun_AreEachVectorsDistance_AndCountedByDistance()
    {
        foreach (var dimensions in new[] { 384, 100, 64 })
        {
            // Given 50 random vectors and a query
            var random = new Random(dimensions);
            var vectors = Enumerable.Range(0, 50).Select(_ => SignBits.Of([.. Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() - 0.5))])).ToList();
            var query = SignBits.Of([.. Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() - 0.5))]);

            // When their distances are computed as one run
            var distances = new ushort[50];
            var histogram = new int[dimensions + 1];
            SignBits.Distances(query, [.. vectors.SelectMany(v => v)], distances, histogram);

            // Then each is the vector's own distance, and the histogram counts them
            Assert.Equal(vectors.Select(v => (ushort)SignBits.Distance(query, v)), distances);
            Assert.Equal(50, histogram.Sum());
            Assert.All(distances, d => Assert.InRange(histogram[d], 1, 50));
            Assert.Contains(distances, d => d > 0);
        }
    }

    private static TempIndex Indexed(ISentenceEncoder encoder, IEnumerable<string> texts)
    {
        var temp = new TempIndex();
        using var writer = SegmentIndexWriter.Open(temp.Path);
        var reply = Replies.OfTexts("Orvane", "orvane.docx", "f1", texts);
        writer.Index(IndexedReply.From(reply, _ => null, new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), encoder));
        writer.Commit();
        return temp;
    }

    private static float[] Unit(float[] vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        return [.. vector.Select(v => v / norm)];
    }

    private static float[] Halved(float[] vector) => [.. vector.Select(v => (float)(Half)v)];

    /// <summary>An encoder that knows a vector for each text it is given.</summary>
    private sealed class TableEncoder(IReadOnlyDictionary<string, float[]> vectors) : ISentenceEncoder
    {
        public int Dimensions => vectors.Values.First().Length;

        public string ModelId => "table-test-encoder";

        public float[][] Encode(IReadOnlyList<string> texts, CancellationToken ct) => [.. texts.Select(t => vectors[t])];
    }
}
