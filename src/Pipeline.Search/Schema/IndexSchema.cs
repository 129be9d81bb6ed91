namespace Pipeline.Search.Schema;

/// <summary>The version of the index's field layout, stored on every record it writes.</summary>
/// <remarks>
/// Version 2 added <see cref="SegmentFields.TextPlain"/>. A reply written under an older layout is not current
/// (<see cref="Indexing.SegmentIndexWriter.IsCurrent"/>), so the next ingest indexes it anew, and searches that need
/// the newer fields say how many segments still lack them.
/// </remarks>
public static class IndexSchema
{
    public const int Version = 2;

    /// <summary>The version of a record without a <see cref="SegmentFields.Schema"/> field.</summary>
    public const int Unversioned = 1;
}
