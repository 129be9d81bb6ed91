using System.Collections.Immutable;

namespace Pipeline.Export.OpenSearch;

/// <summary>What <see cref="FileExporter.Write"/> wrote.</summary>
/// <param name="Directory">The export folder, full path.</param>
/// <param name="Template">The index template's file name in it.</param>
/// <param name="Chunks">The bulk files, in order.</param>
public sealed record FileExportSummary(string Directory, string Template, ImmutableArray<ExportedChunk> Chunks)
{
    public int Segments => Chunks.Sum(c => c.Segments);

    public long Bytes => Chunks.Sum(c => c.Bytes);
}
