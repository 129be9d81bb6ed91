using Lucene.Net.Index;
using Lucene.Net.Util;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Semantic;

/// <summary>
/// The passage vectors of one Lucene segment as held in memory: each vector's signs (<see cref="SignBits"/>: 48 bytes
/// for 384 dimensions, against 1,536 for its floats), its doc and its model, deleted documents included. The values
/// stay in the index's doc values, read for the few vectors a search compares exactly. Lucene segments never change
/// once written, so a block is read once and reused by later snapshots while its segment lives; deletions are applied
/// when searching.
/// </summary>
internal sealed class VectorBlock
{
    private VectorBlock(int dimensions, ulong[] signs, int[] docs, ushort[] modelOf, string[] models, int[] starts)
    {
        Starts = starts;
        Dimensions = dimensions;
        Words = SignBits.Words(dimensions);
        Signs = signs;
        Docs = docs;
        ModelOf = modelOf;
        Models = models;
    }

    public static VectorBlock Empty { get; } = new(0, [], [], [], [], [0]);

    public int Dimensions { get; }

    /// <summary>Words of <see cref="Signs"/> per vector.</summary>
    public int Words { get; }

    /// <summary>Vector i's sign bits are Signs[i × Words .. (i + 1) × Words].</summary>
    public ulong[] Signs { get; }

    /// <summary>The segment-local doc id of each vector, ascending; a doc's vectors are consecutive, in their stored order.</summary>
    public int[] Docs { get; }

    /// <summary>Index into <see cref="Models"/> of each vector's encoder.</summary>
    public ushort[] ModelOf { get; }

    public string[] Models { get; }

    public int Count => Docs.Length;

    /// <summary>Doc d's vectors are Starts[d] .. Starts[d + 1] − 1 (none when equal); MaxDoc + 1 long (1 for an empty block).</summary>
    public int[] Starts { get; }

    /// <summary>Segment-local docs covered by <see cref="Starts"/>.</summary>
    public int MaxDoc => Starts.Length - 1;

    public ReadOnlySpan<ulong> SignsOf(int i) => Signs.AsSpan(i * Words, Words);

    /// <summary>The index of the first vector of the doc that vector <paramref name="i"/> belongs to.</summary>
    public int FirstOfDoc(int i) => Starts[Docs[i]];

    /// <summary>The index of the first vector of segment-local doc <paramref name="doc"/>, or −1 when it has none here.</summary>
    public int FirstOf(int doc) => doc >= 0 && doc < MaxDoc && Starts[doc] < Starts[doc + 1] ? Starts[doc] : -1;

    public static VectorBlock Read(AtomicReader reader)
    {
        var values = reader.GetBinaryDocValues(SegmentFields.Vectors);
        var models = reader.GetSortedDocValues(SegmentFields.VectorModel);
        if (values is null || models is null || models.ValueCount > ushort.MaxValue)
        {
            return Empty;
        }

        var names = Enumerable.Range(0, models.ValueCount).Select(ord =>
        {
            var bytes = new BytesRef();
            models.LookupOrd(ord, bytes);
            return bytes.Utf8ToString();
        }).ToArray();
        // Two passes over the values, counting first, so that millions of vectors take their memory once, not the
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

        var words = SignBits.Words(dimensions);
        var signs = new ulong[(long)total * words];
        var docs = new int[total];
        var modelOf = new ushort[total];
        var starts = new int[reader.MaxDoc + 1];
        var next = 0;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = next;
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
                VectorValue.CopySigns(bytes, dimensions, i, signs.AsSpan(next * words, words));
                docs[next] = doc;
                modelOf[next] = (ushort)model;
            }
        }

        starts[reader.MaxDoc] = next;
        return new VectorBlock(dimensions, signs, docs, modelOf, names, starts);
    }
}
