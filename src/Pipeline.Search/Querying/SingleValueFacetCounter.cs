using Lucene.Net.Index;

namespace Pipeline.Search.Querying;

/// <summary>Counts a field with at most one value per document (sorted doc values): company, topic, status.</summary>
internal sealed class SingleValueFacetCounter(string field) : IFacetCounter
{
    private readonly FacetTally _tally = new();
    private SortedDocValues? _values;
    private int[]? _ordinals;

    public void SetReader(AtomicReader reader, FacetOrdinals? held)
    {
        _values = reader.GetSortedDocValues(field);
        _ordinals = _values is null ? null : held?.Single(field);
        var values = _values;
        _tally.StartLeaf(values?.ValueCount ?? 0, values is null ? null : (ord, bytes) => values.LookupOrd((int)ord, bytes), _ordinals is null ? null : held?.Values(field));
    }

    public void Collect(int doc)
    {
        var ordinal = _ordinals is not null ? _ordinals[doc] : _values?.GetOrd(doc) ?? -1;
        if (ordinal >= 0)
        {
            _tally.Add(ordinal);
        }
    }

    public IReadOnlyDictionary<string, int> Counts() => _tally.Counts();
}
