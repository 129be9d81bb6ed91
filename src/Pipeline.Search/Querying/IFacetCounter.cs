using Lucene.Net.Index;

namespace Pipeline.Search.Querying;

/// <summary>Counts one field's values over the documents collected, reading doc values leaf by leaf.</summary>
internal interface IFacetCounter
{
    void SetReader(AtomicReader reader);

    void Collect(int doc);

    /// <summary>The counts so far, most frequent first, ties by value.</summary>
    IReadOnlyDictionary<string, int> Counts();
}
