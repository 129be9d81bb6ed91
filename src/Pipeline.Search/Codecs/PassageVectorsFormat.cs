using Lucene.Net.Codecs;
using Lucene.Net.Index;

namespace Pipeline.Search.Codecs;

/// <summary>
/// The doc-values format of <see cref="Schema.SegmentFields.Vectors"/>: each doc's bytes as written, one after another,
/// then each doc's start as a fixed eight-byte number, so that a reader can read part of a value — the one vector a
/// search compares — straight from the mapped file (<see cref="PassageVectorValues.ReadPart"/>). Lucene's own binary
/// format reads a doc's whole value into a new array on every read: for a search that compares a few thousand
/// candidates, ~20 MB copied and allocated to use one vector of each ~7.5.
/// </summary>
/// <remarks>
/// Files per Lucene segment: <c>.pvd</c> (values, then each field's starts) and <c>.pvm</c> (per field: number, where its
/// values and starts begin, how many docs), each with a codec header and a checksum footer. Segments written before this
/// format keep Lucene's; the name stored with each field tells a reader which one to use.
/// </remarks>
[DocValuesFormatName(FormatName)]
internal sealed class PassageVectorsFormat : DocValuesFormat
{
    public const string FormatName = "PipelineVectors";

    internal const string DataCodec = "PipelineVectorsData";
    internal const string MetaCodec = "PipelineVectorsMeta";
    internal const string DataExtension = "pvd";
    internal const string MetaExtension = "pvm";
    internal const int Version = 1;

    public override DocValuesConsumer FieldsConsumer(SegmentWriteState state) => new PassageVectorsWriter(state);

    public override DocValuesProducer FieldsProducer(SegmentReadState state) => new PassageVectorsReader(state);
}
