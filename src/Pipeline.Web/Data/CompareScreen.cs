using System.Collections.Immutable;
using Pipeline.Core.Reports;
using Pipeline.Reporting.Selection;
using Pipeline.Web.Requests;

namespace Pipeline.Web.Data;

/// <summary>
/// What one compare page shows: the view the form picked (every company chosen, the questions and topics), those of
/// its companies the status filter keeps, and the page of them shown — matrix cells from the summary, answers read for
/// the companies opened only.
/// </summary>
internal sealed class CompareScreen(CompareRequest request, ComparisonView view, CompareSource source, ImmutableArray<CompanyEntry> companies, CompanyPage page, AnswerOrdinals ordinals)
{
    public CompareRequest Request { get; } = request;

    /// <summary>The companies picked (before the status filter and paging), questions and topics; its rows are read from the index.</summary>
    public ComparisonView View { get; } = view;

    /// <summary>Every company's statuses and counts.</summary>
    public ComparisonSummary Summary => source.Summary;

    /// <summary>The companies the status filter keeps, in the view's order: what is paged.</summary>
    public ImmutableArray<CompanyEntry> Companies { get; } = companies;

    public CompanyPage Page { get; } = page;

    /// <summary>The companies of this page.</summary>
    public ImmutableArray<CompanyEntry> Shown { get; } = page.Of(companies);

    public AnswerOrdinals Ordinals { get; } = ordinals;

    /// <summary>False when the index is too large for reuse marks (<see cref="CompareSource.ReuseMarksUpTo"/>).</summary>
    public bool ReuseMarked => source.ReuseMarked;

    public string Campaign => View.Campaign.Id;
}
