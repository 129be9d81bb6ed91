using System.Collections.Immutable;
using Pipeline.Campaigns;
using Pipeline.Classification.Training;
using Pipeline.Core.Errors;
using Pipeline.Core.Topics;
using Pipeline.Testing;
using Pipeline.Workflows.Training;

namespace Pipeline.Workflows.Tests.Training;

/// <summary>The answer-topics examples: every question a gold paragraph answers, the gold preferred to the topic data, locked campaigns refused.</summary>
public sealed class AnswerTopicsTrainingTests : IDisposable
{
    private const string JointAnswer = "Q2b & Q2c: We do not consult migrants or refugees, as our products are not used in a migration context. Beyond the product restrictions described above, operators must confirm in the contract that our software will not be connected to lawful interception systems.";

    private static readonly string DevCampaign = RepoPaths.InRepo("corpus", "campaigns", "independent", "dev", "campaign.yaml");

    private readonly string _folder = Directory.CreateTempSubdirectory("answer-topics-training-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void GoldParagraph_AnswersTheTopicsOfAllItsQuestions_AndItsOwn()
    {
        // Given the dev campaign's gold and topic data of one passage
        var data = TopicData(new TrainingExample(Topic.GrievanceMechanism, "Complaints go to our hotline."));

        // When the examples are built
        var (examples, sources) = AnswerTopicsTraining.Build(data, [CampaignLoader.Load(DevCampaign)]);

        // Then the joint 2b/2c answer (labelled mitigation) answers consultation and mitigation; letter furniture nothing
        Assert.Equal([Topic.StakeholderEngagement, Topic.Mitigation], examples.Single(e => e.Text == JointAnswer).Topics.Order());
        Assert.Contains(examples, e => e.Topics.IsEmpty);
        Assert.Equal([Topic.GrievanceMechanism], examples.Single(e => e.Text == "Complaints go to our hotline.").Topics);
        Assert.Equal(2, sources.Length);
        Assert.EndsWith("corpus/campaigns/independent/dev/gold: " + (examples.Length - 1) + " paragraphs", sources[1], StringComparison.Ordinal);
    }

    [Fact]
    public void TextInBothTheTopicDataAndTheGold_IsTakenFromTheGold()
    {
        // Given the joint answer also in the topic data, labelled with its one topic
        var data = TopicData(new TrainingExample(Topic.Mitigation, JointAnswer));

        // When the examples are built
        var (examples, _) = AnswerTopicsTraining.Build(data, [CampaignLoader.Load(DevCampaign)]);

        // Then it appears once, with both topics
        Assert.Equal([Topic.StakeholderEngagement, Topic.Mitigation], Assert.Single(examples, e => e.Text == JointAnswer).Topics.Order());
    }

    [Fact]
    public void LockedCampaign_IsRefused_NamingIt()
    {
        // Given the dev campaign copied under a "locked" folder
        var locked = Path.Combine(_folder, "locked");
        Directory.CreateDirectory(locked);
        File.Copy(DevCampaign, Path.Combine(locked, "campaign.yaml"));

        // When its gold is offered for training
        var error = Assert.Throws<PipelineException>(() => AnswerTopicsTraining.Build(TopicData(), [CampaignLoader.Load(Path.Combine(locked, "campaign.yaml"))]));

        // Then
        Assert.Equal(ErrorCode.InvalidInput, error.Code);
        Assert.Contains("locked evaluation campaign", error.Message, StringComparison.Ordinal);
        Assert.Contains(locked, error.Message, StringComparison.Ordinal);
    }

    private static LabelledDataSet TopicData(params TrainingExample[] examples) => new("corpus/training/train", [.. examples], "sha");
}
