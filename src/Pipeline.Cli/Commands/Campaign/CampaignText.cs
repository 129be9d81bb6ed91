using System.Text;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Topics;

namespace Pipeline.Cli.Commands.Campaign;

/// <summary>Human-readable output of the `campaign` verbs (plain text: names may hold characters markup would eat).</summary>
internal static class CampaignText
{
    public static string Validation(CampaignValidationView view)
    {
        if (view.Valid)
        {
            return $"OK {view.File}: {view.Questions} questions, {view.Companies} companies";
        }

        var text = new StringBuilder();
        foreach (var issue in view.Errors)
        {
            text.AppendLine($"{view.File}: {issue}");
        }

        text.Append($"INVALID {view.File}: {view.Errors.Length} problem{(view.Errors.Length == 1 ? string.Empty : "s")}");
        return text.ToString();
    }

    public static string Campaign(CampaignView view)
    {
        var text = new StringBuilder();
        text.AppendLine($"{view.Id}: {view.Title}");
        AppendIfSet(text, "Organisation", view.Organisation);
        AppendIfSet(text, "Sent", view.DateSent?.ToString("yyyy-MM-dd"));
        AppendIfSet(text, "Published", view.DatePublished?.ToString("yyyy-MM-dd"));
        AppendIfSet(text, "Source", view.SourceUrl);
        AppendIfSet(text, "Replies", view.RepliesFolder);

        text.AppendLine().AppendLine($"Questions ({view.Questions.Length})");
        var topicWidth = view.Questions.Max(q => q.Topic.ToLabel().Length);
        foreach (var q in view.Questions)
        {
            text.AppendLine($"  {q.Id.Value,-4} {q.Topic.ToLabel().PadRight(topicWidth)}  {q.ShortTitle ?? string.Empty}");
            text.AppendLine($"       {q.Text}");
        }

        var r = view.Responses;
        text.AppendLine().AppendLine(
            $"Companies ({r.Companies}): {r.Responded} responded, {r.Declined} declined, {r.NoResponse} no response; response rate {r.ResponseRate:P1}");
        var nameWidth = view.Companies.Max(c => c.Name.Length);
        foreach (var c in view.Companies)
        {
            var aliases = c.Aliases.IsDefaultOrEmpty ? string.Empty : $"  (also: {string.Join(", ", c.Aliases)})";
            text.AppendLine($"  {c.Name.PadRight(nameWidth)}  {StatusLabel(c.Status),-11}  {c.Country ?? "-"}{aliases}");
        }

        return text.ToString().TrimEnd();
    }

    private static string StatusLabel(ResponseStatus status) => status switch
    {
        ResponseStatus.Responded => "responded",
        ResponseStatus.Declined => "declined",
        _ => "no response",
    };

    private static void AppendIfSet(StringBuilder text, string label, string? value)
    {
        if (value is not null)
        {
            text.AppendLine($"{label + ":",-14}{value}");
        }
    }
}
