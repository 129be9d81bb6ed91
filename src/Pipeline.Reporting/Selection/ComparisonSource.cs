using System.Collections.Immutable;
using Pipeline.Core.Reports;
using Pipeline.Reporting.Formatting;

namespace Pipeline.Reporting.Selection;

/// <summary>A reply document cited by a view: its id, file, company and the pages its excerpts come from.</summary>
public sealed record ComparisonSource(string DocumentId, string File, string Company, ImmutableArray<int> Pages)
{
    /// <summary>Every document cited in the view's question and topic cells, in the view's company order, then as first cited.</summary>
    public static ImmutableArray<ComparisonSource> Of(ComparisonView view) => [.. view.Companies.SelectMany(c => Of(view, view.Rows(c)))];

    /// <summary>The documents one row of the view cites, as first cited: a row's sources are its own, as each names its company.</summary>
    public static ImmutableArray<ComparisonSource> Of(ComparisonView view, CompanyRows rows)
    {
        var cited = view.Questions.SelectMany(q => rows.Cell(q).Answers)
            .Concat(view.Topics.Select(t => rows.Cell(t).Strongest).OfType<AnswerExcerpt>())
            .Select(a => (Company: rows.Company.Name, Answer: a));
        return [.. cited
            .GroupBy(x => (x.Answer.DocumentId, x.Answer.File, x.Company))
            .Select(g => new ComparisonSource(
                g.Key.DocumentId, g.Key.File, g.Key.Company,
                [.. g.SelectMany(x => x.Answer.Pages.OrEmpty()).Distinct().Order()]))];
    }
}
