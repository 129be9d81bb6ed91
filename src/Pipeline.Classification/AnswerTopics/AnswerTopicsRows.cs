using Microsoft.ML.Data;

namespace Pipeline.Classification.AnswerTopics;

/// <summary>ML.NET input row while training: the (normalised) paragraph and the topics it answers ("|mitigation|stakeholder_engagement|").</summary>
internal sealed class AnswerTopicTrainingRow
{
    public string Text { get; set; } = string.Empty;

    public string Topics { get; set; } = "|";
}

/// <summary>One head's label while training: whether the paragraph answers its topic.</summary>
internal sealed class AnswerTopicLabel
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
