namespace Pipeline.Search.Reading;

/// <summary>
/// How a reader reaches the index's files, chosen when it is opened (<see cref="SegmentIndex.Open"/>) by how the command
/// will read; the index and everything read from it are the same either way. Measured in benchmarks/README.md (Scale,
/// "How the index is opened").
/// </summary>
public enum IndexAccessPattern
{
    /// <summary>
    /// Searches and pages, in any order and from many threads at once (<c>search</c>, the web app): the files are
    /// memory-mapped (Lucene's <c>MMapDirectory</c>, which <c>FSDirectory.Open</c> picks on 64-bit systems) and read
    /// without locks. Every page read counts in the process's resident size: a warm search reader of the 100,000-reply
    /// index is ~6 GB resident, nearly all of it mapped index. Through file streams its keyword searches were 1.2–2.2
    /// times as slow at the median.
    /// </summary>
    Random,

    /// <summary>
    /// One pass over a campaign or the whole index by one thread (<c>compare</c>, <c>report</c>, <c>export</c>): the
    /// files are read through buffered file streams (Lucene's <c>NIOFSDirectory</c>), so their pages stay in the
    /// system's file cache, outside the process's resident size, at no measurable cost to such a pass. Threads reading
    /// one file of one reader take turns, which is why searches keep <see cref="Random"/>.
    /// </summary>
    Sequential,
}
