using Lucene.Net.Index;

namespace Pipeline.Search.Querying;

/// <summary>
/// The facet fields' ordinals of one Lucene segment, held in memory (4 bytes a doc a field, plus the questions'), so that
/// counting the facets of a search's matches reads arrays rather than Lucene's packed doc values in the mapped index —
/// which every match of every search asks five times. Read once per segment (<see cref="Reading.LeafCache{T}"/>).
/// </summary>
internal sealed class FacetOrdinals
{
    private readonly Dictionary<string, int[]> _single = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MultiOrdinals> _multi = new(StringComparer.Ordinal);

    /// <summary>Each doc's ordinal of a single-valued field (−1 when it has none); null when the segment lacks the field.</summary>
    public int[]? Single(string field) => _single.GetValueOrDefault(field);

    /// <summary>Each doc's ordinals of a multi-valued field; null when the segment lacks the field.</summary>
    public MultiOrdinals? Multi(string field) => _multi.GetValueOrDefault(field);

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
            }
        }

        foreach (var field in multiFields)
        {
            if (reader.GetSortedSetDocValues(field) is { } values)
            {
                read._multi[field] = MultiOrdinals.Read(values, reader.MaxDoc);
            }
        }

        return read;
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
