using Lucene.Net.Index;

namespace Pipeline.Search.Querying;

/// <summary>Counts one field's values over the documents collected, leaf by leaf: from the ordinals held in memory when given, else from the doc values.</summary>
internal interface IFacetCounter
{
    void SetReader(AtomicReader reader, FacetOrdinals? held);

    void Collect(int doc);

    /// <summary>The counts so far, most frequent first, ties by value.</summary>
    IReadOnlyDictionary<string, int> Counts();
}
