using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Pipeline.Core.Documents;

namespace Pipeline.Search.Indexing;

/// <summary>The document-level record of one indexed reply: what <c>pipeline documents</c> lists (JSON keys campaign, document, source, segments, file as in the index fields).</summary>
/// <param name="CampaignId">The campaign the reply was ingested for; the same file may be indexed under several.</param>
/// <param name="DocumentId">SHA-256 of the file's bytes: the content hash that makes re-ingesting an unchanged file a no-op.</param>
/// <param name="SourcePath">Full path of the file when ingested: with the campaign, the reply's identity in the index.</param>
/// <param name="Company">The company the reply is from; null when undetermined.</param>
/// <param name="Format">The format it was read as.</param>
/// <param name="Pages">Page count; 0 where the format has none.</param>
/// <param name="Language">Main language (ISO 639-1).</param>
/// <param name="SegmentCount">Segments indexed for it.</param>
/// <param name="Warnings">What went wrong without stopping extraction and segmentation.</param>
/// <param name="IngestedAt">When it was indexed.</param>
public sealed record IndexedDocument(
    [property: JsonPropertyName("campaign")] string CampaignId,
    [property: JsonPropertyName("document")] string DocumentId,
    [property: JsonPropertyName("source")] string SourcePath,
    string? Company,
    SourceFormat Format,
    int Pages,
    string Language,
    [property: JsonPropertyName("segments")] int SegmentCount,
    ImmutableArray<Diagnostic> Warnings,
    DateTimeOffset IngestedAt)
{
    /// <summary>
    /// What produced this record (a stamp of the program build, the topic model, the campaign definition and the
    /// extraction settings; empty when unknown). A file whose content is unchanged is re-processed when its stamp
    /// differs, so a retrained model or an edited campaign reaches replies already indexed.
    /// </summary>
    [JsonIgnore]
    public string Processing { get; init; } = string.Empty;

    /// <summary>The field layout the record was written with (<see cref="Schema.IndexSchema.Version"/> for a new one); an older one is re-indexed by the next ingest.</summary>
    [JsonIgnore]
    internal int SchemaVersion { get; init; } = Schema.IndexSchema.Version;

    /// <summary>File name without folders, for display.</summary>
    [JsonPropertyName("file")]
    public string FileName => Path.GetFileName(SourcePath);
}
