using System.Collections.Immutable;

namespace Pipeline.Workflows.Evaluation.Archive;

/// <summary>How the reuse found compares with the gold pairs.</summary>
/// <param name="GoldPairs">Gold reused passages (pairs of texts).</param>
/// <param name="InScope">Gold pairs whose reply paragraph has at least the minimum words the search was run with.</param>
/// <param name="Found">Gold pairs reported.</param>
/// <param name="FoundInScope">In-scope gold pairs reported.</param>
/// <param name="Reported">Pairs reported.</param>
/// <param name="ReportedRight">Reported pairs that are gold pairs.</param>
/// <param name="Misses">One line per in-scope gold pair not found.</param>
/// <param name="Extra">One line per reported pair the gold does not list.</param>
public sealed record ReuseEvaluationResult(int GoldPairs, int InScope, int Found, int FoundInScope, int Reported, int ReportedRight, ImmutableArray<string> Misses, ImmutableArray<string> Extra)
{
    public double Recall => GoldPairs == 0 ? 0 : (double)Found / GoldPairs;

    public double RecallInScope => InScope == 0 ? 0 : (double)FoundInScope / InScope;

    public double Precision => Reported == 0 ? 0 : (double)ReportedRight / Reported;
}
