using Pipeline.Core.Errors;
using Pipeline.Search.Indexing;
using Pipeline.Search.Reading;
using Pipeline.Search.Tests.Fixtures;

namespace Pipeline.Search.Tests;

public sealed class CrashConsistencyTests
{
    [Fact]
    public void Dispose_WithoutCommit_LeavesOnlyCommittedReplies()
    {
        // Given Thales committed, then Airbus written but never committed (as when ingest is killed)
        using var temp = new TempIndex();
        temp.Write(Replies.Thales());
        using (var writer = SegmentIndexWriter.Open(temp.Path))
        {
            writer.Index(TempIndex.ToIndexed(Replies.Airbus()));
        }

        // When the index is reopened
        using var index = temp.Open();

        // Then it holds Thales whole and nothing of Airbus
        Assert.Equal(["thales-reply.pdf"], index.ListDocuments().Select(d => d.FileName));
        Assert.Equal(4, index.SegmentCount);
    }

    [Fact]
    public void FilesCopiedMidIngest_OpenAsLastCommit_AndNextRunFinishesTheRest()
    {
        // Given an ingest that committed Thales and has flushed, not committed, Airbus and IDEMIA to disk
        using var temp = new TempIndex();
        using var crashed = new TempIndex();
        using (var writer = SegmentIndexWriter.Open(temp.Path, new SegmentIndexWriterOptions { CommitEvery = 1000, RamBufferMegabytes = 0.001 }))
        {
            writer.Index(TempIndex.ToIndexed(Replies.Thales()));
            writer.Commit();
            writer.Index(TempIndex.ToIndexed(Replies.Airbus()));
            writer.Index(TempIndex.ToIndexed(Replies.Idemia()));

            // When the process dies now: its files on disk are all that is left
            foreach (var file in Directory.GetFiles(temp.Path).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(crashed.Path, Path.GetFileName(file)));
            }

            Assert.True(Directory.GetFiles(crashed.Path).Length > Directory.GetFiles(crashed.Path, "segments_*").Length + 4, "uncommitted segment files were flushed");
        }

        // Then the copy opens as the last commit: Thales whole, no trace of the others
        using (var index = crashed.Open())
        {
            Assert.Equal(["thales-reply.pdf"], index.ListDocuments().Select(d => d.FileName));
            Assert.Equal(4, index.SegmentCount);
        }

        // And re-running the ingest skips Thales and adds the rest, without duplicates
        using (var writer = SegmentIndexWriter.Open(crashed.Path))
        {
            var outcomes = new[] { Replies.Thales(), Replies.Airbus(), Replies.Idemia() }.Select(r => writer.Index(TempIndex.ToIndexed(r))).ToList();
            writer.Commit();
            Assert.Equal([IndexOutcome.Unchanged, IndexOutcome.Added, IndexOutcome.Added], outcomes);
        }

        using var finished = crashed.Open();
        Assert.Equal(9, finished.SegmentCount);
        Assert.Equal(3, finished.ListDocuments().Count);
    }

    [Fact]
    public void CommitEvery_N_MakesEachBatchDurableOnItsOwn()
    {
        // Given a writer committing every two replies
        using var temp = new TempIndex();
        using (var writer = SegmentIndexWriter.Open(temp.Path, new SegmentIndexWriterOptions { CommitEvery = 2 }))
        {
            // When three replies are written and the writer is dropped without a final commit
            writer.Index(TempIndex.ToIndexed(Replies.Thales()));
            writer.Index(TempIndex.ToIndexed(Replies.Airbus()));
            writer.Index(TempIndex.ToIndexed(Replies.Idemia()));
        }

        // Then the first two were committed automatically, the third was not
        using var index = temp.Open();
        Assert.Equal(["airbus-reply.docx", "thales-reply.pdf"], index.ListDocuments().Select(d => d.FileName));
    }

    [Fact]
    public void Open_SecondWriter_FailsWithTypedError()
    {
        // Given a writer holding the index
        using var temp = new TempIndex();
        using var first = SegmentIndexWriter.Open(temp.Path);

        // When another opens it
        var error = Assert.Throws<PipelineException>(() => SegmentIndexWriter.Open(temp.Path));

        // Then it is told the index is busy
        Assert.Equal(ErrorCode.IoError, error.Code);
        Assert.Contains("another process", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NoIndexYet_SaysToRunIngest()
    {
        // Given an empty folder
        using var temp = new TempIndex();

        // When it is opened for reading
        var error = Assert.Throws<PipelineException>(() => SegmentIndex.Open(temp.Path));

        // Then the error says what to do
        Assert.False(SegmentIndex.Exists(temp.Path));
        Assert.Contains("run `pipeline ingest` first", error.Reason, StringComparison.Ordinal);
    }
}
