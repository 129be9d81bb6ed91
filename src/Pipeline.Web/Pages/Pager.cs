using System.Text;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Pages;

/// <summary>Links to the other pages of a result set: previous, a window of page numbers, next.</summary>
internal static class Pager
{
    private const int Window = 3;

    /// <summary>The search's pages of hits.</summary>
    public static string Render(SearchRequest request, int total) =>
        Render(request.Page, Math.Min((total + SearchRequest.PageSize - 1) / SearchRequest.PageSize, (SearchRequest.MaxOffset / SearchRequest.PageSize) + 1), request.AtPage);

    /// <param name="current">The page shown, from 1.</param>
    /// <param name="last">The last page; nothing is rendered when it is 1 or less.</param>
    /// <param name="url">A page's address.</param>
    public static string Render(int current, int last, Func<int, string> url)
    {
        if (last <= 1)
        {
            return string.Empty;
        }

        var html = new StringBuilder("<nav class=\"pager\" aria-label=\"Pages\">");
        html.Append(current > 1 ? Link(url, current - 1, "‹ Previous", "prev") : "<span class=\"off\">‹ Previous</span>");
        var from = Math.Max(1, current - Window);
        var to = Math.Min(last, current + Window);
        if (from > 1)
        {
            html.Append(Link(url, 1, "1", null)).Append(from > 2 ? "<span>…</span>" : string.Empty);
        }

        for (var page = from; page <= to; page++)
        {
            html.Append(page == current ? $"<span class=\"current\" aria-current=\"page\">{page}</span>" : Link(url, page, page.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        }

        if (to < last)
        {
            html.Append(to < last - 1 ? "<span>…</span>" : string.Empty).Append(Link(url, last, last.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        }

        html.Append(current < last ? Link(url, current + 1, "Next ›", "next") : "<span class=\"off\">Next ›</span>");
        return html.Append("</nav>").ToString();
    }

    private static string Link(Func<int, string> url, int page, string text, string? rel) =>
        $"<a href=\"{Html.Encode(url(page))}\"{(rel is null ? string.Empty : $" rel=\"{rel}\"")}>{text}</a>";
}
