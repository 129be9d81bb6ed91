using System.Text;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Selection;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Pages;

/// <summary>The form choosing a view: columns by question or topic, the questions and the companies to compare.</summary>
internal static class ComparePicker
{
    public static string Render(CompareRequest request, ComparisonView view)
    {
        var comparison = view.Source;
        var chosenQuestions = request.Questions.IsEmpty ? null : view.Questions.Select(q => q.Id).ToHashSet();
        var chosenCompanies = request.Companies.IsEmpty ? null : view.Companies.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var questions = string.Concat(comparison.Campaign.Questions.Select(q => Box(
            "questions", q.Id.Value, $"<b>{Html.Encode(q.Id.Value)}</b> {Html.Encode(q.ShortTitle ?? q.Topic.ToLabel())}", chosenQuestions?.Contains(q.Id) ?? true)));
        var companies = string.Concat(comparison.Companies.Select(c => Box(
            "companies", c.Name, Html.Encode(c.Name) + (c.ReplyNotIndexed && !c.HasReply ? " <small>(reply not indexed)</small>" : c.HasReply ? string.Empty : " <small>(no reply)</small>"), chosenCompanies?.Contains(c.Name) ?? true)));
        var questionCount = chosenQuestions?.Count ?? comparison.Campaign.Questions.Length;
        var companyCount = chosenCompanies?.Count ?? comparison.Companies.Length;
        return new StringBuilder("<form class=\"picker\" method=\"get\" action=\"/compare\">")
            .Append($"<input type=\"hidden\" name=\"campaign\" value=\"{Html.Encode(comparison.Campaign.Id)}\">")
            .Append("<fieldset class=\"by\"><legend>Columns</legend>")
            .Append(Radio(CompareBy.Question, view.By)).Append(Radio(CompareBy.Topic, view.By)).Append("</fieldset>")
            .Append($"<details class=\"choice\"><summary>Questions ({questionCount} of {comparison.Campaign.Questions.Length})</summary>")
            .Append($"<p class=\"toggles\" data-for=\"questions\"></p><div class=\"boxes\">{questions}</div></details>")
            .Append($"<details class=\"choice\"><summary>Companies ({companyCount} of {comparison.Companies.Length})</summary>")
            .Append($"<p class=\"toggles\" data-for=\"companies\"></p><div class=\"boxes\">{companies}</div></details>")
            .Append(Statuses(request))
            .Append($"<button type=\"submit\">Show</button> <a class=\"reset\" href=\"{Html.Encode(Url.Build("/compare", ("campaign", comparison.Campaign.Id)))}\">Reset</a>")
            .Append("</form>")
            .ToString();
    }

    /// <summary>The statuses a company must have in one of the questions to be shown; all checked shows every company.</summary>
    private static string Statuses(CompareRequest request)
    {
        var boxes = string.Concat(StatusStyles.All.Select(s => Box(
            "status", s.Label, $"{StatusBadge.For(s.Status)} {Html.Encode(s.Title)}", request.Statuses.IsEmpty || request.Statuses.Contains(s.Status))));
        var count = request.Statuses.IsEmpty ? StatusStyles.All.Length : request.Statuses.Length;
        return $"<details class=\"choice statuses\"><summary>Statuses ({count} of {StatusStyles.All.Length})</summary>"
            + $"<p class=\"toggles\" data-for=\"status\"></p><div class=\"boxes\">{boxes}</div></details>";
    }

    private static string Box(string name, string value, string label, bool isChecked) =>
        $"<label><input type=\"checkbox\" name=\"{name}\" value=\"{Html.Encode(value)}\"{(isChecked ? " checked" : string.Empty)}> {label}</label>";

    private static string Radio(CompareBy by, CompareBy current)
    {
        var value = by == CompareBy.Question ? "question" : "topic";
        return $"<label><input type=\"radio\" name=\"by\" value=\"{value}\"{(by == current ? " checked" : string.Empty)}> by {value}</label>";
    }
}
