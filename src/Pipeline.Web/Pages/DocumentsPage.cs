using System.Globalization;
using System.Text;
using Pipeline.Core.Errors;
using Pipeline.Search.Indexing;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Pages;

/// <summary>
/// The replies in the index, as <c>pipeline documents</c> lists them, each linked to its page, <see cref="Size"/> a page:
/// an archive of 100,000 replies made one page of 34.6 MB.
/// </summary>
internal static class DocumentsPage
{
    /// <summary>Replies a page lists.</summary>
    public const int Size = 200;

    /// <summary>The last page of <paramref name="count"/> replies; 1 when there are none.</summary>
    public static int LastPage(int count) => Math.Max(1, (count + Size - 1) / Size);

    /// <param name="documents">Every reply listed, in order.</param>
    /// <param name="page">The page shown, from 1 to <see cref="LastPage"/>.</param>
    /// <param name="failures">The reply files that could not be read.</param>
    /// <param name="campaign">The campaign the list is of, or null for all.</param>
    public static string Render(IReadOnlyList<IndexedDocument> documents, int page, IReadOnlyList<FailedReply> failures, string? campaign)
    {
        var html = List(documents, page, campaign) + NotIndexed(failures);
        return Layout.Page("Documents", "/documents", html);
    }

    /// <summary>The address of a page of the list.</summary>
    public static string Address(string? campaign, int page) =>
        Url.Build("/documents", ("campaign", campaign), ("page", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The reply files that could not be read at the last ingest: missing from every comparison, so listed here with why.</summary>
    private static string NotIndexed(IReadOnlyList<FailedReply> failures)
    {
        if (failures.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder($"<h2>Not indexed ({failures.Count})</h2><p class=\"meta\">Reply files that could not be read at the last ingest; their companies' answers show as <em>reply not indexed</em>.</p>")
            .Append("<div class=\"scroll\"><table class=\"list\" id=\"failures\"><thead><tr><th scope=\"col\">Campaign</th><th scope=\"col\">Company</th><th scope=\"col\">File</th><th scope=\"col\">Error</th><th scope=\"col\">Why</th></tr></thead><tbody>");
        foreach (var f in failures)
        {
            html.Append($"<tr><td>{Html.Encode(f.CampaignId)}</td><td>{Html.Encode(f.Company ?? "(unknown)")}</td><td>{Html.Encode(f.FileName)}</td>")
                .Append($"<td><code>{Html.Encode(f.Code.ToKebabCase())}</code></td><td class=\"reason\">{Html.Encode(f.Reason)}</td></tr>");
        }

        return html.Append("</tbody></table></div>").ToString();
    }

    private static string List(IReadOnlyList<IndexedDocument> documents, int page, string? campaign)
    {
        var (from, last) = ((page - 1) * Size, LastPage(documents.Count));
        var shown = documents.Skip(from).Take(Size).ToList();
        var html = new StringBuilder("<h1>Documents</h1>")
            .Append($"<p class=\"meta\">{Html.Count(documents.Count, "reply", "replies")}, {Html.Count(documents.Sum(d => d.SegmentCount), "segment", "segments")}")
            .Append(campaign is null ? string.Empty : $" in campaign <code>{Html.Encode(campaign)}</code> · <a href=\"/documents\">all campaigns</a>")
            .Append(last > 1 ? $" · replies {from + 1}–{from + shown.Count} (page {page} of {last})" : string.Empty)
            .Append("</p>");
        if (documents.Count == 0)
        {
            return html.Append("<p class=\"empty\">The index holds no document.</p>").ToString();
        }

        html.Append("<div class=\"scroll\"><table class=\"list\" id=\"documents\"><thead><tr>")
            .Append("<th scope=\"col\">Campaign</th><th scope=\"col\">Company</th><th scope=\"col\">File</th><th scope=\"col\">Format</th>")
            .Append("<th scope=\"col\">Pages</th><th scope=\"col\">Segments</th><th scope=\"col\">Warnings</th><th scope=\"col\">Ingested (UTC)</th></tr></thead><tbody>");
        foreach (var d in shown)
        {
            html.Append($"<tr><td><a href=\"{Html.Encode(Url.Build("/documents", ("campaign", d.CampaignId)))}\">{Html.Encode(d.CampaignId)}</a></td>")
                .Append($"<td>{Html.Encode(d.Company ?? "(unknown)")}</td>")
                .Append($"<td><a href=\"{Html.Encode(Url.Document(d.DocumentId, d.CampaignId))}\">{Html.Encode(d.FileName)}</a></td>")
                .Append($"<td>{Html.Encode(d.Format.ToString().ToLowerInvariant())}</td><td class=\"num\">{d.Pages}</td><td class=\"num\">{d.SegmentCount}</td>")
                .Append($"<td class=\"num\">{d.Warnings.Length}</td><td>{d.IngestedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}</td></tr>");
        }

        return html.Append("</tbody></table></div>").Append(Pager.Render(page, last, p => Address(campaign, p))).ToString();
    }
}
