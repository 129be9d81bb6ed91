using Pipeline.Core.Campaigns;
using Pipeline.Core.Corrections;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Corrections;

namespace Pipeline.Workflows.Tests.Corrections;

/// <summary>Corrections as data (issue 14): applied at every ingest after the machine's analysis, shown with the machine's reading, never dropped.</summary>
public sealed class CorrectionIngestTests : IDisposable
{
    private readonly CorrectedCampaign _campaign = new();

    public void Dispose() => _campaign.Dispose();

    private static Correction Moved(string id = "c-11111111") => new(id, CorrectionKind.Passage)
    {
        Reply = CorrectedCampaign.ReplyName,
        Text = "before each  PROJECT we assess",   // case and spacing do not matter
        Questions = [QuestionId.Parse("2c")],
        Topic = Topic.Mitigation,
        Author = "test",
        Note = "it is about what they do, not a process",
    };

    [Fact]
    public void PassageCorrection_MovesThePassage_AndKeepsTheMachinesReading()
    {
        // Given a correction moving Quillon's 2a passage to 2c, topic mitigation
        _campaign.Add(Moved());

        // When ingested and compared
        _campaign.Ingest();

        // Then 2c has the passage, marked corrected with what the machine said; 2a lost it
        var answer = Assert.Single(_campaign.Cell("2c").Answers);
        Assert.StartsWith($"2a) {CorrectedCampaign.Anchor}", answer.Text, StringComparison.Ordinal);
        Assert.Equal(Topic.Mitigation, answer.Topic);
        Assert.Equal("c-11111111", Assert.Single(answer.Correction!.Ids));
        Assert.Equal("2a", Assert.Single(answer.Correction.MachineQuestions).Value);
        Assert.False(answer.NeedsReview);
        Assert.True(_campaign.Cell("2c").IsCorrected);
        Assert.Empty(_campaign.Cell("2a").Answers);
        Assert.Equal(AnswerStatus.NotAddressed, _campaign.Cell("2a").Status);
    }

    [Fact]
    public void StatusCorrection_ReplacesTheStatus_InCompareAndInTheIndex()
    {
        // Given the machine's reading of Quillon's 2d, then a researcher's
        _campaign.Ingest();
        var machine = _campaign.Cell("2d").Status;
        _campaign.Add(new Correction("c-22222222", CorrectionKind.Status) { Company = "Quillon", Question = QuestionId.Parse("2d"), Status = AnswerStatus.Partial });

        // When ingested again
        var summary = _campaign.Ingest();

        // Then the cell is partial with the machine's status beside it, and the indexed answer carries it for search
        var cell = _campaign.Cell("2d");
        Assert.Equal((AnswerStatus.Partial, machine, "c-22222222"), (cell.Status, cell.MachineStatus, cell.StatusCorrection));
        Assert.NotEqual(AnswerStatus.Partial, machine);
        using var index = SegmentIndex.Open(_campaign.Index);
        Assert.Equal(AnswerStatus.Partial, index.ReadSegments("demo").Single(s => s.FileName == CorrectedCampaign.ReplyName && s.PrimaryQuestion.Value == "2d").Status);
    }

    [Fact]
    public void Correction_SurvivesAChangedReply_AndACampaignEdit()
    {
        // Given a correction applied
        _campaign.Add(Moved());
        _campaign.Ingest();

        // When the reply file changes (a paragraph added) with the passage still there, and is ingested again
        _campaign.WriteReply(CorrectedCampaign.Letter.Replace("2d)", "2b) We have not consulted refugees yet.\n\n2d)", StringComparison.Ordinal));
        var changed = _campaign.Ingest();

        // Then the reply was re-read and the correction still holds
        Assert.Equal(1, changed.Files.Count(f => f.Action == Pipeline.Workflows.Ingest.IngestAction.Replaced));
        Assert.Equal("c-11111111", Assert.Single(Assert.Single(_campaign.Cell("2c").Answers).Correction!.Ids));

        // When the campaign file is edited (every reply is processed anew)
        File.WriteAllText(_campaign.CampaignFile, File.ReadAllText(_campaign.CampaignFile).Replace("organisation: ", "organisation: Edited, ", StringComparison.Ordinal));
        var edited = _campaign.Ingest();

        // Then too
        Assert.True(edited.Files.Count(f => f.Action == Pipeline.Workflows.Ingest.IngestAction.Replaced) > 1);
        Assert.Equal("c-11111111", Assert.Single(Assert.Single(_campaign.Cell("2c").Answers).Correction!.Ids));
        Assert.Equal(CorrectionStanding.Applied, Assert.Single(_campaign.Check()).Standing);
    }

