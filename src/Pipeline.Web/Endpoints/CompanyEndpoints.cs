using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Topics;
using Pipeline.Web.Data;
using Pipeline.Web.Hosting;
using Pipeline.Web.Pages;
using Pipeline.Workflows.Archive;

namespace Pipeline.Web.Endpoints;

/// <summary>A company's history across the index's campaigns: a timeline page and its JSON (the document <c>pipeline history --json</c> prints).</summary>
internal static class CompanyEndpoints
{
    public static async Task PageAsync(HttpContext context, string name)
    {
        var (history, topic, problem) = Load(context, name, context.Request.Query["topic"]);
        if (history is null)
        {
            await ErrorPages.WriteAsync(context, "Unknown company", problem!, StatusCodes.Status404NotFound, "unknown_company").ConfigureAwait(false);
            return;
        }

        await Respond.HtmlAsync(context, CompanyHistoryPage.Render(history, topic)).ConfigureAwait(false);
    }

    public static async Task ApiAsync(HttpContext context)
    {
        var name = context.Request.Query["company"].ToString();
        if (string.IsNullOrWhiteSpace(name))
        {
            await ErrorPages.WriteAsync(context, "No company", "give company=NAME (a name or alias)", StatusCodes.Status400BadRequest, "invalid_parameter").ConfigureAwait(false);
            return;
        }

        var (history, _, problem) = Load(context, name, context.Request.Query["topic"]);
        if (history is null)
        {
            await ErrorPages.WriteAsync(context, "Unknown company", problem!, StatusCodes.Status404NotFound, "unknown_company").ConfigureAwait(false);
            return;
        }

        await Respond.JsonAsync(context, history).ConfigureAwait(false);
    }

    private static (CompanyHistory? History, Topic? Topic, string? Problem) Load(HttpContext context, string name, string? topicLabel)
    {
        Topic? topic = null;
        if (!string.IsNullOrWhiteSpace(topicLabel))
        {
            if (!TopicLabels.TryParse(topicLabel, out var parsed))
            {
                return (null, null, $"'{topicLabel}' is not a topic (one of {string.Join(", ", TopicLabels.All.Select(t => t.ToLabel()))})");
            }

            topic = parsed;
        }

        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        var archive = ArchiveIndex.Open(access.Directory);
        var company = ArchiveCompany.Resolve(archive.Campaigns, name, out var problem);
        if (company is null)
        {
            return (null, topic, problem);
        }

        using var index = access.Open();
        return (CompanyHistory.Build(archive, index, company, topic), topic, null);
    }
}
