using System.Text;
using Pipeline.Core.Commitments;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Html;

namespace Pipeline.Reporting.Charts;

/// <summary>
/// Dated statements on a time axis, one row per company, as inline SVG: commitments as blue circles at their deadline,
/// claims as grey diamonds at the date they state, refusals as red squares; each marker is a <c>.mark</c> carrying the
/// item id, kind and date, with the quote as its tooltip. Years are ticked; a dashed line marks the report's date.
/// </summary>
internal static class DeadlineTimeline
{
    private const double Width = 860, Left = 210, Right = 20, Top = 16, Row = 30, Bottom = 76;
    private const int MostYearLabels = 12;
    private const double PlotWidth = Width - Left - Right;

    /// <summary>The tooltip quotes this many characters of a statement at most.</summary>
    public const int TitleLength = 160;

    /// <summary>The chart of <paramref name="marks"/>, a row per company in the order <paramref name="place"/> gives.</summary>
    public static void Write(TextWriter output, DeadlineMarks marks, Func<string?, int> place, DateOnly today)
    {
        if (marks.Years is not { } years)
        {
            output.Write("<p class=\"note\">No statement names a date: there is nothing to put on a timeline.</p>");
            return;
        }

        var rows = marks.Companies(place);
        var first = Math.Min(years.First, today.Year);
        var last = Math.Max(years.Last, today.Year) + 1;
        var height = Top + (rows.Count * Row) + Bottom;
        var svg = new StringBuilder()
            .Append(Invariant.Format($"<svg id=\"deadline-timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"deadline-timeline-title\">"))
            .Append("<title id=\"deadline-timeline-title\">Dated commitments, claims and refusals per company</title>");
        double X(DateOnly date) => Left + (PlotWidth * (date.DayNumber - new DateOnly(first, 1, 1).DayNumber) / (new DateOnly(last, 1, 1).DayNumber - new DateOnly(first, 1, 1).DayNumber));
        var axisY = Top + (rows.Count * Row);
        var labelEvery = (int)Math.Ceiling((last - first + 1) / (double)MostYearLabels);
        for (var year = first; year <= last; year++)
        {
            var x = X(new DateOnly(year, 1, 1));
            svg.Append(Invariant.Format($"<line x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"{Top}\" y2=\"{axisY}\" stroke=\"#e9ecef\"/>"));
            if ((year - first) % labelEvery == 0)
            {
                svg.Append(Invariant.Format($"<text class=\"tick\" x=\"{x:0.#}\" y=\"{axisY + 16}\" text-anchor=\"middle\" font-size=\"12\">{year}</text>"));
            }
        }

        var todayX = X(today);
        svg.Append(Invariant.Format($"<line class=\"today\" x1=\"{todayX:0.#}\" x2=\"{todayX:0.#}\" y1=\"{Top}\" y2=\"{axisY}\" stroke=\"#495057\" stroke-dasharray=\"4 3\"><title>{Invariant.Date(today)}</title></line>"))
            .Append(Invariant.Format($"<line x1=\"{Left}\" x2=\"{Left + PlotWidth}\" y1=\"{axisY}\" y2=\"{axisY}\" stroke=\"#495057\"/>"))
            .Append(Invariant.Format($"<text class=\"axis-title\" x=\"{Left + (PlotWidth / 2)}\" y=\"{axisY + 38}\" text-anchor=\"middle\" font-size=\"13\">Deadline, or date stated (dashed: today)</text>"));
        output.Write(svg);
        for (var row = 0; row < rows.Count; row++)
        {
            var y = Top + (row * Row) + (Row / 2);
            output.Write(Invariant.Format($"<text class=\"company\" x=\"{Left - 10}\" y=\"{y + 4}\" text-anchor=\"end\" font-size=\"13\">{HtmlText.Encode(Shorten(rows[row] ?? "(undetermined)", 30))}</text>"));
            foreach (var mark in marks.Of(rows[row]))
            {
                output.Write(Marker(mark, X(mark.LastDay), y));
            }
        }

        AppendLegend(svg.Clear(), height - 8);
        output.Write(svg.Append("</svg>"));
    }

    private static void AppendLegend(StringBuilder svg, double y)
    {
        var x = Left;
        foreach (var kind in StatementKinds.Listed)
        {
            svg.Append($"<g class=\"legend-item\">{Shape(kind, x + 7, y - 5)}")
                .Append(Invariant.Format($"<text x=\"{x + 20}\" y=\"{y}\" font-size=\"13\">{KindStyle.Title(kind)}</text></g>"));
            x += 130;
        }
    }

    private static string Marker(DeadlineMark mark, double x, double y)
    {
        var title = $"{KindStyle.Title(mark.Kind)}, {mark.Text} ({mark.Value}): {mark.Quote}";
        return $"<g class=\"mark\" data-item=\"{mark.Item}\" data-kind=\"{mark.Kind.ToLabel()}\" data-date=\"{mark.Value}\"><a href=\"#item-{mark.Item}\">{Shape(mark.Kind, x, y)}</a><title>{HtmlText.Encode(title)}</title></g>";
    }

    private static string Shape(StatementKind kind, double x, double y)
    {
        var colour = KindStyle.Colour(kind);
        return kind switch
        {
            StatementKind.Commitment => Invariant.Format($"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"7\" fill=\"{colour}\" fill-opacity=\".85\" stroke=\"#fff\"/>"),
            StatementKind.Refusal => Invariant.Format($"<rect x=\"{x - 6:0.#}\" y=\"{y - 6:0.#}\" width=\"12\" height=\"12\" fill=\"{colour}\" stroke=\"#fff\"/>"),
            _ => Invariant.Format($"<path d=\"M{x:0.#} {y - 7:0.#} L{x + 6:0.#} {y:0.#} L{x:0.#} {y + 7:0.#} L{x - 6:0.#} {y:0.#} Z\" fill=\"{colour}\" fill-opacity=\".7\" stroke=\"#fff\"/>"),
        };
    }

    internal static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
