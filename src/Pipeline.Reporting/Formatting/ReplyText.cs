using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;

namespace Pipeline.Reporting.Formatting;

/// <summary>A company's part in the outreach in a few words.</summary>
public static class ReplyText
{
    /// <summary>"replied", "declined", "no response", with "not listed" for a company outside the campaign's list.</summary>
    public static string Of(CompanyEntry company)
    {
        var status = company.Status switch
        {
            ResponseStatus.Declined => "declined",
            _ when company.HasReply || company.Status == ResponseStatus.Responded => "replied",
            _ => "no response",
        };
        return company.Listed ? status : $"{status} (not listed)";
    }
}
