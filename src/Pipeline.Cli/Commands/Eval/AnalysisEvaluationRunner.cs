using System.Text.Json;
using Pipeline.Classification;
using Pipeline.Classification.Model;
using Pipeline.Classification.Routing;
using Pipeline.Cli.Infrastructure;
using Pipeline.Core.Json;
using Pipeline.Core.Segments;
using Pipeline.Segmentation;
using Pipeline.Workflows.Evaluation;
using Pipeline.Workflows.Segmenting;

namespace Pipeline.Cli.Commands.Eval;

/// <summary>Runs <see cref="AnalysisEvaluation"/> for the campaign and model the settings name.</summary>
internal static class AnalysisEvaluationRunner
{
    public static Task<AnalysisEvaluationResult> RunAsync(EvalAnalysisSettings settings, CancellationToken cancellationToken)
    {
        var campaign = settings.LoadCampaign();
        var modelPath = TopicModelPaths.Resolve(settings.Model);
        var calibration = settings.Uncalibrated ? AttributionCalibration.None : AttributionCalibration.Shipped;
        var classifier = SegmentClassifier.ForModel(modelPath, options: RoutingOptions.Default with { Calibration = calibration });
        var baselinePath = TopicModelPaths.BaselinePathFor(modelPath);
        var baseline = File.Exists(baselinePath) ? TopicModel.Load(baselinePath) : null;
        var evaluation = new AnalysisEvaluation(ReplySegmentation.Unclassified(SegmentationOptions.Default with { Calibration = calibration }), classifier, baseline);
        return Task.Run(() => evaluation.Run(campaign, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Runs the evaluation and prints one part of it: <paramref name="json"/>'s object with <c>--json</c>, else
    /// <paramref name="text"/>. A part the gold cannot score (json gives null) is a usage error saying why.
    /// </summary>
    public static async Task<int> PrintAsync(
        EvalAnalysisSettings settings,
        Func<AnalysisEvaluationResult, object?> json,
        Func<AnalysisEvaluationResult, string> text,
        string nothingToScore,
        CancellationToken cancellationToken)
    {
        var result = await RunAsync(settings, cancellationToken);
        var part = json(result) ?? throw new UsageException($"{settings.Campaign}: {nothingToScore}");
        await Console.Out.WriteLineAsync(settings.Json ? JsonSerializer.Serialize(part, PipelineJson.Indented) : text(result));
        await NoteTrainingOverlapAsync(settings);
        return result.Problems.IsEmpty ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    /// <summary>Says on standard error when the campaign's gold paragraphs are in the model's training data (its figures are then no evidence).</summary>
    public static async Task NoteTrainingOverlapAsync(EvalAnalysisSettings settings)
    {
        if (TrainingFolderOf(TopicModelPaths.Resolve(settings.Model)) is { } training
            && TrainingOverlap.Of(settings.LoadCampaign(), training)?.Note() is { } note)
        {
            await Console.Error.WriteLineAsync(note);
        }
    }

    /// <summary>The training data the model's metrics name (<c>trainingData.folder</c>, relative to the repository), when they name one that exists here.</summary>
    private static string? TrainingFolderOf(string modelPath)
    {
        var metrics = TopicModelPaths.MetricsPathFor(modelPath);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(metrics));
            var folder = document.RootElement.GetProperty("trainingData").GetProperty("folder").GetString();
            var full = folder is null ? null
                : Path.IsPathRooted(folder) ? folder
                : TopicModelPaths.RepositoryRoot is { } root ? Path.Combine(root, folder) : null;
            return full is not null && Directory.Exists(full) ? full : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // No metrics beside the model, or metrics of another shape: nothing to compare with, and nothing to say.
            return null;
        }
    }
}
