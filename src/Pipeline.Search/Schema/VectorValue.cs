using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using Pipeline.Search.Indexing;

namespace Pipeline.Search.Schema;

/// <summary>
/// The bytes of a segment's <see cref="SegmentFields.Vectors"/> doc value: format byte 1, dimensions (uint16),
/// vector count (uint16), then per vector its paragraph (uint16), start and length in the paragraph (int32 each) and
/// its values as IEEE half floats, little-endian.
/// </summary>
/// <remarks>
/// Half precision halves the index's size and keeps cosine similarity within ~1e-3 of fp32's (a unit vector's values
/// are small, where half floats are dense). A snapshot keeps only each vector's signs in memory and turns the values of
/// the few vectors a search compares exactly back into floats then (<see cref="Semantic.VectorSnapshot"/>).
/// </remarks>
internal static class VectorValue
{
    public const byte Format = 1;

    private const int HeaderBytes = 5;

    private const int PlaceBytes = 10;

    public static byte[] Encode(ImmutableArray<PassageVector> vectors)
    {
        var dimensions = vectors[0].Values.Length;
        if (vectors.Any(v => v.Values.Length != dimensions))
        {
            throw new ArgumentException("every passage vector of a segment must have the same length", nameof(vectors));
        }

        var bytes = new byte[HeaderBytes + (vectors.Length * (PlaceBytes + (2 * dimensions)))];
        bytes[0] = Format;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(1), checked((ushort)dimensions));
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(3), checked((ushort)vectors.Length));
        var at = HeaderBytes;
        foreach (var vector in vectors)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), checked((ushort)vector.Paragraph));
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at + 2), vector.Start);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at + 6), vector.Length);
            at += PlaceBytes;
            foreach (var value in vector.Values)
            {
                BinaryPrimitives.WriteHalfLittleEndian(bytes.AsSpan(at), (Half)value);
                at += 2;
            }
        }

        return bytes;
    }

    /// <summary>Reads a value written by <see cref="Encode"/>: the dimensions and count, or (0, 0) when the bytes are not in this format.</summary>
    public static (int Dimensions, int Count) ReadHeader(ReadOnlySpan<byte> bytes) =>
        bytes.Length < HeaderBytes || bytes[0] != Format
            ? (0, 0)
            : (BinaryPrimitives.ReadUInt16LittleEndian(bytes[1..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[3..]));

    /// <summary>Copies vector <paramref name="index"/> into <paramref name="target"/> (its dimensions long) and returns where in its segment it lies.</summary>
    public static VectorPlace Read(ReadOnlySpan<byte> bytes, int dimensions, int index, Span<float> target)
    {
        CopyValues(bytes, dimensions, index, target);
        return Place(bytes, dimensions, index);
    }

    /// <summary>Where in its segment vector <paramref name="index"/> lies.</summary>
    public static VectorPlace Place(ReadOnlySpan<byte> bytes, int dimensions, int index) =>
        PlaceOf(bytes.Slice(OffsetOf(dimensions, index), BytesPerVector(dimensions)));

    /// <summary>Copies the values of vector <paramref name="index"/> into <paramref name="target"/> (its dimensions long).</summary>
    public static void CopyValues(ReadOnlySpan<byte> bytes, int dimensions, int index, Span<float> target) =>
        CopyValuesOf(bytes.Slice(OffsetOf(dimensions, index), BytesPerVector(dimensions)), dimensions, target);

    /// <summary>Where vector <paramref name="index"/>'s bytes (its place, then its values) begin in a value.</summary>
    public static int OffsetOf(int dimensions, int index) => HeaderBytes + (index * BytesPerVector(dimensions));

    /// <summary>The bytes of one vector in a value: its place and its values.</summary>
    public static int BytesPerVector(int dimensions) => PlaceBytes + (2 * dimensions);

    /// <summary>Where in its segment a vector lies, from its own bytes (<see cref="BytesPerVector"/> of them, from <see cref="OffsetOf"/>).</summary>
    public static VectorPlace PlaceOf(ReadOnlySpan<byte> vector) => new(
        BinaryPrimitives.ReadUInt16LittleEndian(vector),
        BinaryPrimitives.ReadInt32LittleEndian(vector[2..]),
        BinaryPrimitives.ReadInt32LittleEndian(vector[6..]));

    /// <summary>Copies a vector's values, from its own bytes, into <paramref name="target"/> (its dimensions long).</summary>
    public static void CopyValuesOf(ReadOnlySpan<byte> vector, int dimensions, Span<float> target)
    {
        var values = vector.Slice(PlaceBytes, 2 * dimensions);
        if (BitConverter.IsLittleEndian)
        {
            TensorPrimitives.ConvertToSingle(MemoryMarshal.Cast<byte, Half>(values), target[..dimensions]);
            return;
        }

        for (var i = 0; i < dimensions; i++)
        {
            target[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(values[(2 * i)..]);
        }
    }

    /// <summary>
    /// The signs of vector <paramref name="index"/>'s values as bits (bit d of word d / 64 set when value d is not
    /// negative), read from the half floats' sign bits without decoding them: see <see cref="SignBits.Of"/>.
    /// </summary>
    public static void CopySigns(ReadOnlySpan<byte> bytes, int dimensions, int index, Span<ulong> target)
    {
        var values = bytes.Slice(OffsetOf(dimensions, index) + PlaceBytes, 2 * dimensions);
        target.Clear();
        for (var d = 0; d < dimensions; d++)
        {
            // The high byte of a little-endian half holds its sign bit.
            if ((values[(2 * d) + 1] & 0x80) == 0)
            {
                target[d >> 6] |= 1UL << (d & 63);
            }
        }
    }
}
