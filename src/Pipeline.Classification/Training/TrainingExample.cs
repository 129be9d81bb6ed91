using Pipeline.Core.Topics;

namespace Pipeline.Classification.Training;

/// <summary>One labelled passage of the training or test data.</summary>
public sealed record TrainingExample(Topic Label, string Text);
