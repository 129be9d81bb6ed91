using Lucene.Net.Index;
using Lucene.Net.Util;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Semantic;

/// <summary>
/// The passage vectors of one Lucene segment, decoded into one contiguous float array (a doc's vectors side by side),
/// deleted documents included: Lucene segments never change once written, so a block is read once and reused by later
/// snapshots while its segment lives; deletions are applied when searching.
/// </summary>
internal sealed class VectorBlock
{
    private VectorBlock(int dimensions, float[] values, int[] docs, VectorPlace[] places, int[] modelOf, string[] models)
    {
        Dimensions = dimensions;
        Values = values;
        Docs = docs;
        Places = places;
        ModelOf = modelOf;
        Models = models;
    }

    public static VectorBlock Empty { get; } = new(0, [], [], [], [], []);

    public int Dimensions { get; }

    /// <summary>Vector i is Values[i × Dimensions .. (i + 1) × Dimensions].</summary>
    public float[] Values { get; }

    /// <summary>The segment-local doc id of each vector, ascending.</summary>
    public int[] Docs { get; }

    /// <summary>The stretch of its segment's text each vector encodes.</summary>
    public VectorPlace[] Places { get; }

    /// <summary>Index into <see cref="Models"/> of each vector's encoder.</summary>
    public int[] ModelOf { get; }

    public string[] Models { get; }

    public int Count => Docs.Length;

    public static VectorBlock Read(AtomicReader reader)
    {
        var values = reader.GetBinaryDocValues(SegmentFields.Vectors);
        var models = reader.GetSortedDocValues(SegmentFields.VectorModel);
        if (values is null || models is null)
        {
            return Empty;
        }

        var names = Enumerable.Range(0, models.ValueCount).Select(ord =>
        {
            var bytes = new BytesRef();
            models.LookupOrd(ord, bytes);
            return bytes.Utf8ToString();
        }).ToArray();
        // Two passes over the values, counting first, so that a million vectors take their 1.5 GB once, not the
        // doubling copies of a growing list.
        var value = new BytesRef();
        var (dimensions, total) = (0, 0);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (models.GetOrd(doc) >= 0)
            {
                values.Get(doc, value);
                var (length, count) = VectorValue.ReadHeader(value.Bytes.AsSpan(value.Offset, value.Length));
                if (count > 0 && (dimensions == 0 || length == dimensions))
                {
                    (dimensions, total) = (length, total + count);
                }
            }
        }

        if (total == 0)
        {
            return Empty;
        }

        var floats = new float[(long)total * dimensions];
        var docs = new int[total];
        var places = new VectorPlace[total];
        var modelOf = new int[total];
        var next = 0;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var model = models.GetOrd(doc);
            if (model < 0)
            {
                continue;
            }

            values.Get(doc, value);
            var bytes = value.Bytes.AsSpan(value.Offset, value.Length);
            var (length, count) = VectorValue.ReadHeader(bytes);
            if (count == 0 || length != dimensions)
            {
                continue;
            }

            for (var i = 0; i < count; i++, next++)
            {
                places[next] = VectorValue.Read(bytes, dimensions, i, floats.AsSpan(next * dimensions, dimensions));
                docs[next] = doc;
                modelOf[next] = model;
            }
        }

        return new VectorBlock(dimensions, floats, docs, places, modelOf, names);
    }

    public ReadOnlySpan<float> Vector(int i) => Values.AsSpan(i * Dimensions, Dimensions);
}
