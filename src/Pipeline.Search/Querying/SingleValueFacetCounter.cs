using Lucene.Net.Index;

namespace Pipeline.Search.Querying;

/// <summary>Counts a field with at most one value per document (sorted doc values): company, topic, status.</summary>
internal sealed class SingleValueFacetCounter(string field) : IFacetCounter
{
    private readonly FacetTally _tally = new();
    private SortedDocValues? _values;

    public void SetReader(AtomicReader reader)
    {
        _values = reader.GetSortedDocValues(field);
        var values = _values;
        _tally.StartLeaf(values?.ValueCount ?? 0, values is null ? null : (ord, bytes) => values.LookupOrd((int)ord, bytes));
    }

    public void Collect(int doc)
    {
        var ordinal = _values?.GetOrd(doc) ?? -1;
        if (ordinal >= 0)
        {
            _tally.Add(ordinal);
        }
    }

    public IReadOnlyDictionary<string, int> Counts() => _tally.Counts();
}
