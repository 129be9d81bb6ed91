using System.Collections.Immutable;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Pipeline.Core.Topics;
using Pipeline.Embeddings;
using Pipeline.Search.Querying;
using Pipeline.Search.Schema;
using Pipeline.Search.Semantic;

namespace Pipeline.Search.Reading;

/// <summary>Search by meaning and hybrid search over the passage vectors stored with the segments.</summary>
public sealed partial class SegmentIndex
{
    private VectorSnapshot? _vectors;
    private static readonly LeafCache<VectorBlock> VectorBlocks = new(VectorBlock.Read);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyDictionary<Topic, float[]>> _topicCentroids = new();

    /// <summary>Passage vectors in this snapshot (every model), for the record of what search by meaning can reach.</summary>
    public int VectorCount => Vectors.Count;

    /// <summary>Top-level doc ids in this snapshot (internal for the tests, which build allowed sets).</summary>
    internal int MaxDoc => _reader.MaxDoc;

    /// <summary>The snapshot's passage vectors (internal for the tests, which compare its searches).</summary>
    internal VectorSnapshot Vectors => LazyInitializer.EnsureInitialized(ref _vectors, () => new VectorSnapshot(VectorBlocks.Load(Path, _reader)));

    /// <summary>
    /// The segments nearest in meaning to <paramref name="text"/> within <paramref name="filters"/>: the query is encoded
    /// with <paramref name="encoder"/> and compared with every stored vector of the same model (each answer paragraph whole and sentence by sentence); matches are
    /// the <see cref="SemanticOptions.Neighbours"/> nearest above <see cref="SemanticOptions.MinSimilarity"/>, facets count them.
    /// </summary>
    public SearchResults SearchByMeaning(string text, ISentenceEncoder encoder, SearchFilters? filters = null, int limit = 10, int offset = 0, SemanticOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(encoder);
        options ??= SemanticOptions.Default;
        var query = encoder.Encode([text], CancellationToken.None)[0];
        var allowed = Allowed(FilterQuery(filters ?? SearchFilters.None));
        var neighbours = Vectors.Nearest(query, encoder.ModelId, allowed, Math.Max(options.Neighbours, offset + limit), options.MinSimilarity, options);
        var hits = neighbours.Skip(offset).Take(limit)
            .Select(n => MeaningHit(n, n.Similarity, query, SearchMatch.Meaning))
            .ToImmutableArray();
        return new SearchResults(text, neighbours.Count, hits, FacetsOf(neighbours.Select(n => n.Doc)))
        {
            Mode = SearchMode.Semantic,
            Notices = [.. NoVectorsNotice(allowed, encoder.ModelId)],
        };
    }

    /// <summary>
    /// Keyword matches of <paramref name="query"/> and the segments nearest its text in meaning (and those of its
    /// <paramref name="concept"/>), ranked by reciprocal rank fusion (a segment found several ways ranks high); the total
    /// and facets count them all. A hit found by its words has
    /// the words marked in its snippet, one found by meaning alone its nearest sentence.
    /// </summary>
    /// <param name="concept">
    /// The topic the query asks about, when the caller knows it (the topic classifier's reading): a third ranked list
    /// joins the fusion, the segments of that primary topic nearest the query first, so that answers about the
    /// concept in words far from the query's still rank (see <c>ConceptNeighbours</c>).
    /// </param>
    /// <param name="conceptWeight">How much the concept's list counts in the fusion (each of its segments adds weight / (k + rank)): the caller's confidence in the concept, 1 by default.</param>
    public SearchResults SearchHybrid(SearchQuery query, ISentenceEncoder encoder, SearchFilters? filters = null, int limit = 10, int offset = 0, SearchLimits? limits = null, SemanticOptions? options = null, Topic? concept = null, double conceptWeight = 1.0)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(encoder);
        limits ??= SearchLimits.Default;
        options ??= SemanticOptions.Default;
        var matched = new BitSetCollector(_reader.MaxDoc);
        // The words are matched while the query is encoded and compared by meaning (the searcher is thread-safe), or
        // after, when the search is to keep to one core.
        var keywordCandidates = Math.Clamp(Math.Max(options.KeywordCandidates, offset + limit), 1, Math.Max(1, _reader.MaxDoc));
        var keywordPass = options.Parallelism > 1
            ? Task.Run(() => RunKeyword(query, filters, keywordCandidates, limits, matched))
            : null;

        var vector = encoder.Encode([query.Text], CancellationToken.None)[0];
        var allowed = Allowed(FilterQuery(filters ?? SearchFilters.None));
        var k = Math.Max(options.Neighbours, offset + limit);
        // The query's neighbours and the concept list's answers of the topic come from one sign pass over the vectors.
        var nearest = Vectors.NearestEach(vector, encoder.ModelId, concept is { } asked ? [new NearestAsk(allowed, k, options.MinSimilarity), ConceptAsk(filters, asked, k)] : [new NearestAsk(allowed, k, options.MinSimilarity)], options);
        var neighbours = nearest[0];
        var onTopic = concept is { } topic ? ConceptNeighbours(vector, encoder.ModelId, filters, topic, k, options, nearest[1]) : [];
        var pass = keywordPass?.GetAwaiter().GetResult() ?? RunKeyword(query, filters, keywordCandidates, limits, matched);
        var keyword = pass.Top.GetTopDocs().ScoreDocs;

