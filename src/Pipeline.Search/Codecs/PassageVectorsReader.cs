using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Pipeline.Search.Codecs;

/// <summary>Reads <see cref="PassageVectorsFormat"/>'s files of one Lucene segment; the data file stays open (mapped when the directory maps).</summary>
internal sealed class PassageVectorsReader : DocValuesProducer
{
    private readonly IndexInput _data;
    private readonly Dictionary<int, PassageVectorsEntry> _fields = [];
    private readonly Dictionary<int, IBits> _docsWithField = [];

    public PassageVectorsReader(SegmentReadState state)
    {
        var metaName = IndexFileNames.SegmentFileName(state.SegmentInfo.Name, state.SegmentSuffix, PassageVectorsFormat.MetaExtension);
        using (var meta = state.Directory.OpenChecksumInput(metaName, state.Context))
        {
            CodecUtil.CheckHeader(meta, PassageVectorsFormat.MetaCodec, PassageVectorsFormat.Version, PassageVectorsFormat.Version);
            for (var field = meta.ReadVInt32(); field != -1; field = meta.ReadVInt32())
            {
                _fields[field] = new PassageVectorsEntry(meta.ReadVInt64(), meta.ReadVInt64(), meta.ReadVInt32());
            }

            CodecUtil.CheckFooter(meta);
        }

        var dataName = IndexFileNames.SegmentFileName(state.SegmentInfo.Name, state.SegmentSuffix, PassageVectorsFormat.DataExtension);
        _data = state.Directory.OpenInput(dataName, state.Context);
        try
        {
            CodecUtil.CheckHeader(_data, PassageVectorsFormat.DataCodec, PassageVectorsFormat.Version, PassageVectorsFormat.Version);
            CodecUtil.RetrieveChecksum(_data);
        }
        catch
        {
            IOUtils.DisposeWhileHandlingException(_data);
            throw;
        }
    }

    /// <summary>A reader of its own (a clone of the file's input): Lucene asks once per thread.</summary>
    public override BinaryDocValues GetBinary(FieldInfo field) => new PassageVectorValues((IndexInput)_data.Clone(), Entry(field));

    /// <summary>The docs whose value is not empty (a missing value is written empty); read once per field, for merges and checks.</summary>
    public override IBits GetDocsWithField(FieldInfo field)
    {
        lock (_docsWithField)
        {
            if (!_docsWithField.TryGetValue(field.Number, out var bits))
            {
                var values = (PassageVectorValues)GetBinary(field);
                var set = new FixedBitSet(values.Count);
                for (var doc = 0; doc < values.Count; doc++)
                {
                    if (values.LengthOf(doc) > 0)
                    {
                        set.Set(doc);
                    }
                }

                _docsWithField[field.Number] = bits = set;
            }

            return bits;
        }
    }

    public override NumericDocValues GetNumeric(FieldInfo field) => throw PassageVectorsWriter.Unsupported(field);

    public override SortedDocValues GetSorted(FieldInfo field) => throw PassageVectorsWriter.Unsupported(field);

    public override SortedSetDocValues GetSortedSet(FieldInfo field) => throw PassageVectorsWriter.Unsupported(field);

    public override long RamBytesUsed() => RamUsageEstimator.ShallowSizeOf(this) + (_fields.Count * 64L);

    public override void CheckIntegrity() => CodecUtil.ChecksumEntireFile(_data);

    private PassageVectorsEntry Entry(FieldInfo field) =>
        _fields.TryGetValue(field.Number, out var entry)
            ? entry
            : throw new CorruptIndexException($"field '{field.Name}' has no entry in {PassageVectorsFormat.FormatName}'s meta file ({_data})");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _data.Dispose();
        }
    }
}

/// <summary>Where one field's values and their starts lie in the data file, and how many docs it has.</summary>
internal readonly record struct PassageVectorsEntry(long ValuesAt, long StartsAt, int Count);
