using Lucene.Net.Index;
using Lucene.Net.Util;
using Pipeline.Search.Codecs;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Semantic;

/// <summary>
/// Reads single stored vectors of one Lucene segment, for one thread: only the vector's own bytes when the segment's
/// vectors are in <see cref="PassageVectorsFormat"/>; for a segment written before it, its doc's whole value, kept while
/// the vectors asked for are of the same doc.
/// </summary>
internal sealed class StoredVectorReader
{
    private readonly BinaryDocValues _values;
    private readonly PassageVectorValues? _parts;
    private readonly int _dimensions;
    private readonly byte[] _vector;
    private readonly BytesRef _whole = new();
    private int _wholeDoc = -1;

    public StoredVectorReader(AtomicReader reader, int dimensions)
    {
        _values = reader.GetBinaryDocValues(SegmentFields.Vectors);
        _parts = _values as PassageVectorValues;
        _dimensions = dimensions;
        _vector = new byte[VectorValue.BytesPerVector(dimensions)];
    }

    /// <summary>
    /// The bytes of vector <paramref name="index"/> of segment-local <paramref name="doc"/> (its place, then its values:
    /// <see cref="VectorValue.PlaceOf"/>, <see cref="VectorValue.CopyValuesOf"/>), valid until the next read.
    /// </summary>
    /// <exception cref="InvalidOperationException">The doc's value has no such vector (the index changed under its snapshot).</exception>
    public ReadOnlySpan<byte> Read(int doc, int index)
    {
        var (offset, length) = (VectorValue.OffsetOf(_dimensions, index), _vector.Length);
        if (_parts is not null)
        {
            return _parts.ReadPart(doc, offset, length, _vector) ? _vector : throw NoSuchVector(doc, index);
        }

        if (doc != _wholeDoc)
        {
            _values.Get(doc, _whole);
            _wholeDoc = doc;
        }

        return offset + length <= _whole.Length ? _whole.Bytes.AsSpan(_whole.Offset + offset, length) : throw NoSuchVector(doc, index);
    }

    private static InvalidOperationException NoSuchVector(int doc, int index) =>
        new($"doc {doc} has no stored vector {index}: the index segment does not match its vector snapshot");
}
