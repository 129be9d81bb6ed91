using System.Collections.Immutable;
using Pipeline.Core.Reports;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Selection;

/// <summary>A reply document cited by a view: its id, file, company and the pages its excerpts come from.</summary>
public sealed record ComparisonSource(string DocumentId, string File, string Company, ImmutableArray<int> Pages)
{
    /// <summary>Every document cited in the view's question and topic cells, in the view's company order, then as first cited.</summary>
    public static ImmutableArray<ComparisonSource> Of(ComparisonView view)
    {
        var cited = view.Companies.SelectMany(c =>
            view.Questions.SelectMany(q => view.Cell(c, q).Answers)
                .Concat(view.Topics.Select(t => view.Cell(c, t).Strongest).OfType<AnswerExcerpt>())
                .Select(a => (Company: c.Name, Answer: a)));
        return [.. cited
            .GroupBy(x => (x.Answer.DocumentId, x.Answer.File, x.Company))
            .Select(g => new ComparisonSource(
                g.Key.DocumentId, g.Key.File, g.Key.Company,
                [.. g.SelectMany(x => x.Answer.Pages.OrEmpty()).Distinct().Order()]))];
    }
}
