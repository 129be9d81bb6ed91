using Lucene.Net.Util;

namespace Pipeline.Search.Querying;

/// <summary>Per-leaf counts by ordinal, turned into value counts when the leaf is done: ordinals are only meaningful within their leaf.</summary>
internal sealed class FacetTally
{
    private readonly Dictionary<string, int> _totals = new(StringComparer.Ordinal);
    private int[] _byOrdinal = [];
    private Action<long, BytesRef>? _lookup;
    private string[]? _values;

    /// <summary>
    /// Closes the previous leaf and starts counting a new one with <paramref name="valueCount"/> ordinals, whose values
    /// are <paramref name="values"/> when held in memory, else looked up with <paramref name="lookup"/>.
    /// </summary>
    public void StartLeaf(long valueCount, Action<long, BytesRef>? lookup, string[]? values = null)
    {
        FlushLeaf();
        _byOrdinal = lookup is null ? [] : new int[valueCount];
        _lookup = lookup;
        _values = values;
    }

    public void Add(long ordinal) => _byOrdinal[ordinal]++;

    public IReadOnlyDictionary<string, int> Counts()
    {
        FlushLeaf();
        var ordered = new OrderedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (value, count) in _totals.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            ordered.Add(value, count);
        }

        return ordered;
    }

    private void FlushLeaf()
    {
        if (_lookup is null)
        {
            return;
        }

        var bytes = new BytesRef();
        for (var ordinal = 0; ordinal < _byOrdinal.Length; ordinal++)
        {
            if (_byOrdinal[ordinal] == 0)
            {
                continue;
            }

            var value = _values?[ordinal] ?? Decode(ordinal, bytes);
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_totals, value, out _) += _byOrdinal[ordinal];
        }

        _lookup = null;
        _values = null;
        _byOrdinal = [];
    }

    private string Decode(int ordinal, BytesRef bytes)
    {
        _lookup!(ordinal, bytes);
        return bytes.Utf8ToString();
    }
}
