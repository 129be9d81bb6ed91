using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Campaigns;
using Pipeline.Reporting;
using Pipeline.Reporting.Selection;
using Pipeline.Web.Data;
using Pipeline.Web.Hosting;
using Pipeline.Web.Pages;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Endpoints;

/// <summary>The compare page, a page of companies at a time, and the download of its whole view (Reporting's CSV, XLSX, JSON or HTML renderers).</summary>
internal static class CompareEndpoints
{
    public static async Task PageAsync(HttpContext context)
    {
        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        if (await AskedAsync(context, access).ConfigureAwait(false) is not var (request, campaign))
        {
            return;
        }

        using var index = access.Open();
        var source = CompareSource.For(index, campaign);
        if (await ViewAsync(context, source, request).ConfigureAwait(false) is not { } view)
        {
            return;
        }

        var companies = source.Summary.WithStatus(view.Companies, view.Questions, request.Statuses);
        var page = new CompanyPage(request.Page, companies.Length);
        if (page.Number > page.Last)
        {
            await Invalid(context, $"page {page.Number} is past the last page of companies ({page.Last}: {Html.Count(page.Total, "company", "companies")}, {CompanyPage.Size} a page)").ConfigureAwait(false);
            return;
        }

        var screen = new CompareScreen(request, view, source, companies, page, new AnswerOrdinals(index, campaign.Id));
        await Respond.HtmlAsync(context, ComparePage.Render(screen, FormGuard.Token(context))).ConfigureAwait(false);
    }

    public static async Task ExportAsync(HttpContext context)
    {
        var name = context.Request.Query["format"].ToString();
        if (!Enum.TryParse<ComparisonFormat>(name, ignoreCase: true, out var format) || !Enum.IsDefined(format) || int.TryParse(name, out _))
        {
            await ErrorPages.WriteAsync(context, "Unknown format", $"format must be csv, xlsx, json or html, not '{name}'", StatusCodes.Status400BadRequest, "invalid_parameter").ConfigureAwait(false);
            return;
        }

        await SendAsync(context, format, download: true).ConfigureAwait(false);
    }

    /// <summary>The view as JSON, as <c>pipeline compare --format json</c> prints it (every page of it).</summary>
    public static Task ApiAsync(HttpContext context) => SendAsync(context, ComparisonFormat.Json, download: false);

    private static async Task SendAsync(HttpContext context, ComparisonFormat format, bool download)
    {
        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        if (await AskedAsync(context, access).ConfigureAwait(false) is not var (request, campaign))
        {
            return;
        }

        using var index = access.Open();
        if (await ViewAsync(context, CompareSource.For(index, campaign), request).ConfigureAwait(false) is null)
        {
            return;
        }

        var view = CompareDownload.View(index, campaign, request.ToOptions(out _), request.Statuses, format);
        var name = download ? $"{campaign.Id}-compare.{format.ToString().ToLowerInvariant()}" : null;
        await FileResponse.SendAsync(context, stream => ComparisonRenderers.For(format).Render(view, stream), CompareDownload.ContentType(format), name).ConfigureAwait(false);
    }

    /// <summary>The request and its campaign; null when either is wrong, the answer (a page saying why) written already.</summary>
    private static async Task<(CompareRequest, Campaign)?> AskedAsync(HttpContext context, IndexAccess access)
    {
        var request = CompareRequest.From(context.Request.Query, out var problem);
        var ids = access.CampaignIds();
        var choice = CampaignChoice.Resolve(ids, request.Campaign);
        if (problem is not null)
        {
            await Invalid(context, problem).ConfigureAwait(false);
            return null;
        }

        if (choice.Id is not { } campaignId)
        {
            var task = choice.Unknown
                ? ErrorPages.WriteAsync(context, "Unknown campaign", choice.Problem!, StatusCodes.Status404NotFound, "unknown_campaign")
                : Respond.IsApi(context)
                ? Invalid(context, choice.Problem!)
                : ids.Count > 1
                ? Respond.HtmlAsync(context, ComparePage.ChooseCampaign(ids, access.QuestionTitles()))
                : ErrorPages.WriteAsync(context, "No campaign yet", choice.Problem!, StatusCodes.Status404NotFound, "unknown_campaign");
            await task.ConfigureAwait(false);
            return null;
        }

        return (request with { Campaign = campaignId }, access.LoadCampaign(campaignId));
    }

    /// <summary>The view the request picks (every company chosen, read from the index as it is drawn); null when it names what the campaign does not have, the 400 written already.</summary>
    private static async Task<ComparisonView?> ViewAsync(HttpContext context, CompareSource source, CompareRequest request)
    {
        var options = request.ToOptions(out var problems);
        problems = [.. problems, .. ComparisonSelector.Validate(source.Parts.Outline, options)];
        if (!problems.IsEmpty)
        {
            await Invalid(context, string.Join("; ", problems)).ConfigureAwait(false);
            return null;
        }

        return ComparisonSelector.Select(source.Parts, options);
    }

    private static Task Invalid(HttpContext context, string problem) =>
        ErrorPages.WriteAsync(context, "This view cannot be shown", problem, StatusCodes.Status400BadRequest, "invalid_parameter");
}
