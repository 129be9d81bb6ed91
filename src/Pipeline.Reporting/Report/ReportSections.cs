using System.Collections.Immutable;
using System.Text;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;
using Pipeline.Core.Topics;
using Pipeline.Reporting.Charts;
using Pipeline.Reporting.Findings;
using Pipeline.Reporting.Findings.Rules;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Html;
using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Report;

/// <summary>The report's sections above the per-company answers, each a piece of HTML.</summary>
internal static class ReportSections
{
    public static string Header(FindingContext context)
    {
        var campaign = context.View.Campaign;
        var facts = new List<string>();
        if (campaign.Organisation is { } organisation)
        {
            facts.Add(HtmlText.Encode(organisation));
        }

        if (campaign.DateSent is { } sent)
        {
            facts.Add($"questions sent {Invariant.Date(sent)}");
        }

        if (campaign.DatePublished is { } published)
        {
            facts.Add($"published {Invariant.Date(published)}");
        }

        if (campaign.SourceUrl is { } url)
        {
            facts.Add($"source: {HtmlText.Link(url)}");
        }

        return $"""
            <header><h1>{HtmlText.Encode(campaign.Title)}</h1>
            <p class="meta">{string.Join(" · ", facts)}</p>
            <p class="meta">Campaign <code>{HtmlText.Encode(campaign.Id)}</code> · {campaign.Questions.Length} questions · report generated {Invariant.Timestamp(context.View.Source.GeneratedAt)}</p>
            <nav class="noprint meta"><a href="#response">Response</a> · <a href="#findings">Findings</a> · <a href="#status">Answers per question</a> · <a href="#coverage">Topic coverage</a> · <a href="#matrix">Answer matrix</a> · <a href="#companies">Companies</a>{(context.View.Source.Commitments is null ? string.Empty : " · <a href=\"#commitments\">Commitments</a>")} · <a href="#questions">Questions</a></nav>
            </header>
            """;
    }

    public static string Response(FindingContext context, ImmutableArray<Finding> findings)
    {
        var companies = context.View.Companies;
        var rate = findings.FirstOrDefault(f => f.Rule == ResponseRateRule.Id)?.Text;
        var html = new StringBuilder("<section id=\"response\"><h2>Response</h2>");
        if (rate is not null)
        {
            html.Append($"<p class=\"lead\"><strong>{HtmlText.Encode(rate)}</strong></p>");
        }

        var unlisted = companies.Count(c => c.IsRespondent() && !c.Listed);
        var note = unlisted == 0 ? string.Empty : $", including {unlisted} not on the campaign's list";
        html.Append(NameList("replied", "Replied", companies.Where(c => c.IsRespondent()), note, Missing(companies.Where(c => c.IsRespondent()))))
            .Append(NameList("declined", "Declined to take part", companies.Where(c => c.Replied() && !c.IsRespondent())))
            .Append(NameList("no-response", "Did not respond", companies.Where(c => !c.Replied())));
        if (!context.View.Source.UnattributedUnread.IsDefaultOrEmpty)
        {
            var files = context.View.Source.UnattributedUnread;
            html.Append($"<p class=\"note\" id=\"unread-unattributed\">{Phrases.Count(files.Length, "more reply file", "more reply files")} could not be read, from a company neither its name nor a manifest tells: ")
                .Append(HtmlText.Encode(string.Join("; ", files.Select(f => f.Reason)))).Append("</p>");
        }

        return html.Append("</section>").ToString();
    }

    /// <summary>" — 1 reply could not be read: A (why); 1 reply is not in the index: B (no reply file found)"; empty when every reply was read.</summary>
    private static string Missing(IEnumerable<CompanyEntry> respondents)
    {
        var missing = respondents.Where(c => c.ReplyNotIndexed).ToList();
        var unreadable = missing.Where(c => !c.UnreadReplies.IsDefaultOrEmpty).ToList();
        var notFound = missing.Where(c => c.UnreadReplies.IsDefaultOrEmpty).ToList();
        var parts = new List<string>();
        if (unreadable.Count > 0)
        {
            parts.Add($"{Phrases.Count(unreadable.Count, "reply", "replies")} could not be read: {Phrases.List(unreadable.Select(c => $"{c.Name} ({c.MissingReason})"))}");
        }

        if (notFound.Count > 0)
        {
            parts.Add($"{Phrases.Count(notFound.Count, "reply", "replies")} recorded by the campaign {(notFound.Count == 1 ? "is" : "are")} not in the index ({CompanyEntry.NoReplyFileFound}): {Phrases.List(notFound.Select(c => c.Name))}");
        }

        return parts.Count == 0 ? string.Empty : " — " + string.Join("; ", parts);
    }

