using Pipeline.Core.Errors;
using Pipeline.Search.Indexing;
using Pipeline.Search.Tests.Fixtures;

namespace Pipeline.Search.Tests;

/// <summary>
/// A reply file that could not be read is recorded in the index, so that compare and report know what is missing without
/// reading files again; the record lives exactly as long as the file stays unread.
/// </summary>
public sealed class FailureRecordTests : IDisposable
{
    private readonly TempIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Failure_IsListedPerCampaign_AndANewerOneReplacesIt()
    {
        // Given two failures of the same file in a row, and one in another campaign
        using (var writer = SegmentIndexWriter.Open(_index.Path))
        {
            writer.RecordFailure(Failure(Replies.Mena, "thales-reply.pdf", ErrorCode.Timeout));
            writer.RecordFailure(Failure(Replies.Mena, "thales-reply.pdf", ErrorCode.Truncated));
            writer.RecordFailure(Failure(Replies.Gulf, "thales-gulf.pdf", ErrorCode.Damaged));
            writer.Commit();
        }

        // When
        using var index = _index.Open();
        var mena = index.ListFailures(Replies.Mena);

        // Then the campaign has one failure, the last one, naming the file by its name
        var failure = Assert.Single(mena);
        Assert.Equal((ErrorCode.Truncated, "Thales"), (failure.Code, failure.Company));
        Assert.Equal("thales-reply.pdf: cannot be read", failure.Reason);
        Assert.Equal(2, index.ListFailures().Count);
    }

    [Fact]
    public void Failure_KeepsAnEarlierGoodVersion_AndGoesWhenTheReplyIsIndexedAgain()
    {
        // Given Thales indexed, then failing at its next attempt (say, on a machine without a converter)
        _index.Write(Replies.Thales());
        using (var writer = SegmentIndexWriter.Open(_index.Path))
        {
            writer.RecordFailure(Failure(Replies.Mena, "thales-reply.pdf", ErrorCode.ConverterMissing));
            writer.Commit();
        }

        // Then what was read once is still there, beside the failure
        using (var index = _index.Open())
        {
            Assert.Single(index.ListDocuments(Replies.Mena));
            Assert.Single(index.ListFailures(Replies.Mena));
        }

        // When the reply is read again (changed content), the failure goes with the old version
        _index.Write(Replies.Thales(hash: "a2"));
        using (var index = _index.Open())
        {
            Assert.Empty(index.ListFailures(Replies.Mena));
            Assert.Single(index.ListDocuments(Replies.Mena));
        }
    }

    [Fact]
    public void Failure_IsRemovedWithItsFile_AndByClearing()
    {
        // Given two failures
        using var writer = SegmentIndexWriter.Open(_index.Path);
        writer.RecordFailure(Failure(Replies.Mena, "a.pdf", ErrorCode.EmptyFile));
        writer.RecordFailure(Failure(Replies.Mena, "b.pdf", ErrorCode.EmptyFile));

        // When one is removed as a file and the other cleared
        var removed = writer.Remove(Replies.Mena, Replies.PathOf("a.pdf"));
        var cleared = writer.ClearFailure(Replies.Mena, Replies.PathOf("b.pdf"));
        writer.Commit();

        // Then both are gone, from the writer and the index
        Assert.True(removed && cleared);
        Assert.Empty(writer.Failures);
        using var index = _index.Open();
        Assert.Empty(index.ListFailures());
    }

    private static FailedReply Failure(string campaign, string file, ErrorCode code) =>
        new(campaign, Replies.PathOf(file), "Thales", code, $"{Replies.PathOf(file)}: cannot be read", new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
}
