using System.Collections.Immutable;
using Pipeline.Classification.Training;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Corrections;
using Pipeline.Core.Errors;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Search.Reading;
using Pipeline.Workflows.Corrections;

namespace Pipeline.Workflows.Tests.Corrections;

/// <summary>Learning from corrections and measuring agreement (issue 14), on a small data set: the committed model is never retrained here.</summary>
public sealed class CorrectionLearningTests : IDisposable
{
    private readonly CorrectedCampaign _campaign = new();

    public void Dispose() => _campaign.Dispose();

    [Fact]
    public void WithCorrections_AddsTheLabelledPassages_LeavesTestTextsOut_AndTheModelLearnsThem()
    {
        // Given a researcher's topic on Quillon's 2a passage, and one accepted reading also in the test set
        _campaign.Add(new Correction("c-aaaaaaaa", CorrectionKind.Passage) { Reply = CorrectedCampaign.ReplyName, Text = CorrectedCampaign.Anchor, Topic = Topic.Mitigation });
        _campaign.Add(new Correction("c-bbbbbbbb", CorrectionKind.Passage) { Reply = CorrectedCampaign.ReplyName, Text = "2d) Anyone can contact", Topic = Topic.GrievanceMechanism });
        _campaign.Ingest();
        string grievance;
        using (var index = SegmentIndex.Open(_campaign.Index))
        {
            grievance = index.ReadSegments("demo").Single(s => s.Correction?.Ids.Contains("c-bbbbbbbb") == true).AnswerText;
        }

        var train = SmallModel.Data(Path.Combine(_campaign.Root, "data", "train"));
        var test = SmallModel.Data(Path.Combine(_campaign.Root, "data", "test"), (Topic.GrievanceMechanism, grievance));

        // When the corrections are added to the training set
        var set = CorrectionTraining.Add(train, test, [_campaign.Campaign], _campaign.Index);

        // Then the 2a passage is added with the researcher's topic, the test set's passage is not, and the data set's hash says so
        Assert.Equal((1, 1), (set.Added, set.LeftOutAsTest));
        var added = set.Train.Examples[^1];
        Assert.Equal(Topic.Mitigation, added.Label);
        Assert.Contains(CorrectedCampaign.Anchor, added.Text, StringComparison.Ordinal);
        Assert.NotEqual(train.Sha256, set.Train.Sha256);

        // When a model is trained on it (the plain pipeline, two folds), and agreement is measured with it
        var modelPath = SmallModel.Train(set.Train, test, Path.Combine(_campaign.Root, "model.zip"));
        using var reader = SegmentIndex.Open(_campaign.Index);
        var report = Agreement.Measure(reader, _campaign.Campaign, Classification.Model.TopicModel.Load(modelPath));

        // Then the model labels the corrected passage as the researcher did
        Assert.Equal(2, report.Model!.Passages);
        Assert.True(report.Model.ModelRight >= 1);
        Assert.Equal(Topic.Mitigation, Classification.Model.TopicModel.Load(modelPath).Predict(added.Text).Topic);
    }

    [Fact]
    public void WithCorrections_OfALockedCampaign_IsRefused()
    {
        // Given the campaign copied under a "locked" folder
        var locked = Path.Combine(_campaign.Root, "locked");
        Directory.CreateDirectory(locked);
        File.Copy(_campaign.CampaignFile, Path.Combine(locked, "campaign.yaml"));
        _campaign.Ingest();

        // When / Then
        var refused = Assert.Throws<PipelineException>(() => CorrectionTraining.Add(
            SmallModel.Data(Path.Combine(_campaign.Root, "data", "train")), null, [Campaigns.CampaignLoader.Load(Path.Combine(locked, "campaign.yaml"))], _campaign.Index));
        Assert.Equal(ErrorCode.InvalidInput, refused.Code);
        Assert.Contains("locked evaluation campaign never trains the model", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Agreement_CountsWhatResearchersChanged_PerCompanyQuestionAndTopic()
    {
        // Given a passage moved from 2a to 2c and the 2d status set by hand
        _campaign.Ingest();
        var machine2d = _campaign.Cell("2d").Status;
        _campaign.Add(new Correction("c-cccccccc", CorrectionKind.Passage) { Reply = CorrectedCampaign.ReplyName, Text = CorrectedCampaign.Anchor, Questions = [QuestionId.Parse("2c")], Topic = Topic.Mitigation });
        _campaign.Add(new Correction("c-dddddddd", CorrectionKind.Status) { Company = CorrectedCampaign.Quillon, Question = QuestionId.Parse("2d"), Status = machine2d == AnswerStatus.Declined ? AnswerStatus.Answered : AnswerStatus.Declined });
        _campaign.Ingest();

        // When
        using var index = SegmentIndex.Open(_campaign.Index);
        var report = Agreement.Measure(index, _campaign.Campaign);

        // Then 2a (lost its answer), 2c (gained one) and 2d changed for Quillon; one passage re-attributed and re-labelled
        var quillon = report.ByCompany.Single(r => r.Key == CorrectedCampaign.Quillon);
        Assert.Equal((9, 3), (quillon.Total, quillon.Changed));
        Assert.All(report.ByCompany.Where(r => r.Key != CorrectedCampaign.Quillon), r => Assert.Equal(0, r.Changed));
        Assert.Equal(["2a", "2c", "2d"], report.ByQuestion.Where(r => r.Changed > 0).Select(r => r.Key));
        Assert.Equal(1, report.Attributions.Changed);
        Assert.Equal(1, report.Topics.Changed);
        Assert.Equal(2, report.Corrections);
        Assert.Equal(3, report.Cells.Changed);
    }
}
