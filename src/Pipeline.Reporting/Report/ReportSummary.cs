using Pipeline.Core.Reports;
using Pipeline.Reporting.Selection;

namespace Pipeline.Reporting.Report;

/// <summary>
/// What the report's findings and charts need of every company, gathered row by row: each question cell's status,
/// reason and topics (not its answers), and each topic cell whole (a count and one passage). Its size grows with the
/// companies and questions, not with the replies.
/// </summary>
internal sealed class ReportSummary(CampaignComparison outline)
{
    private readonly List<QuestionCell> _questionCells = [];
    private readonly List<TopicCell> _topicCells = [];

    public void Add(CompanyRows rows)
    {
        _questionCells.AddRange(rows.View.Source.QuestionCells.Select(Reduced));
        _topicCells.AddRange(rows.View.Source.TopicCells);
    }

    /// <summary>The outline with the gathered cells.</summary>
    public CampaignComparison Comparison => outline with { QuestionCells = [.. _questionCells], TopicCells = [.. _topicCells] };

    // The findings read a cell's status and whether a topic is among its answers' (a decline citing confidentiality):
    // one answer without text carries the topics.
    private static QuestionCell Reduced(QuestionCell cell) => cell.Answers.IsDefaultOrEmpty ? cell : cell with
    {
        Answers = cell.Topics is { IsEmpty: false } topics ? [new AnswerExcerpt(string.Empty, string.Empty, string.Empty, [], [], default, 0) { Topics = topics }] : [],
    };
}