    [Fact]
    public void Correction_SurvivesARetrainedModel()
    {
        // Given a correction applied with the bundled model
        _campaign.Add(Moved());
        _campaign.Ingest();

        // When a retrained model (a small one, trained here) re-processes every reply
        var model = SmallModel.Train(SmallModel.Data(Path.Combine(_campaign.Root, "data")), null, Path.Combine(_campaign.Root, "retrained.zip"));
        var summary = Pipeline.Workflows.Ingest.IngestJob.CreateDefault().Run(
            _campaign.Campaign, [_campaign.Replies], new Pipeline.Workflows.Ingest.IngestOptions { IndexDirectory = _campaign.Index, ModelPath = model, Jobs = 2 });

        // Then every reply was read again, and the correction still holds
        Assert.Equal(summary.Files.Length, summary.Files.Count(f => f.Action == Pipeline.Workflows.Ingest.IngestAction.Replaced));
        var answer = Assert.Single(_campaign.Cell("2c").Answers);
        Assert.Equal(("c-11111111", Topic.Mitigation), (Assert.Single(answer.Correction!.Ids), answer.Topic));
    }

    [Fact]
    public void Correction_WhosePassageIsGone_IsOrphaned_AndReported()
    {
        // Given a correction applied, then the passage rewritten in the reply
        _campaign.Add(Moved());
        _campaign.Ingest();
        _campaign.WriteReply(CorrectedCampaign.Letter.Replace(CorrectedCampaign.Anchor, "Our board reviews", StringComparison.Ordinal));

        // When ingested again
        _campaign.Ingest();

        // Then the machine's reading is back, the correction is listed as orphaned and the reply carries a warning
        Assert.Empty(_campaign.Cell("2c").Answers);
        var state = Assert.Single(_campaign.Check());
        Assert.Equal(CorrectionStanding.Orphaned, state.Standing);
        Assert.Contains(state.Candidates, c => c.StartsWith("2a) Our board reviews", StringComparison.Ordinal));
        using var index = SegmentIndex.Open(_campaign.Index);
        var warning = Assert.Single(index.ListDocuments("demo").Single(d => d.FileName == CorrectedCampaign.ReplyName).Warnings, w => w.Code == "correction.orphaned");
        Assert.Contains("c-11111111", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAnAnswer_MakesThePassageGeneral()
    {
        // Given the 1a passage marked as not an answer
        _campaign.Add(new Correction("c-33333333", CorrectionKind.Passage) { Reply = CorrectedCampaign.ReplyName, Text = "1a) Quillon develops", NotAnswer = true });

        // When ingested
        _campaign.Ingest();

        // Then 1a has no answer any more
        Assert.Empty(_campaign.Cell("1a").Answers);
        Assert.Equal(AnswerStatus.NotAddressed, _campaign.Cell("1a").Status);
    }

    [Fact]
    public void CompanyCorrection_AttributesTheWholeReply()
    {
        // Given Quillon's reply said to be Ostral Photonics'
        _campaign.Add(new Correction("c-44444444", CorrectionKind.Company) { Reply = CorrectedCampaign.ReplyName, Company = "Ostral Photonics" });

        // When ingested
        _campaign.Ingest();

        // Then Quillon has no reply and Ostral two
        var comparison = _campaign.Compare();
        Assert.False(comparison.Companies.Single(c => c.Name == CorrectedCampaign.Quillon).HasReply);
        Assert.Contains(CorrectedCampaign.ReplyName, comparison.Companies.Single(c => c.Name == "Ostral Photonics").Files);
        Assert.Equal(CorrectionStanding.Applied, Assert.Single(_campaign.Check()).Standing);
    }

    [Fact]
    public void AmbiguousAnchor_ChangesNothing_AndListsTheCandidates()
    {
        // Given an anchor that starts no passage and is in two ("forecasts")
        _campaign.Add(new Correction("c-55555555", CorrectionKind.Passage) { Reply = CorrectedCampaign.ReplyName, Text = "forecasts", Questions = [QuestionId.Parse("3")] });

        // When ingested
        _campaign.Ingest();

        // Then
        var state = Assert.Single(_campaign.Check());
        Assert.Equal(CorrectionStanding.Ambiguous, state.Standing);
        Assert.Equal(2, state.Candidates.Length);
        Assert.Empty(_campaign.Cell("3").Answers);
    }
}
