using Pipeline.Classification;
using Pipeline.Classification.Model;
using Pipeline.Classification.Routing;
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
        var classifier = new SegmentClassifier(TopicModel.Load(modelPath));
        var baselinePath = TopicModelPaths.BaselinePathFor(modelPath);
        var baseline = File.Exists(baselinePath) ? TopicModel.Load(baselinePath) : null;
        var evaluation = new AnalysisEvaluation(ReplySegmentation.Unclassified(), classifier, baseline);
        return Task.Run(() => evaluation.Run(campaign, cancellationToken), cancellationToken);
    }
}
