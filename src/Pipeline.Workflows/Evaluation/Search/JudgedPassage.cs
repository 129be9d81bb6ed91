namespace Pipeline.Workflows.Evaluation.Search;

/// <summary>A passage judged relevant to a query: located by words copied from it in one reply of one campaign.</summary>
/// <param name="Campaign">The campaign id ("demo", "independent-dev").</param>
/// <param name="Reply">The reply's file name without extension (its gold file's stem).</param>
/// <param name="Excerpt">6–20 consecutive words of the passage, found in no other passage of the reply.</param>
/// <param name="Grade">2 answers the concept directly, 1 in part or in passing.</param>
public sealed record JudgedPassage(string Campaign, string Reply, string Excerpt, int Grade);
