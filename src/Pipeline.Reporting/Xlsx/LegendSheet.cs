using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Xlsx;

/// <summary>"Legend": the campaign, what each status colour means, and each question's full text.</summary>
internal static class LegendSheet
{
    public const string Name = "Legend";

    public static SheetBuilder Start(ComparisonView view)
    {
        var campaign = view.Campaign;
        var sheet = new SheetBuilder(Name, [16, 30, 110]) { Frozen = (0, 0) };
        sheet.Row(XlsxCell.Of("Campaign", XlsxStyles.Bold), XlsxCell.Of(campaign.Id), XlsxCell.Of(campaign.Title));
        sheet.Row(XlsxCell.Of("Organisation", XlsxStyles.Bold), XlsxCell.Of(campaign.Organisation ?? string.Empty), XlsxCell.Of(campaign.SourceUrl ?? string.Empty));
        sheet.Row(XlsxCell.Of("Generated", XlsxStyles.Bold), XlsxCell.Of(Invariant.Timestamp(view.Source.GeneratedAt)), XlsxCell.Of(string.Empty));
        sheet.Row();
        sheet.Header("Status", "Label", "Meaning");
        foreach (var style in StatusStyles.All)
        {
            sheet.Row(XlsxCell.Of($"{style.Abbreviation} {style.Title}", XlsxStyles.Status(style.Status)), XlsxCell.Of(style.Label), XlsxCell.Of(style.Description));
        }

        sheet.Row();
        sheet.Header("Question", "Short title", "Text");
        foreach (var question in campaign.Questions)
        {
            sheet.Row(XlsxCell.Of(question.Id.Value), XlsxCell.Of(question.ShortTitle ?? string.Empty), XlsxCell.Of(question.Text));
        }

        return sheet;
    }
}
