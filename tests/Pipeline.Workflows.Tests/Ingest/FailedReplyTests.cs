using Pipeline.Campaigns;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;
using Pipeline.Core.Reports;
using Pipeline.Core.Segments;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Comparison;
using Pipeline.Workflows.Ingest;

namespace Pipeline.Workflows.Tests.Ingest;

/// <summary>
/// A listed responder whose reply file fails must not turn into a non-responder: ingest records the failure in the
/// index, and the comparison shows the company's reply as not indexed, with why, until the file is read or gone.
/// </summary>
public sealed class FailedReplyTests : IDisposable
{
    private const string Aldercrest = "Aldercrest Systems";
    private readonly ReplyFolder _folder = new();
    private readonly Campaign _demo = CampaignLoader.Load(ReplyFolder.DemoCampaign);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void DamagedReplyOfAListedResponder_IsReplyNotIndexed_WithTheReason_NotNoResponse()
    {
        // Given Aldercrest's reply cut off half-way, as a failed download leaves it
        var original = File.ReadAllBytes(_folder.Reply("Aldercrest"));
        File.WriteAllBytes(_folder.Reply("Aldercrest"), original[..(original.Length / 2)]);

        // When the folder is ingested and compared
        var summary = Ingest();
        var comparison = Compare(out var failures);

        // Then the failure is recorded under the company, and every question of Aldercrest says its reply is missing, and why
        Assert.Equal(1, summary.Failed);
        var failure = Assert.Single(failures);
        Assert.Equal((Aldercrest, ErrorCode.Truncated), (failure.Company, failure.Code));
        var entry = comparison.Companies.Single(c => c.Name == Aldercrest);
        Assert.True(entry.ReplyNotIndexed);
        Assert.Equal("Aldercrest Systems - reply.pdf", Assert.Single(entry.UnreadReplies).File);
        Assert.All(_demo.Questions, q =>
        {
            var cell = comparison.Cell(Aldercrest, q.Id)!;
            Assert.Equal(AnswerStatus.ReplyNotIndexed, cell.Status);
            Assert.StartsWith("Aldercrest Systems - reply.pdf: the file is cut off", cell.Reason, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void FailureRecord_GoesWhenTheFileIsRead_AndWhenItIsGone()
    {
        // Given a damaged reply ingested, then the good one put back
        var reply = _folder.Reply("Aldercrest");
        var original = File.ReadAllBytes(reply);
        File.WriteAllBytes(reply, original[..(original.Length / 2)]);
        Ingest();
        File.WriteAllBytes(reply, original);

        // When ingest runs again
        Ingest();
        var repaired = Compare(out var afterRepair);

        // Then the company's answers are back and nothing is missing
        Assert.Empty(afterRepair);
        Assert.Equal(AnswerStatus.Answered, repaired.Cell(Aldercrest, QuestionId.Parse("2d"))!.Status);

        // Given another reply that fails, then is deleted (and no --prune)
        var broken = Path.Combine(_folder.Replies, "Lumen Arc Robotics - reply.pdf");
        File.WriteAllBytes(broken, []);
        Ingest();
        Assert.Single(Failures());
        File.Delete(broken);

        // When ingest runs again, then the failure of a file that is gone is forgotten: Lumen Arc never replied after all
        Ingest();
        Assert.Empty(Failures());
        Assert.Equal(AnswerStatus.NoResponse, Compare(out _).Cell("Lumen Arc Robotics", QuestionId.Parse("1a"))!.Status);
    }

    [Fact]
    public void ListedResponder_WithoutAnyReplyFile_IsReplyNotIndexed_NoReplyFileFound()
    {
        // Given the campaign records Aldercrest as having responded, and its reply is not in the folder
        File.Delete(_folder.Reply("Aldercrest"));

        // When
        Ingest();
        var cell = Compare(out _).Cell(Aldercrest, QuestionId.Parse("1a"))!;

        // Then
        Assert.Equal((AnswerStatus.ReplyNotIndexed, CompanyEntry.NoReplyFileFound), (cell.Status, cell.Reason));
    }

    private IngestSummary Ingest() =>
        IngestJob.CreateDefault().Run(_demo, [_folder.Replies], new IngestOptions { IndexDirectory = _folder.Index });

    private CampaignComparison Compare(out IReadOnlyList<Search.Indexing.FailedReply> failures)
    {
        using var index = SegmentIndex.Open(_folder.Index);
        failures = index.ListFailures(_demo.Id);
        return ComparisonBuilder.Build(index, _demo);
    }

    private IReadOnlyList<Search.Indexing.FailedReply> Failures()
    {
        Compare(out var failures);
        return failures;
    }
}
