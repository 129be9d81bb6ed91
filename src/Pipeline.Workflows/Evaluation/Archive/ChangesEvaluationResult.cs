using System.Collections.Immutable;

namespace Pipeline.Workflows.Evaluation.Archive;

/// <summary>How the changes between two campaigns compare with the gold, at paragraph level and for statuses.</summary>
/// <param name="GoldParagraphs">Gold paragraph changes (unchanged, edited, new, dropped).</param>
/// <param name="FoundRight">Gold paragraph changes found with the right kind (recall's numerator).</param>
/// <param name="Reported">Paragraph changes reported (each paragraph once per company).</param>
/// <param name="ReportedRight">Reported changes that match a gold one of the same kind (precision's numerator).</param>
/// <param name="GoldStatusChanges">Company × question cells whose gold status changed between the campaigns.</param>
/// <param name="StatusChangesFound">Of those, how many were reported changed, to the gold's later status.</param>
/// <param name="Misses">One line per gold change missed or found with another kind.</param>
/// <param name="StatusMisses">One line per gold status change not reported, or reported to another status.</param>
public sealed record ChangesEvaluationResult(
    int GoldParagraphs,
    int FoundRight,
    int Reported,
    int ReportedRight,
    int GoldStatusChanges,
    int StatusChangesFound,
    ImmutableArray<string> Misses,
    ImmutableArray<string> StatusMisses)
{
    public double Recall => GoldParagraphs == 0 ? 0 : (double)FoundRight / GoldParagraphs;

    public double Precision => Reported == 0 ? 0 : (double)ReportedRight / Reported;
}
