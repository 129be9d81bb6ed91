using System.Text.Json;
using Pipeline.Classification.Model;
using Pipeline.Core.Json;

namespace Pipeline.Classification.Training;

/// <summary>A trained model, the baseline trained on the same data, and their metrics, not yet written.</summary>
public sealed record TrainingOutcome(TopicModel Model, TopicModelMetrics Metrics)
{
    /// <summary>The plain baseline trained on the same data, kept so that any labelled set can score both.</summary>
    public TopicModel? Baseline { get; init; }

    /// <summary>
    /// Writes the model zip to <paramref name="modelPath"/>, the baseline beside it
    /// (<see cref="TopicModelPaths.BaselinePathFor"/>) and the metrics; returns the metrics path.
    /// </summary>
    public string Save(string modelPath)
    {
        Model.Save(modelPath);
        Baseline?.Save(TopicModelPaths.BaselinePathFor(modelPath));
        var metricsPath = TopicModelPaths.MetricsPathFor(modelPath);
        File.WriteAllText(metricsPath, JsonSerializer.Serialize(Metrics with { Model = Path.GetFileName(modelPath) }, PipelineJson.Indented) + "\n");
        return metricsPath;
    }
}