    public static string Findings(ImmutableArray<Finding> findings)
    {
        var items = findings.Where(f => f.Rule != ResponseRateRule.Id)
            .Select(f => $"<li data-rule=\"{HtmlText.Encode(f.Rule)}\">{HtmlText.Encode(f.Text)}</li>");
        return $"""
            <section id="findings"><h2>Findings</h2>
            <p class="note">Computed from the replies as segmented and classified; check a finding against the answers below before quoting it.</p>
            <ul class="findings">{string.Concat(items)}</ul></section>
            """;
    }

    public static string StatusChart(FindingContext context)
    {
        var view = context.View;
        var rows = view.Questions.Select(q =>
            $"<tr><th scope=\"row\">{HtmlText.Encode(q.Id.Value)}</th>{string.Concat(StatusStyles.All.Select(s => $"<td>{context.Respondents.Count(c => view.Cell(c, q).Status == s.Status)}</td>"))}</tr>");
        return $"""
            <section id="status"><h2>Answers per question</h2>
            <figure>{StatusBarChart.Render(view, context.Respondents)}
            <figcaption>How the {Phrases.Count(context.Respondents.Length, "company", "companies")} that replied answered each question. Hover a bar segment for its count.</figcaption></figure>
            <details><summary>Data table</summary><table><thead><tr><th scope="col">Question</th>{string.Concat(StatusStyles.All.Select(s => $"<th scope=\"col\">{s.Title}</th>"))}</tr></thead><tbody>{string.Concat(rows)}</tbody></table></details>
            </section>
            """;
    }

    /// <summary>
    /// The respondents × due-diligence topics heatmap. The catch-all <c>other</c> is left out, as the coverage findings
    /// leave it out: it holds letterheads, greetings and sign-offs, and would be the darkest column of every report.
    /// </summary>
    public static string Coverage(FindingContext context)
    {
        var topics = CompareOptions.Default with { By = CompareBy.Topic, Topics = [.. TopicLabels.All.Where(t => t != Topic.Other)] };
        var view = ComparisonSelector.Select(context.View.Source, topics);
        return $"""
            <section id="coverage"><h2>Topic coverage</h2>
            {TopicMatrixHtml.Render(view, context.Respondents, "cov")}
            <p class="note">Text on no due-diligence topic (letterheads, greetings, sign-offs: topic <code>other</code>) is not coverage and is left out; <code>pipeline compare --by topic</code> counts it.</p>
            </section>
            """;
    }

    /// <summary>The answer matrix's section up to its first row; its rows, <see cref="QuestionMatrixHtml.Foot"/>, its dialogs and <see cref="MatrixEnd"/> follow.</summary>
    public static string MatrixStart(ComparisonView view) =>
        $"<section id=\"matrix\"><h2>Answer matrix</h2>\n{HtmlFragments.Legend()}\n{QuestionMatrixHtml.Head(view, MatrixPrefix)}";

    public const string MatrixEnd = "\n</section>";

    /// <summary>The ids of the answer matrix's cells start with it.</summary>
    public const string MatrixPrefix = "mx";

    public static string Questions(FindingContext context)
    {
        var items = context.View.Campaign.Questions.Select(q =>
            $"<li id=\"q-{HtmlText.Encode(q.Id.Value)}\"><strong>{HtmlText.Encode(q.Id.Value)}</strong> {HtmlText.Encode(q.ShortTitle)}<br><span class=\"note\">{HtmlText.Encode(q.Text)}</span></li>");
        return $"<section id=\"questions\"><h2>Questions</h2><ul class=\"findings\">{string.Concat(items)}</ul></section>";
    }

    private static string NameList(string id, string title, IEnumerable<CompanyEntry> companies, string note = "", string after = "")
    {
        var list = companies.ToList();
        if (list.Count == 0)
        {
            return string.Empty;
        }

        var items = list.Select(c => $"<li>{HtmlText.Encode(c.Name)}{(c.Listed ? string.Empty : " <span class=\"note\">(not on the campaign's list)</span>")}{(c.ReplyNotIndexed ? $" <span class=\"note missing\">({HtmlText.Encode(ReplyText.Of(c))})</span>" : string.Empty)}</li>");
        return $"<h3>{title} ({list.Count}{note}){HtmlText.Encode(after)}</h3><ul class=\"names\" id=\"{id}\">{string.Concat(items)}</ul>";
    }
}
