using System.Collections.Immutable;
using Pipeline.Classification.Evaluation;

namespace Pipeline.Classification.Training;

/// <summary>Everything recorded about a trained model: written beside it as <c>topic-classifier.metrics.json</c>.</summary>
/// <param name="Model">The model's file name.</param>
/// <param name="TrainedAt">When it was trained (UTC).</param>
/// <param name="TrainingData">The training set (its SHA-256 identifies the exact files).</param>
/// <param name="TestData">The separate held-out test set; null when none was found.</param>
/// <param name="Chosen">The pipeline kept and its settings.</param>
/// <param name="CrossValidation">Every candidate's cross-validation on the training set, the baseline last.</param>
/// <param name="Test">The chosen model on the test set; null without a test set.</param>
/// <param name="BaselineTest">The baseline, trained on the same training set, on the test set; null without a test set.</param>
/// <param name="QualityBar">The target on the test set and whether it is met.</param>
public sealed record TopicModelMetrics(
    string Model,
    DateTimeOffset TrainedAt,
    DataSetSummary TrainingData,
    DataSetSummary? TestData,
    ChosenPipeline Chosen,
    ImmutableArray<CrossValidationResult> CrossValidation,
    ClassificationScores? Test,
    ClassificationScores? BaselineTest,
    QualityBar QualityBar);