        var fused = new Dictionary<int, double>();
        foreach (var (ranked, weight) in new[] { (keyword.Select(k => k.Doc).ToList(), 1.0), (neighbours.Select(n => n.Doc).ToList(), 1.0), (onTopic.Select(n => n.Doc).ToList(), conceptWeight) })
        {
            for (var rank = 0; rank < ranked.Count; rank++)
            {
                fused[ranked[rank]] = fused.GetValueOrDefault(ranked[rank]) + (weight / (options.FusionK + rank + 1));
            }
        }

        // A segment the concept list alone brought is shown with its similarity to the query itself, not to the query
        // moved toward the concept, and with the stretch that brought it marked.
        var near = onTopic.ToDictionary(n => n.Doc);
        foreach (var n in neighbours)
        {
            near[n.Doc] = n;
        }
        var snippets = new SnippetBuilder(pass.Rewritten);
        var hits = fused.OrderByDescending(p => p.Value).ThenBy(p => p.Key)
            .Skip(offset).Take(limit)
            .Select(p => HybridHit(p.Key, (float)p.Value, matched.Bits.Get(p.Key), near.TryGetValue(p.Key, out var n) ? WithQuerySimilarity(n, vector) : new Neighbour(-1, 0, default), vector, snippets))
            .ToImmutableArray();

        var all = matched.Bits;
        foreach (var n in neighbours.Concat(onTopic))
        {
            all.Set(n.Doc);
        }

