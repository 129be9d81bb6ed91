using Microsoft.ML.Data;

namespace Pipeline.Classification.Model;

/// <summary>ML.NET training row after featurising: the feature vector, the label and the example weight.</summary>
internal sealed class FeaturisedRow
{
    public VBuffer<float> Features { get; set; }

    public string Label { get; set; } = string.Empty;

    public float Weight { get; set; } = 1f;
}
