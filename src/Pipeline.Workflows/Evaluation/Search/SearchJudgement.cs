using System.Collections.Immutable;

namespace Pipeline.Workflows.Evaluation.Search;

/// <summary>One concept query of a judgement file (<c>corpus/search-eval/*.jsonl</c>) with every passage judged relevant.</summary>
public sealed record SearchJudgement(string Id, string Query, string Language, string? Concept, ImmutableArray<JudgedPassage> Relevant);
