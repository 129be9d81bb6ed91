using System.Collections.Immutable;
using Pipeline.Core.Review;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Web.Pages;

/// <summary>The visible mark of a reading that needs review (<see cref="ReviewPolicy"/>), with its reasons on hover.</summary>
internal static class ReviewMark
{
    public static string For(ImmutableArray<ReviewReason> reasons) => reasons.IsDefaultOrEmpty
        ? string.Empty
        : $" <span class=\"review-mark\" title=\"{Html.Encode(ReviewText.Reasons(reasons))}\">{Html.Encode(ReviewText.Mark)}</span>";

    /// <summary>The short mark of a matrix cell.</summary>
    public const string Flag = "<span class=\"review-flag\" title=\"needs review\">⚑</span>";
}
