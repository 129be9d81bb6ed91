using System.Collections.Immutable;
using Pipeline.Core.Commitments;

namespace Pipeline.Commitments.Classifying;

/// <summary>The kind a classifier gives a sentence, with its score and every kind's score (summing to 1).</summary>
public sealed record StatementPrediction(StatementKind Kind, double Score, ImmutableDictionary<StatementKind, double> Scores);
