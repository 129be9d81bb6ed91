using System.Collections.Immutable;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.AnswerTopics;

/// <summary>What the answer-topics model says of one paragraph (<see cref="AnswerTopicsModel.Judge"/>).</summary>
/// <param name="Plausible">Topics the paragraph may answer (probability at least the model's plausible threshold): routing keeps only these questions.</param>
/// <param name="Sure">Topics the paragraph surely answers (at least the sure threshold): routing adds their questions.</param>
public sealed record AnswerTopicsJudgement(ImmutableHashSet<Topic> Plausible, ImmutableHashSet<Topic> Sure);
