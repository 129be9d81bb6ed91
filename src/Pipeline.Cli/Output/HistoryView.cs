using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;
using Pipeline.Workflows.Archive;

namespace Pipeline.Cli.Output;

/// <summary>A company's history as text: a block per campaign, a line per question with its status, then the answer's start.</summary>
internal static class HistoryView
{
    private const int Preview = 160;

    public static async Task WriteAsync(CompanyHistory history, TextWriter output)
    {
        await output.WriteLineAsync($"{history.Company}: {history.Campaigns.Length} campaign{(history.Campaigns.Length == 1 ? string.Empty : "s")}");
        foreach (var campaign in history.Campaigns)
        {
            await output.WriteLineAsync();
            var date = campaign.DateSent is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "undated";
            var listedAs = campaign.CompanyName == history.Company ? string.Empty : $" (listed as {campaign.CompanyName})";
            await output.WriteLineAsync($"{campaign.CampaignId} — sent {date}{listedAs}: {campaign.Title}");
            foreach (var answer in campaign.Answers)
            {
                var same = answer.SameAs is { } link ? $" = {link}" : string.Empty;
                var status = answer.Status.ToLabel();
                await output.WriteLineAsync($"  {answer.Question,-4} {answer.Topic.ToLabel(),-26} {status,-18}{same}");
                if (answer.Answers.Length > 0)
                {
                    var text = string.Join(' ', answer.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                    await output.WriteLineAsync($"       {Excerpt.Shorten(text, Preview)}  [{answer.Answers[0].Provenance}]");
                }
            }
        }

        if (history.NotApproached.Length > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"Not approached in: {string.Join(", ", history.NotApproached)}");
        }
    }
}
