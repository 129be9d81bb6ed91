using Lucene.Net.Index;

namespace Pipeline.Search.Querying;

/// <summary>Counts a field with several values per document (sorted-set doc values): question ids.</summary>
internal sealed class MultiValueFacetCounter(string field) : IFacetCounter
{
    private readonly FacetTally _tally = new();
    private SortedSetDocValues? _values;
    private MultiOrdinals? _ordinals;

    public void SetReader(AtomicReader reader, FacetOrdinals? held)
    {
        _values = reader.GetSortedSetDocValues(field);
        _ordinals = _values is null ? null : held?.Multi(field);
        var values = _values;
        _tally.StartLeaf(values?.ValueCount ?? 0, values is null ? null : values.LookupOrd, _ordinals is null ? null : held?.Values(field));
    }

    public void Collect(int doc)
    {
        if (_ordinals is { } held)
        {
            for (var i = held.Starts[doc]; i < held.Starts[doc + 1]; i++)
            {
                _tally.Add(held.Ordinals[i]);
            }

            return;
        }

        if (_values is null)
        {
            return;
        }

        _values.SetDocument(doc);
        for (var ordinal = _values.NextOrd(); ordinal != SortedSetDocValues.NO_MORE_ORDS; ordinal = _values.NextOrd())
        {
            _tally.Add(ordinal);
        }
    }

    public IReadOnlyDictionary<string, int> Counts() => _tally.Counts();
}
