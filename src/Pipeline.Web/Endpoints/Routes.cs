using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pipeline.Web.Hosting;

namespace Pipeline.Web.Endpoints;

/// <summary>
/// Every URL the app answers; all are GET and read-only but POST /corrections, which <see cref="FormGuard"/> guards.
/// Searches wait their turn (<see cref="RequestQueue"/>).
/// </summary>
internal static class Routes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", SearchEndpoints.PageAsync).WithMetadata(RequestQueue.Queued.Route);
        app.MapGet("/search", SearchEndpoints.PageAsync).WithMetadata(RequestQueue.Queued.Route);
        app.MapGet("/compare", CompareEndpoints.PageAsync);
        app.MapGet("/compare/export", CompareEndpoints.ExportAsync);
        app.MapGet("/documents", DocumentEndpoints.ListAsync);
        app.MapGet("/documents/{id}", DocumentEndpoints.PageAsync);
        app.MapGet("/documents/{id}/file", DocumentEndpoints.FileAsync);
        app.MapGet("/campaigns", CampaignEndpoints.ListAsync);
        app.MapGet("/campaigns/{id}", CampaignEndpoints.ReportAsync);
        app.MapGet("/review", ReviewEndpoints.PageAsync);
        app.MapPost("/corrections", CorrectionEndpoints.PostAsync);
        app.MapGet("/companies/{name}", CompanyEndpoints.PageAsync);
        app.MapGet("/api/history", CompanyEndpoints.ApiAsync);
        app.MapGet("/commitments", CommitmentEndpoints.PageAsync);
        app.MapGet("/api/search", ApiEndpoints.SearchAsync).WithMetadata(RequestQueue.Queued.Route);
        app.MapGet("/api/compare", CompareEndpoints.ApiAsync);
        app.MapGet("/api/documents", ApiEndpoints.DocumentsAsync);
        app.MapGet("/api/commitments", CommitmentEndpoints.ApiAsync);
        app.MapGet("/static/{name}", StaticAssets.ServeAsync);
        app.MapFallback(NotFoundAsync);
    }

    /// <summary>A 404 that says so, as a page or a JSON error.</summary>
    public static Task NotFoundAsync(HttpContext context) =>
        ErrorPages.WriteAsync(context, "Not found", "Nothing here: check the address, or start from the search page.", StatusCodes.Status404NotFound, "not_found");
}
