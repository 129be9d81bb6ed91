using Lucene.Net.Index;

namespace Pipeline.Search.Querying;

/// <summary>
/// The facet fields' ordinals of one Lucene segment, held in memory (4 bytes a doc a field, plus the questions'), so that
/// counting the facets of a search's matches reads arrays rather than Lucene's packed doc values in the mapped index —
/// which every match of every search asks five times — and each field's values by ordinal, so that turning a search's
/// counts into values neither looks them up in the doc values nor decodes them again. Read once per segment
/// (<see cref="Reading.LeafCache{T}"/>).
/// </summary>
internal sealed class FacetOrdinals
{
    private readonly Dictionary<string, int[]> _single = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MultiOrdinals> _multi = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _values = new(StringComparer.Ordinal);

    /// <summary>Each doc's ordinal of a single-valued field (−1 when it has none); null when the segment lacks the field.</summary>
    public int[]? Single(string field) => _single.GetValueOrDefault(field);

    /// <summary>Each doc's ordinals of a multi-valued field; null when the segment lacks the field.</summary>
    public MultiOrdinals? Multi(string field) => _multi.GetValueOrDefault(field);

    /// <summary>A field's values by ordinal (a facet field has a few hundred at most); null when the segment lacks the field.</summary>
    public string[]? Values(string field) => _values.GetValueOrDefault(field);

    public static FacetOrdinals Read(AtomicReader reader, IEnumerable<string> singleFields, IEnumerable<string> multiFields)
    {
        var read = new FacetOrdinals();
        foreach (var field in singleFields)
        {
            if (reader.GetSortedDocValues(field) is { } values)
            {
                var ordinals = new int[reader.MaxDoc];
                for (var doc = 0; doc < ordinals.Length; doc++)
                {
                    ordinals[doc] = values.GetOrd(doc);
                }

                read._single[field] = ordinals;
                read._values[field] = ValuesOf(values.ValueCount, values.LookupOrd);
            }
        }

        foreach (var field in multiFields)
        {
            if (reader.GetSortedSetDocValues(field) is { } values)
            {
                read._multi[field] = MultiOrdinals.Read(values, reader.MaxDoc);
                read._values[field] = ValuesOf(checked((int)values.ValueCount), (ordinal, bytes) => values.LookupOrd(ordinal, bytes));
            }
        }

        return read;
    }

    private static string[] ValuesOf(int count, Action<int, Lucene.Net.Util.BytesRef> lookup)
    {
        var values = new string[count];
        var bytes = new Lucene.Net.Util.BytesRef();
        for (var ordinal = 0; ordinal < count; ordinal++)
        {
            lookup(ordinal, bytes);
            values[ordinal] = bytes.Utf8ToString();
        }

        return values;
    }
}

/// <summary>Doc d's ordinals are Ordinals[Starts[d] .. Starts[d + 1] − 1], in the order Lucene gives them (ascending).</summary>
internal sealed record MultiOrdinals(int[] Starts, int[] Ordinals)
{
    public static MultiOrdinals Read(SortedSetDocValues values, int maxDoc)
    {
        var starts = new int[maxDoc + 1];
        var ordinals = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            values.SetDocument(doc);
            for (var ordinal = values.NextOrd(); ordinal != SortedSetDocValues.NO_MORE_ORDS; ordinal = values.NextOrd())
            {
                ordinals.Add(checked((int)ordinal));
            }
        }

        starts[maxDoc] = ordinals.Count;
        return new MultiOrdinals(starts, [.. ordinals]);
    }
}
