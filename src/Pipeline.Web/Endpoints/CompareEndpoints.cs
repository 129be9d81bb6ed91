using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Pipeline.Reporting;
using Pipeline.Reporting.Selection;
using Pipeline.Web.Data;
using Pipeline.Web.Hosting;
using Pipeline.Web.Pages;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Endpoints;

/// <summary>The compare page and the download of its current view (Reporting's CSV, XLSX, JSON or HTML renderers).</summary>
internal static class CompareEndpoints
{
    public static async Task PageAsync(HttpContext context)
    {
        if (await LoadAsync(context).ConfigureAwait(false) is { } loaded)
        {
            await Respond.HtmlAsync(context, ComparePage.Render(loaded.Request, loaded.View, loaded.Data, FormGuard.Token(context))).ConfigureAwait(false);
        }
    }

    public static async Task ExportAsync(HttpContext context)
    {
        var name = context.Request.Query["format"].ToString();
        if (!Enum.TryParse<ComparisonFormat>(name, ignoreCase: true, out var format) || !Enum.IsDefined(format) || int.TryParse(name, out _))
        {
            await ErrorPages.WriteAsync(context, "Unknown format", $"format must be csv, xlsx, json or html, not '{name}'", StatusCodes.Status400BadRequest, "invalid_parameter").ConfigureAwait(false);
            return;
        }

        if (await LoadAsync(context).ConfigureAwait(false) is not { } loaded)
        {
            return;
        }

        using var file = new MemoryStream();
        ComparisonRenderers.For(format).Render(loaded.View, file);
        var extension = format.ToString().ToLowerInvariant();
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName($"{loaded.View.Campaign.Id}-compare.{extension}");
        context.Response.Headers.ContentDisposition = disposition.ToString();
        await Respond.BytesAsync(context, file.GetBuffer().AsMemory(0, (int)file.Length), ContentType(format)).ConfigureAwait(false);
    }

    private static string ContentType(ComparisonFormat format) => format switch
    {
        ComparisonFormat.Csv => "text/csv; charset=utf-8",
        ComparisonFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ComparisonFormat.Json => "application/json; charset=utf-8",
        _ => "text/html; charset=utf-8",
    };

    /// <summary>The view the request names; null when it cannot be made, the answer (a page saying why) written already.</summary>
    private static async Task<Loaded?> LoadAsync(HttpContext context)
    {
        var access = context.RequestServices.GetRequiredService<IndexAccess>();
        var request = CompareRequest.From(context.Request.Query, out var problem);
        var ids = access.CampaignIds();
        var choice = CampaignChoice.Resolve(ids, request.Campaign);
        if (problem is not null)
        {
            await ErrorPages.WriteAsync(context, "This view cannot be shown", problem, StatusCodes.Status400BadRequest, "invalid_parameter").ConfigureAwait(false);
            return null;
        }

        if (choice.Id is not { } campaignId)
        {
            var task = choice.Unknown
                ? ErrorPages.WriteAsync(context, "Unknown campaign", choice.Problem!, StatusCodes.Status404NotFound, "unknown_campaign")
                : ids.Count > 1
                ? Respond.HtmlAsync(context, ComparePage.ChooseCampaign(ids, access.QuestionTitles()))
                : ErrorPages.WriteAsync(context, "No campaign yet", choice.Problem!, StatusCodes.Status404NotFound, "unknown_campaign");
            await task.ConfigureAwait(false);
            return null;
        }

        var campaign = access.LoadCampaign(campaignId);
        CampaignData data;
        using (var index = access.Open())
        {
            data = CampaignData.For(index, campaign);
        }

        var options = request.ToOptions(out var problems);
        problems = [.. problems, .. ComparisonSelector.Validate(data.Comparison, options)];
        if (!problems.IsEmpty)
        {
            await ErrorPages.WriteAsync(context, "This view cannot be shown", string.Join("; ", problems), StatusCodes.Status400BadRequest, "invalid_parameter").ConfigureAwait(false);
            return null;
        }

        return new Loaded(request with { Campaign = campaignId }, ComparisonSelector.Select(data.Comparison, options), data);
    }

    private sealed record Loaded(CompareRequest Request, ComparisonView View, CampaignData Data);
}
