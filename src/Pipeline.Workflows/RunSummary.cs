using System.Collections.Immutable;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Workflows;

/// <summary>What the main job did: the ingest, and the files it wrote.</summary>
public sealed record RunSummary(IngestSummary Ingest, ImmutableArray<string> Outputs);
