using Pipeline.Core.Segments;
using Pipeline.Search.Indexing;
using Pipeline.Search.Reading;

namespace Pipeline.Search.Tests.Fixtures;

/// <summary>An index folder under the temp directory, deleted on dispose.</summary>
internal sealed class TempIndex : IDisposable
{
    public TempIndex() => System.IO.Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pipeline-index-" + Guid.NewGuid().ToString("N"));

    /// <summary>An index holding Thales, Airbus and IDEMIA in the MENA campaign and Thales in the Gulf campaign, committed.</summary>
    public static TempIndex WithAllReplies()
    {
        var index = new TempIndex();
        index.Write(Replies.Thales(), Replies.Airbus(), Replies.Idemia(), Replies.ThalesGulf());
        return index;
    }

    /// <summary>
    /// An index written in three commits (three Lucene segments), the last replacing Thales's reply: its first version's
    /// documents deleted, not yet merged away — what the paths that read segment by segment must get right.
    /// </summary>
    public static TempIndex WithThreeSegmentsAndAReplacedReply()
    {
        var index = new TempIndex();
        index.Write(Replies.Thales(), Replies.Airbus());
        index.Write(Replies.Idemia(), Replies.ThalesGulf());
        index.Write(Replies.Leonardo(), Replies.Thales("a2"));
        return index;
    }

    /// <summary>Indexes the replies, with statuses from <see cref="Replies.StatusesOf"/>, and commits.</summary>
    public IReadOnlyList<IndexOutcome> Write(params SegmentedReply[] replies)
    {
        using var writer = SegmentIndexWriter.Open(Path);
        var outcomes = replies.Select(r => writer.Index(ToIndexed(r))).ToList();
        writer.Commit();
        return outcomes;
    }

    public static IndexedReply ToIndexed(SegmentedReply reply) =>
        IndexedReply.From(reply, Replies.StatusesOf(reply.Company.Name!), new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));

    public SegmentIndex Open() => SegmentIndex.Open(Path);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A reader still open on another thread; the temp folder is cleaned by the OS.
        }
    }
}
