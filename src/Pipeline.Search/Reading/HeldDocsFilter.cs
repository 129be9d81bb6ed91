using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Search.Reading;

/// <summary>
/// A filter from a set of top-level doc ids already held in memory (a snapshot keeps its filters' allowed segments): each
/// leaf sees its own stretch of the set, and offers it for random access, so that a keyword search checks its own
/// matches against the set (Lucene's random-access filter strategy) instead of stepping through the filter query's
/// postings beside the query's, as a query wrapped as a filter is.
/// </summary>
internal sealed class HeldDocsFilter(FixedBitSet docs) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs) =>
        new LeafDocs(docs, context.DocBase, context.AtomicReader.MaxDoc, acceptDocs);

    /// <summary>One leaf's docs of the set (leaf-local ids), and of <c>acceptDocs</c> when given (live docs).</summary>
    private sealed class LeafDocs(FixedBitSet docs, int docBase, int maxDoc, IBits? acceptDocs) : DocIdSet, IBits
    {
        public override IBits Bits => this;

        public override bool IsCacheable => true;

        public int Length => maxDoc;

        public bool Get(int index) => docs.Get(docBase + index) && (acceptDocs?.Get(index) ?? true);

        public override DocIdSetIterator GetIterator() => new Iterator(this);

        private int Next(int from)
        {
            for (var doc = from; doc < maxDoc;)
            {
                var next = docBase + doc < docs.Length ? docs.NextSetBit(docBase + doc) : -1;
                if (next < 0 || next - docBase >= maxDoc)
                {
                    return DocIdSetIterator.NO_MORE_DOCS;
                }

                doc = next - docBase;
                if (acceptDocs?.Get(doc) ?? true)
                {
                    return doc;
                }

                doc++;
            }

            return DocIdSetIterator.NO_MORE_DOCS;
        }

        private sealed class Iterator(LeafDocs leaf) : DocIdSetIterator
        {
            private int _doc = -1;

            public override int DocID => _doc;

            public override int NextDoc() => _doc = leaf.Next(_doc + 1);

            public override int Advance(int target) => _doc = leaf.Next(Math.Max(target, _doc + 1));

            public override long GetCost() => leaf.Length;
        }
    }
}
