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
        var buffer = new List<float>();
        var docs = new List<int>();
        var places = new List<VectorPlace>();
        var modelOf = new List<int>();
        var dimensions = 0;
        var value = new BytesRef();
        var vector = Array.Empty<float>();
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
            if (count == 0 || (dimensions != 0 && length != dimensions))
            {
                continue;
            }

            dimensions = length;
            if (vector.Length != dimensions)
            {
                vector = new float[dimensions];
            }

            for (var i = 0; i < count; i++)
            {
                places.Add(VectorValue.Read(bytes, dimensions, i, vector));
                buffer.AddRange(vector);
                docs.Add(doc);
                modelOf.Add(model);
            }
        }

        return docs.Count == 0 ? Empty : new VectorBlock(dimensions, [.. buffer], [.. docs], [.. places], [.. modelOf], names);
    }

    public ReadOnlySpan<float> Vector(int i) => Values.AsSpan(i * Dimensions, Dimensions);
}
