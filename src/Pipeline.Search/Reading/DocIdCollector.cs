using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Search.Reading;

/// <summary>Collects the top-level ids of every matching document, in index order, without scoring.</summary>
internal sealed class DocIdCollector : ICollector
{
    private int _docBase;

    public List<int> Ids { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc) => Ids.Add(_docBase + doc);
}
