using System.Collections.Immutable;
using Pipeline.Core.Errors;
using Pipeline.Core.Segments;

namespace Pipeline.Workflows.Segmenting;

/// <summary>A reply file carried through extraction and segmentation: its segments, or the typed error that stopped it.</summary>
public sealed record SegmentedFile(string Path, SegmentedReply? Reply, PipelineError? Error)
{
    public bool Succeeded => Reply is not null;

    /// <summary>
    /// The documents an e-mail reply carries (its PDF and Word attachments, those of attached messages too), each
    /// segmented as a reply of its own from the same company; <see cref="Path"/> is "message.eml#file.pdf".
    /// </summary>
    public ImmutableArray<SegmentedFile> Attachments { get; init; } = [];
}
