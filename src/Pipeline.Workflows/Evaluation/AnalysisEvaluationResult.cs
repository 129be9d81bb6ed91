using System.Collections.Immutable;
using Pipeline.Classification.Evaluation;
using Pipeline.Core.Errors;

namespace Pipeline.Workflows.Evaluation;

/// <summary>Every figure of a campaign's gold evaluation of the whole analysis.</summary>
/// <param name="Replies">Replies evaluated (with a gold file and a readable reply).</param>
/// <param name="Attribution">Paragraphs to questions.</param>
/// <param name="Topics">Topic labels of content paragraphs (structure such as restated questions excluded).</param>
/// <param name="BaselineTopics">The plain baseline's scores on the same paragraphs, when one was given.</param>
/// <param name="TopicCalibration">Reliability of the classifier's topic scores on those paragraphs.</param>
/// <param name="AttributionCalibration">Reliability of the confidences of the ties the analysis made: every paragraph it attributed to a question, right or wrong.</param>
/// <param name="Status">Company × question cells of replies whose meta file gives statuses; null when none does.</param>
/// <param name="Naming">Replies whose meta file names the company, named with the company list hidden; null when none does.</param>
public sealed record AnalysisEvaluationResult(
    string CampaignId,
    int Replies,
    AttributionScores Attribution,
    ClassificationScores Topics,
    ClassificationScores? BaselineTopics,
    ImmutableArray<Accuracy> TopicsByLanguage,
    Calibration TopicCalibration,
    Calibration AttributionCalibration,
    StatusScores? Status,
    NamingScores? Naming,
    ImmutableArray<TopicOutcome> TopicMisses,
    ImmutableArray<PipelineError> Problems);
