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
                ? JsonSerializer.Serialize(new { result.CampaignId, result.Replies, result.Topics, result.BaselineTopics, result.TopicsByLanguage, result.TopicCalibration, result.Problems }, PipelineJson.Indented)
                : AnalysisReportText.Topics(result));
            await AnalysisEvaluationRunner.NoteTrainingOverlapAsync(settings);
            return result.Problems.IsEmpty ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        }

        var folder = settings.Test ?? Path.Combine(TopicModelPaths.DefaultDataFolder, "test");
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"{folder}: test folder not found (expected <label>.jsonl files)");
        }

        var modelPath = TopicModelPaths.Resolve(settings.Model);
        var model = TopicModel.Load(modelPath);
        var baselinePath = TopicModelPaths.BaselinePathFor(modelPath);
        var baseline = File.Exists(baselinePath) ? TopicModel.Load(baselinePath) : null;
        var test = LabelledDataSet.Load(folder);
        var texts = test.Examples.Select(e => e.Text).ToArray();
        var predictions = await Task.Run(() => model.PredictMany(texts).Select((p, i) => (test.Examples[i].Label, Prediction: p)).ToArray(), cancellationToken);
        var baselineScores = baseline is null ? null : TopicEvaluator.Evaluate(baseline, test.Examples);
        var scores = ClassificationScores.From([.. predictions.Select(p => (p.Label, p.Prediction.Topic))]);
        var calibration = Calibration.From([.. predictions.Select(p => (p.Prediction.Score, p.Label == p.Prediction.Topic))]);
        if (settings.Json)
        {
            var report = new EvaluationView(TopicModelPaths.Display(model.Source), DataSetSummary.Of(test, TopicModelPaths.Display(folder)), scores, calibration, baselineScores);
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(report, PipelineJson.Indented));
            return ExitCodes.Success;
        }

        AnsiConsole.WriteLine($"{TopicModelPaths.Display(model.Source)} on {TopicModelPaths.Display(folder)} ({scores.Examples} examples): "
            + $"macro-F1 {ScoreTables.F(scores.MacroF1)}, accuracy {ScoreTables.F(scores.Accuracy)}, expected calibration error {ScoreTables.F(calibration.ExpectedCalibrationError)}");
        if (baselineScores is not null)
        {
            AnsiConsole.WriteLine($"baseline {TopicModelPaths.Display(baselinePath)}: macro-F1 {ScoreTables.F(baselineScores.MacroF1)}, accuracy {ScoreTables.F(baselineScores.Accuracy)}");
        }

        AnsiConsole.Write(ScoreTables.PerLabel(scores, baselineScores));
        AnsiConsole.Write(ScoreTables.Confusion(scores.Confusion));
        return ExitCodes.Success;
    }

    private sealed record EvaluationView(string Model, DataSetSummary TestData, ClassificationScores Scores, Calibration Calibration, ClassificationScores? Baseline);
}
