using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Topics;

namespace Pipeline.Core.Corrections;

/// <summary>What a researcher corrected on a passage, and what the machine had said: shown beside the corrected reading.</summary>
/// <param name="Ids">The corrections applied, in the file's order.</param>
/// <param name="MachineQuestions">The questions the machine tied the passage to.</param>
/// <param name="MachineTopic">The topic the machine gave it; null when unclassified.</param>
public sealed record CorrectionMark(ImmutableArray<string> Ids, ImmutableArray<QuestionId> MachineQuestions, Topic? MachineTopic);
