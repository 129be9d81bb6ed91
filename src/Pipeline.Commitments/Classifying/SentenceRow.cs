using Microsoft.ML.Data;
using Pipeline.Commitments.Cues;

namespace Pipeline.Commitments.Classifying;

/// <summary>A sentence as the model reads it: its words, its cue features and, when training, its kind.</summary>
internal sealed class SentenceRow
{
    public string Text { get; set; } = string.Empty;

    [VectorType(CueFeatures.Count)]
    public float[] Cues { get; set; } = new float[CueFeatures.Count];

    public string Label { get; set; } = string.Empty;

    /// <summary>The example's weight in training (kinds balanced); 1 when predicting.</summary>
    public float Weight { get; set; } = 1f;
}
