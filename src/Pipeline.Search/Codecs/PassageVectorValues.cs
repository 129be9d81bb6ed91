using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Pipeline.Search.Codecs;

/// <summary>
/// One field's values in <see cref="PassageVectorsFormat"/>, for one thread (it moves its own input): a doc's whole
/// value, or a part of it read into the caller's buffer.
/// </summary>
internal sealed class PassageVectorValues : BinaryDocValues
{
    private readonly IndexInput _data;
    private readonly PassageVectorsEntry _entry;

    public PassageVectorValues(IndexInput data, PassageVectorsEntry entry) => (_data, _entry) = (data, entry);

    /// <summary>Docs in the field's Lucene segment.</summary>
    public int Count => _entry.Count;

    /// <summary>
    /// Doc <paramref name="docID"/>'s value (empty when it has none). Reuses <paramref name="result"/>'s array when it is
    /// long enough, so a caller keeping a value must copy it (Lucene's own format gives a new array each time).
    /// </summary>
    public override void Get(int docID, BytesRef result)
    {
        var (start, length) = Extent(docID);
        if (result.Bytes.Length < length)
        {
            result.Bytes = new byte[length];
        }

        result.Offset = 0;
        result.Length = length;
        _data.Seek(_entry.ValuesAt + start);
        _data.ReadBytes(result.Bytes, 0, length);
    }

    /// <summary>The length of doc <paramref name="docID"/>'s value.</summary>
    public int LengthOf(int docID) => Extent(docID).Length;

    /// <summary>
    /// Reads <paramref name="count"/> bytes of doc <paramref name="docID"/>'s value from <paramref name="offset"/> into
    /// <paramref name="target"/>; false, reading nothing, when the value is shorter.
    /// </summary>
    public bool ReadPart(int docID, int offset, int count, byte[] target)
    {
        var (start, length) = Extent(docID);
        if (offset < 0 || count < 0 || offset > length - count || count > target.Length)
        {
            return false;
        }

        _data.Seek(_entry.ValuesAt + start + offset);
        _data.ReadBytes(target, 0, count);
        return true;
    }

    private (long Start, int Length) Extent(int docID)
    {
        if ((uint)docID >= (uint)_entry.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(docID), docID, $"not a doc of this segment (0 to {_entry.Count - 1})");
        }

        _data.Seek(_entry.StartsAt + (8L * docID));
        var start = _data.ReadInt64();
        return (start, checked((int)(_data.ReadInt64() - start)));
    }
}
