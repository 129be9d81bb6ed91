using Pipeline.Campaigns;
using Pipeline.Testing;
using Pipeline.Workflows.Evaluation;

namespace Pipeline.Workflows.Tests.Evaluation;

public sealed class TrainingOverlapTests : IDisposable
{
    private readonly string _training = Directory.CreateTempSubdirectory("pipeline-overlap-").FullName;

    [Fact]
    public void GoldParagraph_InTheTrainingData_IsCounted_AndSaid()
    {
        // Given training data holding one long paragraph of a dev2 reply (white space changed) and a greeting
        var campaign = CampaignLoader.Load(RepoPaths.InRepo("corpus", "campaigns", "independent", "dev2", "campaign.yaml"));
        var gold = GoldCorpus.Load(campaign, []).SelectMany(r => r.Paragraphs).First(p => p.Text.Split(' ').Length >= 20);
        File.WriteAllLines(Path.Combine(_training, "other.jsonl"),
        [
            System.Text.Json.JsonSerializer.Serialize(new { label = "other", text = "  " + gold.Text.Replace(" ", "  ") }),
            """{"label": "other", "text": "Business & Human Rights Resource Centre"}""",
        ]);

        // When comparing the campaign's gold with it
        var overlap = TrainingOverlap.Of(campaign, _training);

        // Then only the long paragraph counts (a letter's stock lines recur everywhere), and the note says so
        Assert.NotNull(overlap);
        Assert.Equal(1, overlap.InTraining);
        Assert.Equal(212, overlap.Gold);
        Assert.StartsWith("note: 1 of 212 gold paragraphs (10 words or more) of this campaign are in the topic classifier's training data", overlap.Note());
    }

    [Theory]
    [InlineData("locked")]
    [InlineData("locked2")]
    public void LockedCampaign_SharesNoParagraphWithTheShippedTrainingData(string folder)
    {
        // Given a locked campaign (its texts compared only, nothing scored: a guard that it never leaks into training)
        // and the repository's training data
        var campaign = CampaignLoader.Load(RepoPaths.InRepo("corpus", "campaigns", "independent", folder, "campaign.yaml"));

        // When comparing
        var overlap = TrainingOverlap.Of(campaign, RepoPaths.InRepo("corpus", "training", "train"));

        // Then none of its paragraphs was trained on, and nothing is said
        Assert.NotNull(overlap);
        Assert.Equal(0, overlap.InTraining);
        Assert.Null(overlap.Note());
    }

    [Fact]
    public void NoTrainingFolder_SaysNothing() =>
        Assert.Null(TrainingOverlap.Of(CampaignLoader.Load(RepoPaths.InRepo("corpus", "campaigns", "demo", "campaign.yaml")), Path.Combine(_training, "absent")));

    public void Dispose() => Directory.Delete(_training, recursive: true);
}
