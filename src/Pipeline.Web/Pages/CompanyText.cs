using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;

namespace Pipeline.Web.Pages;

/// <summary>A company's part in the outreach, under its name in a matrix row.</summary>
internal static class CompanyText
{
    public static string Reply(CompanyEntry company)
    {
        var status = company.Status switch
        {
            ResponseStatus.Declined => "declined",
            _ when company.HasReply || company.Status == ResponseStatus.Responded => "replied",
            _ => "no response",
        };
        return company.Listed ? status : status + ", not listed";
    }

    /// <summary>The row header of a matrix.</summary>
    public static string RowHeader(CompanyEntry company) =>
        $"<th scope=\"row\">{Html.Encode(company.Name)}<small>{Html.Encode(Reply(company))}</small></th>";
}
