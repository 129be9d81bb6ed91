using System.Text;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Pages;

/// <summary>Links to the other pages of a result set: previous, a window of page numbers, next.</summary>
internal static class Pager
{
    private const int Window = 3;

    public static string Render(SearchRequest request, int total)
    {
        var last = Math.Min((total + SearchRequest.PageSize - 1) / SearchRequest.PageSize, (SearchRequest.MaxOffset / SearchRequest.PageSize) + 1);
        if (last <= 1)
        {
            return string.Empty;
        }

        var current = request.Page;
        var html = new StringBuilder("<nav class=\"pager\" aria-label=\"Pages\">");
        html.Append(current > 1 ? Link(request, current - 1, "‹ Previous", "prev") : "<span class=\"off\">‹ Previous</span>");
        var from = Math.Max(1, current - Window);
        var to = Math.Min(last, current + Window);
        if (from > 1)
        {
            html.Append(Link(request, 1, "1", null)).Append(from > 2 ? "<span>…</span>" : string.Empty);
        }

        for (var page = from; page <= to; page++)
        {
            html.Append(page == current ? $"<span class=\"current\" aria-current=\"page\">{page}</span>" : Link(request, page, page.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        }

        if (to < last)
        {
            html.Append(to < last - 1 ? "<span>…</span>" : string.Empty).Append(Link(request, last, last.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        }

        html.Append(current < last ? Link(request, current + 1, "Next ›", "next") : "<span class=\"off\">Next ›</span>");
        return html.Append("</nav>").ToString();
    }

    private static string Link(SearchRequest request, int page, string text, string? rel) =>
        $"<a href=\"{Html.Encode(request.AtPage(page))}\"{(rel is null ? string.Empty : $" rel=\"{rel}\"")}>{text}</a>";
}
