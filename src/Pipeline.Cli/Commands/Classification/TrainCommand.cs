using System.Text.Json;
using Pipeline.Classification;
using Pipeline.Classification.Training;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Classification;

/// <summary>`pipeline train`: compares the candidate pipelines by cross-validation, trains the best, scores it on the test set, writes model and metrics.</summary>
internal sealed class TrainCommand : PipelineCommand<TrainSettings>
{
    protected override async Task<int> RunAsync(TrainSettings settings, CancellationToken cancellationToken)
    {
        var data = settings.Data ?? TopicModelPaths.DefaultDataFolder;
        var trainFolder = Path.Combine(data, "train");
        if (!Directory.Exists(trainFolder))
        {
            throw new UsageException($"{trainFolder}: no training folder (expected {data}/train/<label>.jsonl)");
        }

        var testFolder = Path.Combine(data, "test");
        var train = LabelledDataSet.Load(trainFolder);
        var test = Directory.Exists(testFolder) ? LabelledDataSet.Load(testFolder) : null;
        if (test is null)
        {
            await Console.Error.WriteLineAsync($"warning: {testFolder} not found; the model is trained but not scored on a test set");
        }

        if (settings.AnswerTopics)
        {
            return await AnswerTopicsTrainingRun.RunAsync(settings, train, cancellationToken);
        }

        if (settings.WithCorrections.Length > 0)
        {
            var index = Search.IndexLocation.Resolve(settings.Index);
            Workflows.Corrections.CorrectionTrainingSet corrected;
            try
            {
                corrected = Workflows.Corrections.CorrectionTraining.Add(train, test, [.. settings.WithCorrections.Select(CampaignFile.Load)], index);
            }
            catch (Core.Errors.PipelineException refused) when (refused.Code == Core.Errors.ErrorCode.InvalidInput)
            {
                throw new UsageException(refused.Message);
            }

            train = corrected.Train;
            await Console.Error.WriteLineAsync($"added {corrected.Added} passages labelled by researchers to the training set ({corrected.LeftOutAsTest} left out: in the test set)");
        }

        var trainer = new TopicModelTrainer(TrainingOptions.Default with { Folds = settings.Folds });
        var outcome = await Task.Run(() => trainer.Train(train, test, new StderrProgress(), cancellationToken), cancellationToken);
        var modelPath = settings.Out ?? TopicModelPaths.DefaultModelPath;
        var metricsPath = outcome.Save(modelPath);
        await Console.Error.WriteLineAsync($"wrote {modelPath} ({new FileInfo(modelPath).Length / 1024} KiB) and {metricsPath}");

        var metrics = outcome.Metrics;
        if (settings.Json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(metrics, PipelineJson.Indented));
            return ExitCodes.Success;
        }

        AnsiConsole.Write(ScoreTables.CrossValidation(metrics.CrossValidation, metrics.Chosen.Candidate));
        if (metrics.Test is { } scores)
        {
            AnsiConsole.WriteLine($"Test set ({scores.Examples} examples): macro-F1 {ScoreTables.F(scores.MacroF1)}, accuracy {ScoreTables.F(scores.Accuracy)}; "
                + $"baseline macro-F1 {ScoreTables.F(metrics.BaselineTest!.MacroF1)}; bar (macro >= {metrics.QualityBar.MacroF1}, every label >= {metrics.QualityBar.LabelF1}) "
                + (metrics.QualityBar.Met == true ? "met" : "NOT met"));
            AnsiConsole.Write(ScoreTables.PerLabel(scores, metrics.BaselineTest));
        }

        return ExitCodes.Success;
    }
}
