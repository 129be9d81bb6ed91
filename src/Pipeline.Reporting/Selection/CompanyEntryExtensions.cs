using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;

namespace Pipeline.Reporting.Selection;

public static class CompanyEntryExtensions
{
    /// <summary>
    /// True when the company sent anything back: a reply file (indexed, or one that could not be read), or a status other
    /// than no_response (a refusal to take part counts).
    /// </summary>
    public static bool Replied(this CompanyEntry company) =>
        company.HasReply || !company.UnreadReplies.IsDefaultOrEmpty || company.Status != ResponseStatus.NoResponse;

    /// <summary>True when the company sent a reply it did not refuse outright: the companies whose answers are compared.</summary>
    public static bool IsRespondent(this CompanyEntry company) => company.Replied() && company.Status != ResponseStatus.Declined;
}
