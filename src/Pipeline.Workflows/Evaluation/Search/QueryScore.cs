using System.Collections.Immutable;

namespace Pipeline.Workflows.Evaluation.Search;

/// <summary>One query's scores in every mode.</summary>
/// <param name="Relevant">Passages judged relevant.</param>
/// <param name="Located">Of those, the ones whose excerpt was found in an indexed segment (the others cannot be found by any mode).</param>
public sealed record QueryScore(string Id, string Query, string Language, int Relevant, int Located, ImmutableArray<ModeScore> Modes);
