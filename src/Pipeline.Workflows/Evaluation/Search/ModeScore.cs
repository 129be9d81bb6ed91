using Pipeline.Search.Querying;

namespace Pipeline.Workflows.Evaluation.Search;

/// <summary>How well one search mode did, on one query or averaged over queries (each query weighs the same).</summary>
/// <param name="RecallAt20">Share of the relevant passages found in the first 20 hits.</param>
/// <param name="NdcgAt10">Normalised discounted cumulative gain of the first 10 hits, with the judged grades as gains.</param>
/// <param name="RepliesAt20">Share of the replies holding a relevant passage that have one in the first 20 hits.</param>
public sealed record ModeScore(SearchMode Mode, double RecallAt20, double NdcgAt10, double RepliesAt20);
