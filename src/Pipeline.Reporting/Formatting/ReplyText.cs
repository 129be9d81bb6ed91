using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;

namespace Pipeline.Reporting.Formatting;

/// <summary>A company's part in the outreach in a few words.</summary>
public static class ReplyText
{
    /// <summary>
    /// "replied", "declined", "no response", "reply not indexed" (nothing of its reply could be read), "replied, 1 file not
    /// indexed"; with "not listed" for a company outside the campaign's list.
    /// </summary>
    public static string Of(CompanyEntry company)
    {
        var unread = company.UnreadReplies.IsDefault ? 0 : company.UnreadReplies.Length;
        var status = company.Status switch
        {
            ResponseStatus.Declined => "declined",
            _ when company.HasReply && unread > 0 => $"replied, {Phrases.Count(unread, "file", "files")} not indexed",
            _ when company.HasReply => "replied",
            _ when company.ReplyNotIndexed => "reply not indexed",
            _ => "no response",
        };
        return company.Listed ? status : $"{status} (not listed)";
    }
}
