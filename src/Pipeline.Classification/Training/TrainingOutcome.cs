using System.Text.Json;
using Pipeline.Classification.Model;
using Pipeline.Core.Json;

namespace Pipeline.Classification.Training;

/// <summary>A trained model and its metrics, not yet written.</summary>
public sealed record TrainingOutcome(TopicModel Model, TopicModelMetrics Metrics)
{
    /// <summary>Writes the model zip to <paramref name="modelPath"/> and the metrics beside it; returns the metrics path.</summary>
    public string Save(string modelPath)
    {
        Model.Save(modelPath);
        var metricsPath = TopicModelPaths.MetricsPathFor(modelPath);
        File.WriteAllText(metricsPath, JsonSerializer.Serialize(Metrics with { Model = Path.GetFileName(modelPath) }, PipelineJson.Indented) + "\n");
        return metricsPath;
    }
}
