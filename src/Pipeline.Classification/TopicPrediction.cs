using System.Collections.Immutable;
using Pipeline.Core.Topics;

namespace Pipeline.Classification;

/// <summary>A classifier's answer for one text.</summary>
/// <param name="Topic">The most probable topic.</param>
/// <param name="Score">Its probability, 0 to 1.</param>
/// <param name="Scores">The probability of every topic, summing to about 1.</param>
public sealed record TopicPrediction(Topic Topic, double Score, ImmutableDictionary<Topic, double> Scores);
