using System.Collections.Immutable;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Pipeline.Core.Errors;
using Pipeline.Search.Indexing;
using Pipeline.Search.Querying;
using Pipeline.Search.Querying.Expansion;
using Pipeline.Search.Schema;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Pipeline.Search.Reading;

/// <summary>
/// A read-only view of the index as of its last commit: search with facets, the documents listed, a campaign's segments
/// for reports. Thread-safe; open one per command and dispose it, or share one long-lived view per index through
/// <see cref="SharedSegmentIndex"/> (each holder disposes what it acquired, once).
/// </summary>
public sealed partial class SegmentIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly bool _ownsDirectory;
    private readonly DirectoryReader _reader;
    private (long Generation, string FileName, DateTime Written)? _commit;
    private readonly IndexSearcher _searcher;
    private readonly Lazy<int> _staleSegments;
    private IReadOnlyList<FacetOrdinals>? _facetOrdinals;
    private int _references = 1;

    private static readonly LeafCache<FacetOrdinals> HeldFacetOrdinals = new(leaf => FacetOrdinals.Read(leaf, FacetCollector.SingleFields, FacetCollector.MultiFields));

    private SegmentIndex(string path, IndexAccessPattern access, LuceneDirectory directory, DirectoryReader reader, bool ownsDirectory = true)
    {
        Path = path;
        Access = access;
        _directory = directory;
        _ownsDirectory = ownsDirectory;
        _reader = reader;
        _searcher = new IndexSearcher(reader);
        _staleSegments = new Lazy<int>(CountStaleSegments);
    }

    /// <summary>The index folder.</summary>
    public string Path { get; }

    /// <summary>How this view reads the index's files: as it was opened.</summary>
    public IndexAccessPattern Access { get; }

    /// <summary>True when <paramref name="directory"/> holds a committed index.</summary>
    public static bool Exists(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return false;
        }

        // Reads the name of the last commit and nothing else: nothing worth mapping.
        using var luceneDirectory = IndexDirectories.Open(directory, IndexAccessPattern.Sequential);
        return DirectoryReader.IndexExists(luceneDirectory);
    }

    /// <param name="directory">The index folder.</param>
    /// <param name="access">How the command will read it: searches <see cref="IndexAccessPattern.Random"/> (the default), one pass over a campaign <see cref="IndexAccessPattern.Sequential"/>.</param>
    /// <exception cref="PipelineException">No index exists there yet, or it cannot be read.</exception>
    public static SegmentIndex Open(string directory, IndexAccessPattern access = IndexAccessPattern.Random)
    {
        var path = System.IO.Path.GetFullPath(directory);
        if (!Exists(path))
        {
            throw Missing(path);
        }

        var luceneDirectory = IndexDirectories.Open(path, access);
        try
        {
            return new SegmentIndex(path, access, luceneDirectory, DirectoryReader.Open(luceneDirectory));
        }
        catch (Exception ex) when (ex is IOException or CorruptIndexException)
        {
            luceneDirectory.Dispose();
            throw new PipelineException(ErrorCode.IoError, path, $"the index cannot be read: {ex.Message}", ex);
        }
    }

    /// <summary>Segments in the index, all campaigns.</summary>
    public int SegmentCount => _searcher.Search(KindQuery(SegmentFields.SegmentKind), 1).TotalHits;

    /// <summary>Finds segments matching <paramref name="query"/> within <paramref name="filters"/>, best first, with facet counts over all matches.</summary>
    /// <param name="limit">Hits to return, at least 0; <see cref="SearchResults.Total"/> counts all matches regardless.</param>
    /// <param name="offset">Best hits to skip before those returned, at least 0: the start of a page.</param>
    /// <param name="limits">Bounds on the search's work (<see cref="SearchLimits.Default"/> when null); past them the results say they are partial.</param>
    public SearchResults Search(SearchQuery query, SearchFilters? filters = null, int limit = 10, int offset = 0, SearchLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        limits ??= SearchLimits.Default;

        // Never more room than the index has segments: --limit 2000000000 must not allocate a queue that size.
        var room = (int)Math.Clamp((long)offset + limit, 1, Math.Max(1, _reader.MaxDoc));
        var facets = NewFacetCollector();
        var pass = RunKeyword(query, filters, room, limits, facets);
        var snippets = new SnippetBuilder(pass.Rewritten);
        var hits = pass.Top.GetTopDocs(offset, limit).ScoreDocs
            .Select(scoreDoc => ToHit(scoreDoc, snippets))
            .ToImmutableArray();
        return new SearchResults(query.Text, pass.Top.TotalHits, hits, facets.Counts())
        {
            Complete = pass.Complete,
            Notices = [.. TimeNotice(pass.Complete, limits), .. pass.Notices, .. StaleNotice(query)],
        };
    }

    /// <summary>
    /// Counts facets from each leaf's ordinals held in memory when this is a view of the shared, long-lived reader
    /// (<see cref="SharedSegmentIndex"/>: its segments' ordinals are read once and serve every request); a view opened for
    /// one command counts from the doc values, reading only its matches' rather than every segment's first.
    /// </summary>
    private FacetCollector NewFacetCollector()
    {
        if (_ownsDirectory)
        {
            return new FacetCollector();
        }

        var held = LazyInitializer.EnsureInitialized(ref _facetOrdinals, () => [.. HeldFacetOrdinals.Load(Path, _reader).Select(e => e.Entry)]);
        return new FacetCollector(leaf => held[leaf]);
    }

    /// <summary>The keyword search proper: the best <paramref name="room"/> matches, and every match to <paramref name="also"/>.</summary>
    private KeywordPass RunKeyword(SearchQuery query, SearchFilters? filters, int room, SearchLimits limits, ICollector also)
    {
        var deadline = Deadline(limits.TimeBudget);
        var expander = new QueryExpander(_reader, limits, deadline);
        var rewritten = TermStates.LookedUp(_searcher.Rewrite(expander.Expand(query.Lucene)), _searcher.TopReaderContext);
        // The filter's allowed segments are kept per snapshot (as search by meaning keeps them): checked by random access.
        var filtered = new FilteredQuery(rewritten, new HeldDocsFilter(Allowed(FilterQuery(filters ?? SearchFilters.None))));
        var top = TopScoreDocCollector.Create(room, docsScoredInOrder: false);
        var complete = !expander.TimedOut;
        try
        {
            _searcher.Search(filtered, new BudgetCollector(MultiCollector.Wrap(top, also), deadline));
        }
        catch (BudgetExhaustedException)
        {
            complete = false;
        }

        return new KeywordPass(rewritten, top, complete, [.. expander.Notices]);
    }

    /// <summary>
    /// Every reply file that could not be read or indexed at its last attempt (<see cref="FailedReply"/>), by campaign,
    /// company and file; only <paramref name="campaignId"/>'s when given: the replies missing from the comparison.
    /// </summary>
    public IReadOnlyList<FailedReply> ListFailures(string? campaignId = null) =>
        [.. Find(SegmentFields.FailureKind, campaignId)
            .Select(FailureRecord.FromLucene)
            .OrderBy(f => f.CampaignId, StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.Company ?? "\uffff", StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.FileName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.SourcePath, StringComparer.Ordinal)];

    /// <summary>Every segment of a campaign (case ignored), by company, file and position in the reply: what compare matrices are built from.</summary>
    public IReadOnlyList<IndexedSegment> ReadSegments(string campaignId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(campaignId);
        return [.. Find(SegmentFields.SegmentKind, campaignId)
            .Select(SegmentRecord.FromLucene)
            .OrderBy(s => s.Company ?? "\uffff", StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.FileName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.DocumentId, StringComparer.Ordinal)
            .ThenBy(s => s.Ordinal)];
    }

    /// <summary>The indexed replies with this document id (the same file in several campaigns, or copies of it), looked up by term, in <see cref="ListDocuments"/>' order.</summary>
    public IReadOnlyList<IndexedDocument> FindDocuments(string documentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        // The term is matched case-folded; an id is only the one spelled as indexed (an upper-case id names no document).
        return InListOrder(Find(SegmentFields.DocumentKind, campaignId: null, documentId).Select(DocumentRecord.FromLucene).Where(d => d.DocumentId == documentId));
    }

    private static List<IndexedDocument> InListOrder(IEnumerable<IndexedDocument> documents) =>
        [.. documents
            .OrderBy(d => d.CampaignId, StringComparer.OrdinalIgnoreCase)
            .ThenBy(d => d.Company ?? "\uffff", StringComparer.OrdinalIgnoreCase)
            .ThenBy(d => d.FileName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(d => d.SourcePath, StringComparer.Ordinal)];

    /// <summary>The segments of one document under one campaign, in reply order, looked up by term: what a document's page shows.</summary>
    public IReadOnlyList<IndexedSegment> ReadSegments(string campaignId, string documentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(campaignId);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        return ReadSegments(campaignId, [documentId]);
    }

    /// <summary>
    /// <see cref="ReadSegments(string, string)"/> of several replies of the campaign at once: one search per
    /// <see cref="RepliesPerSearch"/> of them, where a search per reply looked the kind and campaign terms up in every
    /// Lucene segment again for each (most of a campaign's comparison read at 20,000 replies). Each reply's segments in
    /// order, the replies in the order given (an id given twice, once).
    /// </summary>
    public IReadOnlyList<IndexedSegment> ReadSegments(string campaignId, IReadOnlyList<string> documentIds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(campaignId);
        ArgumentNullException.ThrowIfNull(documentIds);
        var wanted = documentIds.Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, List<IndexedSegment>>(StringComparer.Ordinal);
        foreach (var chunk in wanted.Chunk(RepliesPerSearch))
        {
            var anyOf = new BooleanQuery();
            foreach (var id in chunk)
            {
                anyOf.Add(KeywordQuery(SegmentFields.Document, id), Occur.SHOULD);
            }

            var query = new BooleanQuery
            {
                { KindQuery(SegmentFields.SegmentKind), Occur.MUST },
                { KeywordQuery(SegmentFields.Campaign, campaignId), Occur.MUST },
                { anyOf, Occur.MUST },
            };
            var collector = new DocIdCollector();
            _searcher.Search(query, collector);
            foreach (var segment in collector.Ids.Order().Select(id => SegmentRecord.FromLucene(_searcher.Doc(id))))
            {
                (found.TryGetValue(segment.DocumentId, out var list) ? list : found[segment.DocumentId] = []).Add(segment);
            }
        }

        // Ids are matched case-folded; a reply is only the one spelled as indexed.
        return [.. wanted.SelectMany(id => found.TryGetValue(id, out var list) ? list.OrderBy(s => s.Ordinal) : Enumerable.Empty<IndexedSegment>())];
    }

    /// <summary>Replies <see cref="ReadSegments(string, IReadOnlyList{string})"/> reads per search (well within Lucene's 1,024 clauses).</summary>
    internal const int RepliesPerSearch = 512;

    /// <summary>The campaign ids present, sorted.</summary>
    public IReadOnlyList<string> Campaigns() =>
        [.. ListDocuments().Select(d => d.CampaignId).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Releases this holder's reference; the reader closes with the last one.</summary>
    public void Dispose()
    {
        if (Interlocked.Decrement(ref _references) != 0)
        {
            return;
        }

        _reader.Dispose();
        if (_ownsDirectory)
        {
            _directory.Dispose();
        }
    }

    internal static PipelineException Missing(string path) =>
        new(ErrorCode.InvalidInput, path, "no index here yet: run `pipeline ingest` first (or give --index)");

    /// <summary>Opens a view over the directory's last commit that leaves the directory open when it closes (the caller owns it).</summary>
    internal static SegmentIndex OpenShared(string path, IndexAccessPattern access, LuceneDirectory directory) =>
        new(path, access, directory, DirectoryReader.Open(directory), ownsDirectory: false);

    /// <summary>
    /// A view of a newer commit than this one's, sharing the unchanged parts of the index; null when there is none.
    /// Every commit writes a segments file of a higher generation, so the folder's listing says whether one was made:
    /// Lucene reads the newest commit only then (asking it every time maps and checks that file, on every request of a
    /// server). A commit still being written leaves the generation ahead of this view's, so it is asked again next time;
    /// an index deleted and written again up to the same generation has a segments file written at another time, so
    /// Lucene is asked then too (as before, it keeps the readers of segments whose names it knows).
    /// </summary>
    internal SegmentIndex? OpenIfChanged()
    {
        var commit = _commit ??= Commit(_reader.IndexCommit);
        if (SegmentInfos.GetLastCommitGeneration(_directory) == commit.Generation && WrittenAt(commit.FileName) == commit.Written)
        {
            return null;
        }

        return DirectoryReader.OpenIfChanged(_reader) is { } newer ? new SegmentIndex(Path, Access, _directory, newer, ownsDirectory: false) : null;
    }

    private (long Generation, string FileName, DateTime Written) Commit(IndexCommit commit) =>
        (commit.Generation, commit.SegmentsFileName, WrittenAt(commit.SegmentsFileName));

    private DateTime WrittenAt(string fileName) => File.GetLastWriteTimeUtc(System.IO.Path.Combine(Path, fileName));

    /// <summary>One more holder of this view, who must dispose it.</summary>
    internal void AddReference() => Interlocked.Increment(ref _references);

    private IEnumerable<Lucene.Net.Documents.Document> Find(string kind, string? campaignId, string? documentId = null)
    {
        var collector = new DocIdCollector();
        _searcher.Search(RecordsQuery(kind, campaignId, documentId), collector);
        return collector.Ids.Order().Select(_searcher.Doc);
    }

    /// <summary>The records of one kind, of one campaign and document when given (case ignored).</summary>
    private static BooleanQuery RecordsQuery(string kind, string? campaignId, string? documentId = null)
    {
        var query = new BooleanQuery { { KindQuery(kind), Occur.MUST } };
        if (campaignId is not null)
        {
            query.Add(KeywordQuery(SegmentFields.Campaign, campaignId), Occur.MUST);
        }

        if (documentId is not null)
        {
            query.Add(KeywordQuery(SegmentFields.Document, documentId), Occur.MUST);
        }

        return query;
    }

    private static long Deadline(TimeSpan budget) =>
        budget >= TimeSpan.FromDays(1) ? long.MaxValue : Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * Stopwatch.Frequency);

    private static IEnumerable<SearchNotice> TimeNotice(bool complete, SearchLimits limits) => complete
        ? []
        : [new SearchNotice(
            SearchNotice.TimeBudget,
            $"the search stopped after its time limit ({limits.TimeBudget.TotalSeconds:0.###} s): the count, hits and facets cover only part of the index; make the query more specific (fewer wildcard, fuzzy or regex terms)")];

    private IEnumerable<SearchNotice> StaleNotice(SearchQuery query)
    {
        if (!query.IsExpensive || _staleSegments.Value == 0)
        {
            return [];
        }

        var count = _staleSegments.Value;
        return [new SearchNotice(
            SearchNotice.StaleIndex,
            $"{count} {(count == 1 ? "segment was" : "segments were")} indexed by an earlier version of Pipeline, which wildcard, prefix, fuzzy, regex and range terms cannot match: run `pipeline ingest` again to re-index {(count == 1 ? "it" : "them")}")];
    }

    // Segments written before the current field layout lack its fields; counted once per snapshot.
    private int CountStaleSegments() => _searcher.Search(
        new BooleanQuery
        {
            { KindQuery(SegmentFields.SegmentKind), Occur.MUST },
            { new TermQuery(new Term(SegmentFields.Schema, LuceneDocumentExtensions.CurrentSchema)), Occur.MUST_NOT },
        },
        1).TotalHits;

    private SearchHit ToHit(ScoreDoc scoreDoc, SnippetBuilder snippets)
    {
        var segment = SegmentRecord.FromLucene(_searcher.Doc(scoreDoc.Doc));
        // The snippet quotes the answer, where the match was searched, not a restated question above it.
        var (snippet, matches) = snippets.Build(segment.AnswerText, segment.Language);
        return HitOf(segment, scoreDoc.Score, snippet, matches);
    }

    private static SearchHit HitOf(IndexedSegment segment, float score, string snippet, ImmutableArray<MatchSpan> matches) =>
        SearchHits.Of(segment, score, snippet, matches);

    private static BooleanQuery FilterQuery(SearchFilters filters)
    {
        var query = new BooleanQuery
        {
            { KindQuery(SegmentFields.SegmentKind), Occur.MUST },

            // A segment of labels and restated questions answers nothing: it is no hit, and counts in no facet.
            { new TermQuery(new Term(SegmentFields.Structure, "true")), Occur.MUST_NOT },
        };
        foreach (var (field, value) in FilterTerms.Of(filters))
        {
            query.Add(KeywordQuery(field, value), Occur.MUST);
        }

        return query;
    }

    private static TermQuery KindQuery(string kind) => new(new Term(SegmentFields.Kind, kind));

    private static TermQuery KeywordQuery(string field, string value) => new(new Term(field, KeywordValue.Normalise(value)));
}
