using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Pipeline.Search.Codecs;

/// <summary>Writes <see cref="PassageVectorsFormat"/>'s files for one Lucene segment; binary doc values only.</summary>
internal sealed class PassageVectorsWriter : DocValuesConsumer
{
    private readonly IndexOutput _data;
    private readonly IndexOutput _meta;

    public PassageVectorsWriter(SegmentWriteState state)
    {
        var dataName = IndexFileNames.SegmentFileName(state.SegmentInfo.Name, state.SegmentSuffix, PassageVectorsFormat.DataExtension);
        var metaName = IndexFileNames.SegmentFileName(state.SegmentInfo.Name, state.SegmentSuffix, PassageVectorsFormat.MetaExtension);
        _data = state.Directory.CreateOutput(dataName, state.Context);
        try
        {
            _meta = state.Directory.CreateOutput(metaName, state.Context);
            CodecUtil.WriteHeader(_data, PassageVectorsFormat.DataCodec, PassageVectorsFormat.Version);
            CodecUtil.WriteHeader(_meta, PassageVectorsFormat.MetaCodec, PassageVectorsFormat.Version);
        }
        catch
        {
            IOUtils.DisposeWhileHandlingException(_data, _meta);
            throw;
        }
    }

    /// <summary>The values one after another (a missing value is empty), then where each starts and the end, eight bytes each.</summary>
    public override void AddBinaryField(FieldInfo field, IEnumerable<BytesRef> values)
    {
        var valuesAt = _data.Position;
        var starts = new List<long>();
        foreach (var value in values)
        {
            starts.Add(_data.Position - valuesAt);
            if (value is not null)
            {
                _data.WriteBytes(value.Bytes, value.Offset, value.Length);
            }
        }

        var startsAt = _data.Position;
        starts.Add(startsAt - valuesAt);
        foreach (var start in starts)
        {
            _data.WriteInt64(start);
        }

        _meta.WriteVInt32(field.Number);
        _meta.WriteVInt64(valuesAt);
        _meta.WriteVInt64(startsAt);
        _meta.WriteVInt32(starts.Count - 1);
    }

    public override void AddNumericField(FieldInfo field, IEnumerable<long?> values) => throw Unsupported(field);

    public override void AddSortedField(FieldInfo field, IEnumerable<BytesRef> values, IEnumerable<long?> docToOrd) => throw Unsupported(field);

    public override void AddSortedSetField(FieldInfo field, IEnumerable<BytesRef> values, IEnumerable<long?> docToOrdCount, IEnumerable<long?> ords) => throw Unsupported(field);

    internal static NotSupportedException Unsupported(FieldInfo field) =>
        new($"field '{field.Name}': {PassageVectorsFormat.FormatName} holds binary doc values only");

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        var success = false;
        try
        {
            _meta.WriteVInt32(-1);
            CodecUtil.WriteFooter(_meta);
            CodecUtil.WriteFooter(_data);
            success = true;
        }
        finally
        {
            if (success)
            {
                IOUtils.Dispose(_data, _meta);
            }
            else
            {
                IOUtils.DisposeWhileHandlingException(_data, _meta);
            }
        }
    }
}
