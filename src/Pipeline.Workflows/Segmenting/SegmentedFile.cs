using Pipeline.Core.Errors;
using Pipeline.Core.Segments;

namespace Pipeline.Workflows.Segmenting;

/// <summary>A reply file carried through extraction and segmentation: its segments, or the typed error that stopped it.</summary>
public sealed record SegmentedFile(string Path, SegmentedReply? Reply, PipelineError? Error)
{
    public bool Succeeded => Reply is not null;
}
