using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene46;
using Pipeline.Search.Schema;

namespace Pipeline.Search.Codecs;

/// <summary>
/// Lucene's codec with <see cref="PassageVectorsFormat"/> for the vectors field. It keeps Lucene's codec name: each field
/// records its own doc-values format, so an index written before or after reads with Lucene's default codec once
/// <see cref="Register"/> has made the vectors format known by name.
/// </summary>
internal sealed class PipelineCodec : Lucene46Codec
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        DocValuesFormat.SetDocValuesFormatFactory(new DefaultDocValuesFormatFactory { CustomDocValuesFormatTypes = [typeof(PassageVectorsFormat)] });
        return true;
    });

    private readonly PassageVectorsFormat _vectors = new();

    /// <summary>Makes <see cref="PassageVectorsFormat"/> known to Lucene by name; to call before an index is opened (once is enough; later calls do nothing).</summary>
    public static void Register() => _ = Registered.Value;

    public override DocValuesFormat GetDocValuesFormatForField(string field) =>
        field == SegmentFields.Vectors ? _vectors : base.GetDocValuesFormatForField(field);
}
