using System.Collections.Immutable;

namespace Pipeline.Workflows.Archive;

/// <summary>What <c>pipeline run --all</c> did: each campaign's run, then the files written for the archive as a whole.</summary>
/// <param name="Campaigns">Each campaign's ingest and outputs, in the order run.</param>
/// <param name="ArchiveOutputs">What changed between linked campaigns (HTML, XLSX) and the archive's reused text (HTML).</param>
public sealed record ArchiveRunSummary(ImmutableArray<RunSummary> Campaigns, ImmutableArray<string> ArchiveOutputs);
