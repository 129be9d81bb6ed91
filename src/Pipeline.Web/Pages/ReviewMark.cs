using System.Collections.Immutable;
using Pipeline.Core.Corrections;
using Pipeline.Core.Review;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Web.Pages;

/// <summary>The visible mark of a reading that needs review (<see cref="ReviewPolicy"/>), with its reasons on hover.</summary>
internal static class ReviewMark
{
    public static string For(ImmutableArray<ReviewReason> reasons) => reasons.IsDefaultOrEmpty
        ? string.Empty
        : $" <span class=\"review-mark\" title=\"{Html.Encode(ReviewText.Reasons(reasons))}\">{Html.Encode(ReviewText.Mark)}</span>";

    /// <summary>The mark of a researcher's correction, with what the machine had said.</summary>
    public static string Corrected(CorrectionMark? mark) => mark is null
        ? string.Empty
        : $" <span class=\"corrected-mark\" title=\"{Html.Encode(CorrectionText.Of(mark))}\">{Html.Encode(CorrectionText.Mark)}</span> <small class=\"machine\">machine: {Html.Encode(CorrectionText.Machine(mark))}</small>";

    /// <summary>The short mark of a corrected matrix cell.</summary>
    public const string CorrectedFlag = "<span class=\"corrected-flag\" title=\"corrected\">✎</span>";

    /// <summary>The short mark of a matrix cell.</summary>
    public const string Flag = "<span class=\"review-flag\" title=\"needs review\">⚑</span>";
}
