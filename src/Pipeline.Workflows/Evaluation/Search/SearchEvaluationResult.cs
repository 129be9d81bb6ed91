using System.Collections.Immutable;

namespace Pipeline.Workflows.Evaluation.Search;

/// <summary>What <c>pipeline eval search</c> measured: every mode averaged over the queries, by language and per query.</summary>
/// <param name="Segments">Segments in the evaluation's index (both campaigns).</param>
/// <param name="Vectors">Passage vectors in it.</param>
/// <param name="Overall">Each mode averaged over all queries.</param>
/// <param name="ByLanguage">Each mode averaged over the queries of one language.</param>
/// <param name="Unlocated">Judged passages whose excerpt is in no indexed segment: "query id: reply: excerpt".</param>
public sealed record SearchEvaluationResult(
    string Queries,
    string Index,
    int Segments,
    int Vectors,
    ImmutableArray<ModeScore> Overall,
    ImmutableSortedDictionary<string, ImmutableArray<ModeScore>> ByLanguage,
    ImmutableArray<QueryScore> PerQuery,
    ImmutableArray<string> Unlocated);
