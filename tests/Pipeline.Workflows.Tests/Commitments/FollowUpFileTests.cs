using Pipeline.Core.Commitments;
using Pipeline.Core.Errors;
using Pipeline.Workflows.Commitments;

namespace Pipeline.Workflows.Tests.Commitments;

public sealed class FollowUpFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"follow-up-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Append_ThenRead_KeepsTheHistory_AndTheLastEntryOfAnItemWins()
    {
        // Given two decisions on one item and one on another
        var at = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
        FollowUpFile.Append(_path, new FollowUp("aaaaaaaaaaaa", FollowUpStatus.Unclear, "asked them", null, at));
        FollowUpFile.Append(_path, new FollowUp("bbbbbbbbbbbb", FollowUpStatus.Fulfilled, null, "https://example.org", at));
        FollowUpFile.Append(_path, new FollowUp("aaaaaaaaaaaa", FollowUpStatus.Broken, "no answer", null, at.AddDays(30)));

        // When read back
        var entries = FollowUpFile.Read(_path);
        var latest = FollowUpFile.Latest(entries);

        // Then every line is kept, and each item's status is its last
        Assert.Equal(3, entries.Count);
        Assert.Equal((FollowUpStatus.Broken, "no answer"), (latest["aaaaaaaaaaaa"].Status, latest["aaaaaaaaaaaa"].Note));
        Assert.Equal(FollowUpStatus.Fulfilled, latest["bbbbbbbbbbbb"].Status);
    }

    [Fact]
    public void Read_MissingFile_IsEmpty_AndAMalformedLine_IsAnErrorNamingIt()
    {
        Assert.Empty(FollowUpFile.Read(_path));
        File.WriteAllLines(_path, ["{\"item\":\"a\",\"status\":\"open\",\"note\":null,\"evidence\":null,\"at\":\"2024-01-01T00:00:00+00:00\"}", "{\"item\":\"b\",\"status\":\"kept\"}"]);

        var error = Assert.Throws<PipelineException>(() => FollowUpFile.Read(_path));

        Assert.Equal(ErrorCode.InvalidInput, error.Code);
        Assert.Contains("line 2 is not a follow-up entry", error.Message, StringComparison.Ordinal);
    }
}
