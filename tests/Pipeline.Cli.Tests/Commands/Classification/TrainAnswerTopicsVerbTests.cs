using Pipeline.Classification.AnswerTopics;
using Pipeline.Cli.Tests.Infrastructure;
using Pipeline.Testing;

namespace Pipeline.Cli.Tests.Commands.Classification;

/// <summary>`pipeline train --answer-topics`: writes a model that loads, refuses a locked campaign, and --gold alone is a usage error.</summary>
public sealed class TrainAnswerTopicsVerbTests : IDisposable
{
    private static readonly string DevCampaign = RepoPaths.InRepo("corpus", "campaigns", "independent", "dev", "campaign.yaml");

    private readonly string _folder = Directory.CreateTempSubdirectory("pipeline-cli-answer-topics-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task TrainAnswerTopics_WritesAModelThatLoads()
    {
        // When trained on the training data and one development campaign's gold
        var model = Path.Combine(_folder, AnswerTopicsModel.FileName);
        var (exit, _, stderr) = await CliRun.RunAsync("train", "--answer-topics", "--data", RepoPaths.InRepo("corpus", "training"), "--gold", DevCampaign, "--out", model);

        // Then exit 0, the sources and the file named, and the model scores the eleven substantive topics
        Assert.Equal(0, exit);
        Assert.Contains("corpus/campaigns/independent/dev/gold: ", stderr, StringComparison.Ordinal);
        Assert.Contains($"wrote {model}", stderr, StringComparison.Ordinal);
        var loaded = AnswerTopicsModel.Load(model);
        Assert.Equal(11, loaded.Topics.Length);
        Assert.Equal(AnswerTopicsTrainer.PlausibleThreshold, loaded.PlausibleThreshold);
        Assert.Equal(AnswerTopicsTrainer.SureThreshold, loaded.SureThreshold);
    }

    [Fact]
    public async Task TrainAnswerTopics_OnALockedCampaign_IsAUsageError()
    {
        // Given the dev campaign copied under a "locked" folder
        var locked = Path.Combine(_folder, "locked");
        Directory.CreateDirectory(locked);
        File.Copy(DevCampaign, Path.Combine(locked, "campaign.yaml"));

        // When offered for training
        var (exit, stdout, stderr) = await CliRun.RunAsync("train", "--answer-topics", "--gold", Path.Combine(locked, "campaign.yaml"), "--out", Path.Combine(_folder, "m.zip"));

        // Then exit 1, nothing written
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("a locked evaluation campaign never trains the model", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "m.zip")));
    }

    [Fact]
    public async Task Gold_WithoutAnswerTopics_IsAUsageError()
    {
        // When --gold is given to the topic classifier's training
        var (exit, _, stderr) = await CliRun.RunAsync("train", "--gold", DevCampaign);

        // Then exit 1 before anything is trained
        Assert.Equal(1, exit);
        Assert.Contains("--gold is read only with --answer-topics", stderr, StringComparison.Ordinal);
    }
}
