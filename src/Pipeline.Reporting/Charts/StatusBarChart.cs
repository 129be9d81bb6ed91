using System.Collections.Immutable;
using System.Text;
using Pipeline.Core.Reports;
using Pipeline.Reporting.Formatting;
using Pipeline.Reporting.Html;
using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Charts;

/// <summary>
/// A stacked bar per question of how the given companies' answers split by status, as inline SVG with axes,
/// axis titles and a legend; each segment is a <c>rect.seg</c> carrying its question, status and count.
/// </summary>
internal static class StatusBarChart
{
    private const double Width = 860, Height = 340, Left = 60, Right = 190, Top = 20, Bottom = 64;
    private const double PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;

    public static string Render(ComparisonView view, ImmutableArray<CompanyEntry> companies)
    {
        if (companies.IsEmpty || view.Questions.IsEmpty)
        {
            return "<p class=\"note\">No company replied: there is nothing to chart.</p>";
        }

        var total = companies.Length;
        var svg = new StringBuilder()
            .Append(Invariant.Format($"<svg id=\"status-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-labelledby=\"status-chart-title\">"))
            .Append(Invariant.Format($"<title id=\"status-chart-title\">Answer status per question among the {total} companies that replied</title>"));
        AppendAxes(svg, total);
        var slot = PlotWidth / view.Questions.Length;
        for (var i = 0; i < view.Questions.Length; i++)
        {
            var question = view.Questions[i];
            var x = Left + (i * slot) + (slot * 0.19);
            var y = Top + PlotHeight;
            foreach (var style in StatusStyles.All)
            {
                var count = companies.Count(c => view.Cell(c, question).Status == style.Status);
                if (count == 0)
                {
                    continue;
                }

                var h = PlotHeight * count / total;
                y -= h;
                svg.Append(Invariant.Format($"<rect class=\"seg {style.CssClass}\" data-question=\"{question.Id}\" data-status=\"{style.Label}\" data-count=\"{count}\" x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{slot * 0.62:0.#}\" height=\"{h:0.#}\" fill=\"{style.Colour}\" stroke=\"#fff\">"))
                    .Append(Invariant.Format($"<title>{question.Id}: {count} {style.Title.ToLowerInvariant()}</title></rect>"));
                if (h >= 16)
                {
                    svg.Append(Invariant.Format($"<text x=\"{x + (slot * 0.31):0.#}\" y=\"{y + (h / 2) + 4:0.#}\" text-anchor=\"middle\" font-size=\"12\">{count}</text>"));
                }
            }

            svg.Append(Invariant.Format($"<text class=\"xlabel\" x=\"{x + (slot * 0.31):0.#}\" y=\"{Top + PlotHeight + 18}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"600\">{HtmlText.Encode(question.Id.Value)}<title>{HtmlText.Encode(question.ShortTitle ?? question.Text)}</title></text>"));
        }

        AppendLegend(svg);
        return svg.Append("</svg>").ToString();
    }

    private static void AppendAxes(StringBuilder svg, int total)
    {
        var step = total <= 10 ? 1 : (int)Math.Ceiling(total / 8.0);
        for (var tick = 0; tick <= total; tick += step)
        {
            var y = Top + PlotHeight - (PlotHeight * tick / total);
            svg.Append(Invariant.Format($"<line x1=\"{Left}\" x2=\"{Left + PlotWidth}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#e9ecef\"/>"))
                .Append(Invariant.Format($"<text x=\"{Left - 8}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" font-size=\"12\">{tick}</text>"));
        }

        svg.Append(Invariant.Format($"<line x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{Top + PlotHeight}\" stroke=\"#495057\"/>"))
            .Append(Invariant.Format($"<line x1=\"{Left}\" x2=\"{Left + PlotWidth}\" y1=\"{Top + PlotHeight}\" y2=\"{Top + PlotHeight}\" stroke=\"#495057\"/>"))
            .Append(Invariant.Format($"<text class=\"axis-title\" x=\"{Left + (PlotWidth / 2)}\" y=\"{Height - 14}\" text-anchor=\"middle\" font-size=\"13\">Question</text>"))
            .Append(Invariant.Format($"<text class=\"axis-title\" transform=\"translate(16 {Top + (PlotHeight / 2)}) rotate(-90)\" text-anchor=\"middle\" font-size=\"13\">Companies that replied (n = {total})</text>"));
    }

    private static void AppendLegend(StringBuilder svg)
    {
        var x = Left + PlotWidth + 24;
        for (var i = 0; i < StatusStyles.All.Length; i++)
        {
            var style = StatusStyles.All[i];
            var y = Top + 8 + (i * 24);
            svg.Append(Invariant.Format($"<g class=\"legend-item\"><rect class=\"{style.CssClass}\" x=\"{x}\" y=\"{y}\" width=\"16\" height=\"16\" fill=\"{style.Colour}\" stroke=\"#868e96\"/>"))
                .Append(Invariant.Format($"<text x=\"{x + 24}\" y=\"{y + 13}\" font-size=\"13\">{style.Abbreviation} · {style.Title}</text></g>"));
        }
    }
}
