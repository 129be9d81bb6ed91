using Microsoft.ML.Data;

namespace Pipeline.Classification.AnswerTopics;

/// <summary>ML.NET row of a featurised paragraph while training.</summary>
internal class AnswerTopicFeaturesRow
{
    public VBuffer<float> Features { get; set; }
}

/// <summary>ML.NET row of one topic's head while training: a paragraph's features and whether it answers the topic.</summary>
internal sealed class AnswerTopicHeadRow : AnswerTopicFeaturesRow
{
    public bool Label { get; set; }
}

/// <summary>ML.NET input row when scoring: the normalised paragraph.</summary>
internal sealed class AnswerTopicsInputRow
{
    public string Text { get; set; } = string.Empty;
}

/// <summary>ML.NET output row: the probability of each topic, in the manifest's order.</summary>
internal sealed class AnswerTopicsOutputRow
{
    [ColumnName(AnswerTopicsModel.ProbabilitiesColumn)]
    public float[] Probabilities { get; set; } = [];
}
