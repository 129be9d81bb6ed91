namespace Pipeline.Search.Indexing;

/// <summary>How <see cref="SegmentIndexWriter"/> batches its work.</summary>
public sealed record SegmentIndexWriterOptions
{
    public static SegmentIndexWriterOptions Default { get; } = new();

    /// <summary>Replies written between automatic commits (default 25): a crash loses at most this many, which the next run redoes.</summary>
    public int CommitEvery { get; init; } = 25;

    /// <summary>Memory for buffered documents before they are flushed to disk (default 64 MB). Flushing is not committing.</summary>
    public double RamBufferMegabytes { get; init; } = 64;
}
