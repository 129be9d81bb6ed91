using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Search.Reading;

/// <summary>Marks the top-level id of every matching document in a bit set, without scoring.</summary>
internal sealed class BitSetCollector(int maxDoc) : ICollector
{
    private int _docBase;

    public FixedBitSet Bits { get; } = new(Math.Max(1, maxDoc));

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc) => Bits.Set(_docBase + doc);
}
