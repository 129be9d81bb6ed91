using System.Collections.Immutable;
using Pipeline.Core.Review;

namespace Pipeline.Reporting.Formatting;

/// <summary>How a reading that needs review (<see cref="ReviewPolicy"/>) is marked in spreadsheets and pages.</summary>
public static class ReviewText
{
    /// <summary>The visible mark, the same in every surface so that a researcher can filter or search for it.</summary>
    public const string Mark = "⚑ needs review";

    /// <summary>"unsure question, unsure topic": the reasons in words.</summary>
    public static string Reasons(ImmutableArray<ReviewReason> reasons) =>
        string.Join(", ", reasons.OrEmpty().Select(r => r switch
        {
            ReviewReason.LowAttribution => "unsure question",
            ReviewReason.LowTopic => "unsure topic",
            ReviewReason.UnroutedContent => "about a topic but tied to no question",
            _ => r.ToString(),
        }));
}
