using System.Text;
using Pipeline.Core.Reports;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Web.Pages;

/// <summary>What the question and topic matrices share: the table's opening and each row's company header.</summary>
internal static class MatrixTable
{
    /// <summary>The table up to its first column header ("Company"); the caller adds the other headers.</summary>
    public static StringBuilder Start(string cssClass, string caption) =>
        new StringBuilder($"<div class=\"scroll\"><table class=\"{cssClass}\" id=\"matrix\">")
            .Append($"<caption>{caption}</caption><thead><tr><th scope=\"col\">Company</th>");

    /// <summary>A row's header: the company's name and its part in the outreach, as the reports word it.</summary>
    public static string RowHeader(CompanyEntry company) =>
        $"<th scope=\"row\">{Html.Encode(company.Name)}<small>{Html.Encode(ReplyText.Of(company))}</small></th>";
}