        return new SearchResults(query.Text, all.Cardinality, hits, FacetsOf(all))
        {
            Mode = SearchMode.Hybrid,
            Complete = pass.Complete,
            Notices = [.. TimeNotice(pass.Complete, limits), .. pass.Notices, .. StaleNotice(query), .. NoVectorsNotice(allowed, encoder.ModelId)],
        };
    }

    /// <summary>
    /// "More like this": the segments of other companies nearest in meaning to one segment (the mean of its paragraphs'
    /// vectors), within <paramref name="filters"/>. Null when the segment is not in the index or has no vectors.
    /// </summary>
    public SearchResults? SimilarTo(string documentId, int ordinal, SearchFilters? filters = null, int limit = 10, int offset = 0, SemanticOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        options ??= SemanticOptions.Default;
        var source = SegmentDoc(documentId, ordinal);
        if (source < 0 || Vectors.VectorsOf(source) is not { Count: > 0 } vectors)
        {
            return null;
        }

        var model = vectors[0].Model;
        var one = new FixedBitSet(_reader.MaxDoc);
        one.Set(source);
        var centroid = Vectors.Centroid(one, model)!;

        var segment = SegmentRecord.FromLucene(_searcher.Doc(source));
        var filter = FilterQuery(filters ?? SearchFilters.None);

        // Across companies: the segment's own company (or, when unknown, its own reply) says nothing new about it.
        filter.Add(
            segment.Company is { } company ? new TermQuery(new Term(SegmentFields.Company, KeywordValue.Normalise(company))) : new TermQuery(new Term(SegmentFields.Document, KeywordValue.Normalise(segment.DocumentId))),
            Occur.MUST_NOT);
        var allowed = Allowed(filter);
        var neighbours = Vectors.Nearest(centroid, model, allowed, Math.Max(options.Neighbours, offset + limit), options.MinSimilarity, options);
        var hits = neighbours.Skip(offset).Take(limit)
            .Select(n => MeaningHit(n, n.Similarity, centroid, SearchMatch.Meaning))
            .ToImmutableArray();
        var described = $"similar to {segment.Company ?? segment.FileName}, {string.Join(", ", segment.Questions.Select(q => q.Value))}";
        return new SearchResults(described, neighbours.Count, hits, FacetsOf(neighbours.Select(n => n.Doc))) { Mode = SearchMode.Semantic };
    }

    private SearchHit MeaningHit(Neighbour neighbour, float score, ReadOnlySpan<float> query, SearchMatch matchedBy)
    {
        var segment = SegmentRecord.FromLucene(_searcher.Doc(neighbour.Doc));
        var (snippet, matches) = MeaningSnippet.Build(segment, NearestSentence(neighbour, query));
        return HitOf(segment, score, snippet, matches) with { MatchedBy = matchedBy, Similarity = neighbour.Similarity };
    }

    /// <summary>
    /// What the snippet marks: the neighbour's nearest stretch when it is a sentence; when it is a whole paragraph, the
    /// paragraph's sentence nearest the query (a paragraph of one sentence has only its own vector).
    /// </summary>
    private VectorPlace NearestSentence(Neighbour neighbour, ReadOnlySpan<float> query)
    {
        var inParagraph = Vectors.VectorsOf(neighbour.Doc).Where(v => v.Place.Paragraph == neighbour.Place.Paragraph).ToList();
        var whole = inParagraph.Count == 0 ? 0 : inParagraph.Max(v => v.Place.Length);
        if (neighbour.Place.Length < whole)
        {
            return neighbour.Place;
        }

        var best = neighbour.Place;
        var bestSimilarity = float.NegativeInfinity;
        var dimensions = query.Length;
        foreach (var (vector, _, place) in inParagraph.Where(v => v.Place.Length < whole && v.Vector.Length == dimensions))
        {
            var similarity = System.Numerics.Tensors.TensorPrimitives.Dot(query, vector);
            if (similarity > bestSimilarity)
            {
                (best, bestSimilarity) = (place, similarity);
            }
        }

        return best;
    }

    private SearchHit HybridHit(int doc, float score, bool byWords, Neighbour neighbour, float[] query, SnippetBuilder snippets)
    {
        var byMeaning = neighbour.Doc >= 0;
        if (!byWords)
        {
            return MeaningHit(neighbour, score, query, SearchMatch.Meaning);
        }

        var hit = ToHit(new ScoreDoc(doc, score), snippets);
        return byMeaning ? hit with { MatchedBy = SearchMatch.Both, Similarity = neighbour.Similarity } : hit;
    }

    /// <summary>
    /// The top-level ids of the segments a filter query lets through (structure and non-segments never): what search by
    /// meaning compares, and what a keyword search's matches are checked against (<see cref="HeldDocsFilter"/>). Kept per
    /// snapshot for the first <see cref="AllowedKept"/> filters asked (by the filter's text: no filter, a topic, a
    /// question — what searches repeat), as Lucene's filter cache does; the sets are read, never changed.
    /// </summary>
    private FixedBitSet Allowed(Query filter)
    {
        var key = filter.ToString();
        if (_allowed.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var collector = new BitSetCollector(_reader.MaxDoc);
        _searcher.Search(filter, collector);
        if (_allowed.Count < AllowedKept)
        {
            _allowed.TryAdd(key, collector.Bits);
        }

        return collector.Bits;
    }

    /// <summary>Filters whose allowed segments a snapshot keeps (1 bit per doc each: 125 kB at a million segments).</summary>
    private const int AllowedKept = 64;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FixedBitSet> _allowed = new(StringComparer.Ordinal);

    /// <summary>Per allowed set and model, how many of its segments have no vector of the model.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<FixedBitSet, System.Collections.Concurrent.ConcurrentDictionary<string, int>> _withoutVectors = new();

    /// <summary>The facets of a few doc ids (the neighbours of a search by meaning), counted as a set.</summary>
    private FacetCounts FacetsOf(IEnumerable<int> docs)
    {
        var set = new FixedBitSet(_reader.MaxDoc);
        foreach (var doc in docs)
        {
            set.Set(doc);
        }

        return FacetsOf(set);
    }

    private int SegmentDoc(string documentId, int ordinal)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(SegmentFields.Kind, SegmentFields.SegmentKind)), Occur.MUST },
            { new TermQuery(new Term(SegmentFields.Document, KeywordValue.Normalise(documentId))), Occur.MUST },
            { NumericRangeQuery.NewInt32Range(SegmentFields.Ordinal, ordinal, ordinal, true, true), Occur.MUST },
        };
        var found = _searcher.Search(query, 1).ScoreDocs;
        return found.Length == 0 ? -1 : found[0].Doc;
    }

    private IEnumerable<SearchNotice> NoVectorsNotice(FixedBitSet allowed, string model)
    {
        // Counted once per allowed set kept for the snapshot (what repeated searches ask again), and model.
        var missing = _withoutVectors.GetValue(allowed, _ => new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal))
            .GetOrAdd(model, m => Vectors.CountWithout(allowed, m));
        if (missing == 0)
        {
            return [];
        }

        return [new SearchNotice(
            SearchNotice.NoVectors,
            $"{missing} {(missing == 1 ? "segment has" : "segments have")} no passage vectors of this Pipeline's sentence encoder (indexed by an earlier version, or with another model), so search by meaning cannot find {(missing == 1 ? "it" : "them")}: run `pipeline ingest` again")];
    }

    /// <summary>The facets of a set of top-level doc ids, walked leaf by leaf (no sorting, no lookup of each doc's leaf).</summary>
    private FacetCounts FacetsOf(FixedBitSet docs)
    {
        var facets = NewFacetCollector();
        foreach (var leaf in _reader.Leaves)
        {
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            var doc = leaf.DocBase < docs.Length ? docs.NextSetBit(leaf.DocBase) : -1;
            if (doc < 0 || doc >= end)
            {
                continue;
            }

            facets.SetNextReader(leaf);
            for (; doc >= 0 && doc < end; doc = doc + 1 < docs.Length ? docs.NextSetBit(doc + 1) : -1)
            {
                facets.Collect(doc - leaf.DocBase);
            }
        }

        return facets.Counts();
    }
}
