using Pipeline.Classification;
using Pipeline.Classification.AnswerTopics;
using Pipeline.Classification.Training;
using Pipeline.Cli.Infrastructure;
using Pipeline.Workflows.Training;

namespace Pipeline.Cli.Commands.Classification;

/// <summary>`pipeline train --answer-topics`: the examples from the training data and the development campaigns' gold, the model, its file.</summary>
internal static class AnswerTopicsTrainingRun
{
    public static async Task<int> RunAsync(TrainSettings settings, LabelledDataSet train, CancellationToken cancellationToken)
    {
        var campaigns = GoldCampaigns(settings).Select(CampaignFile.Load).ToList();
        (System.Collections.Immutable.ImmutableArray<AnswerTopicsExample> Examples, System.Collections.Immutable.ImmutableArray<string> Sources) built;
        try
        {
            built = AnswerTopicsTraining.Build(train, campaigns);
        }
        catch (Core.Errors.PipelineException refused) when (refused.Code == Core.Errors.ErrorCode.InvalidInput)
        {
            throw new UsageException(refused.Message);
        }

        var (examples, sources) = built;
        foreach (var source in sources)
        {
            await Console.Error.WriteLineAsync(source);
        }

        var model = await Task.Run(() => AnswerTopicsTrainer.Train(examples, sources, new StderrProgress(), cancellationToken), cancellationToken);
        var path = settings.Out ?? Path.Combine(Path.GetDirectoryName(TopicModelPaths.DefaultModelPath)!, AnswerTopicsModel.FileName);
        AnswerTopicsTrainer.Save(model, path);
        await Console.Error.WriteLineAsync($"wrote {path} ({new FileInfo(path).Length / 1024} KiB): {model.Topics.Length} topics from {examples.Length} paragraphs; plausible from {model.PlausibleThreshold}, sure from {model.SureThreshold}");
        return ExitCodes.Success;
    }

    private static IEnumerable<string> GoldCampaigns(TrainSettings settings)
    {
        if (settings.Gold.Length > 0)
        {
            return settings.Gold;
        }

        var independent = Path.Combine(TopicModelPaths.RepositoryRoot ?? Directory.GetCurrentDirectory(), "corpus", "campaigns", "independent");
        return Directory.Exists(independent)
            ? Directory.EnumerateDirectories(independent, "dev*").Order(StringComparer.Ordinal).Select(d => Path.Combine(d, "campaign.yaml")).Where(File.Exists)
            : [];
    }
}
