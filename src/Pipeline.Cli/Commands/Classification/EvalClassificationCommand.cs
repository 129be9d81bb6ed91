using System.Text.Json;
using Pipeline.Classification;
using Pipeline.Classification.Evaluation;
using Pipeline.Classification.Model;
using Pipeline.Classification.Training;
using Pipeline.Cli.Commands.Eval;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Classification;

/// <summary>`pipeline eval classification`: scores a model on a labelled test folder (macro-F1, per label, confusion matrix).</summary>
internal sealed class EvalClassificationCommand : PipelineCommand<EvalClassificationSettings>
{
    protected override async Task<int> RunAsync(EvalClassificationSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Campaign is not null)
        {
            if (settings.Test is not null)
            {
                throw new UsageException("--test and --campaign both name test data: give one");
            }

            var result = await AnalysisEvaluationRunner.RunAsync(settings, cancellationToken);
            await Console.Out.WriteLineAsync(settings.Json
                ? JsonSerializer.Serialize(new { result.CampaignId, result.Replies, result.Topics, result.TopicsByLanguage, result.TopicCalibration, result.Problems }, PipelineJson.Indented)
                : AnalysisReportText.Topics(result));
            return result.Problems.IsEmpty ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        }

        var folder = settings.Test ?? Path.Combine(TopicModelPaths.DefaultDataFolder, "test");
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"{folder}: test folder not found (expected <label>.jsonl files)");
        }

        var model = TopicModel.Load(TopicModelPaths.Resolve(settings.Model));
        var test = LabelledDataSet.Load(folder);
        var predictions = await Task.Run(() => test.Examples.Select(e => (e.Label, Prediction: model.Predict(e.Text))).ToArray(), cancellationToken);
        var scores = ClassificationScores.From([.. predictions.Select(p => (p.Label, p.Prediction.Topic))]);
        var calibration = Calibration.From([.. predictions.Select(p => (p.Prediction.Score, p.Label == p.Prediction.Topic))]);
        if (settings.Json)
        {
            var report = new EvaluationView(TopicModelPaths.Display(model.Source), DataSetSummary.Of(test, TopicModelPaths.Display(folder)), scores, calibration);
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(report, PipelineJson.Indented));
            return ExitCodes.Success;
        }

        AnsiConsole.WriteLine($"{TopicModelPaths.Display(model.Source)} on {TopicModelPaths.Display(folder)} ({scores.Examples} examples): "
            + $"macro-F1 {ScoreTables.F(scores.MacroF1)}, accuracy {ScoreTables.F(scores.Accuracy)}, expected calibration error {ScoreTables.F(calibration.ExpectedCalibrationError)}");
        AnsiConsole.Write(ScoreTables.PerLabel(scores));
        AnsiConsole.Write(ScoreTables.Confusion(scores.Confusion));
        return ExitCodes.Success;
    }

    private sealed record EvaluationView(string Model, DataSetSummary TestData, ClassificationScores Scores, Calibration Calibration);
}
