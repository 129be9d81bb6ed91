using System.Collections.Immutable;

namespace Pipeline.Workflows.Ingest;

/// <summary>What an ingest run did: counts by action, every file's outcome, what the manifest listed but the folders lacked, what was pruned.</summary>
public sealed record IngestSummary(
    string CampaignId,
    string Index,
    ImmutableArray<IngestedFile> Files,
    ImmutableArray<ManifestEntry> MissingFromManifest,
    ImmutableArray<string> Pruned,
    TimeSpan Elapsed)
{
    public int Added => Files.Count(f => f.Action == IngestAction.Added);

    public int Replaced => Files.Count(f => f.Action == IngestAction.Replaced);

    public int Unchanged => Files.Count(f => f.Action == IngestAction.Unchanged);

    public int Failed => Files.Count(f => f.Action == IngestAction.Failed);

    public int Pages => Files.Sum(f => f.Pages);

    public int Segments => Files.Sum(f => f.Segments);

    /// <summary>Files whose company could not be determined (indexed, but outside every company's row).</summary>
    public ImmutableArray<string> Unattributed => [.. Files.Where(f => f.Action is IngestAction.Added or IngestAction.Replaced && f.Company is null).Select(f => f.Path)];

    /// <summary>True when the run left the index as it was.</summary>
    public bool NothingChanged => Added == 0 && Replaced == 0 && Pruned.IsEmpty;

    /// <summary>Where the failures report was written; null when nothing failed.</summary>
    public string? ReportPath { get; init; }
}
