using Pipeline.Search.Indexing;
using Pipeline.Search.Querying;
using Pipeline.Search.Reading;

namespace Pipeline.SearchBenchmarks;

/// <summary>The Pipeline.Search library exactly as the CLI uses it: <see cref="SegmentIndexWriter"/> to load, <see cref="SegmentIndex.Search"/> to query.</summary>
internal sealed class LuceneEngine(string folder, int commitEvery) : IEngine
{
    private List<IndexedReply> _replies = [];
    private SegmentIndex? _index;

    public string Name => "Lucene.Net (Pipeline.Search)";

    public void Prepare(IReadOnlyList<SeedSegment> segments) => _replies = ReplyBuilder.Build(segments, "/bench");

    public int Load()
    {
        using (var writer = SegmentIndexWriter.Open(folder, new SegmentIndexWriterOptions { CommitEvery = commitEvery }))
        {
            foreach (var reply in _replies)
            {
                writer.Index(reply);
            }

            writer.Commit();
        }

        _index = SegmentIndex.Open(folder);
        return _index.SegmentCount;
    }

    public bool Supports(BenchQuery query) => true;

    public int Search(BenchQuery query)
    {
        var parsed = SearchQueryParser.Parse(query.Lucene);
        if (!parsed.IsSuccess)
        {
            throw new InvalidOperationException($"query '{query.Name}': {parsed.Error.Describe()}");
        }

        return _index!.Search(parsed.Query, new SearchFilters { Company = query.Company }, limit: 10).Total;
    }

    public void Dispose() => _index?.Dispose();
}
