using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Reporting.Selection;

/// <summary>
/// The rows and columns a renderer draws: the selected companies (listed ones first, non-responders included,
/// then unlisted ones), questions and topics of one comparison. Immutable.
/// </summary>
public sealed record ComparisonView(
    CampaignComparison Source,
    CompareBy By,
    ImmutableArray<CompanyEntry> Companies,
    ImmutableArray<Question> Questions,
    ImmutableArray<Topic> Topics)
{
    public Campaign Campaign => Source.Campaign;

    /// <summary>
    /// The comparison's cell; when it has none, an empty one: no_response for a company that sent no reply,
    /// not_addressed for one that did.
    /// </summary>
    public QuestionCell Cell(CompanyEntry company, Question question) =>
        Source.Cell(company.Name, question.Id)
        ?? new QuestionCell(company.Name, question.Id, company.Replied() ? AnswerStatus.NotAddressed : AnswerStatus.NoResponse, []);

    /// <summary>The comparison's cell; when it has none, an empty one (no passage).</summary>
    public TopicCell Cell(CompanyEntry company, Topic topic) =>
        Source.Cell(company.Name, topic) ?? new TopicCell(company.Name, topic, 0, null);
}
