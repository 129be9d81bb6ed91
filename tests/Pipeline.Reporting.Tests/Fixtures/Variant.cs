using Pipeline.Core.Campaigns;
using Pipeline.Core.Reports;
using Pipeline.Core.Topics;

namespace Pipeline.Reporting.Tests.Fixtures;

/// <summary>The fixture with one thing changed, for rules whose other branches it does not reach.</summary>
internal static class Variant
{
    /// <summary>The fixture with <paramref name="company"/>'s answer to <paramref name="question"/> also labelled <paramref name="topic"/>.</summary>
    public static CampaignComparison AddTopic(string company, string question, Topic topic)
    {
        var source = ComparisonFixture.Comparison;
        return source with
        {
            QuestionCells = [.. source.QuestionCells.Select(c => c.Company == company && c.Question.Value == question
                ? c with { Answers = [.. c.Answers.Select(a => a with { Topics = a.Topics.Add(topic) })] }
                : c)],
        };
    }

    /// <summary>The fixture with every passage under <paramref name="topic"/> gone.</summary>
    public static CampaignComparison WithoutTopic(Topic topic)
    {
        var source = ComparisonFixture.Comparison;
        return source with { TopicCells = [.. source.TopicCells.Select(c => c.Topic == topic ? c with { Passages = 0, Strongest = null } : c)] };
    }

    /// <summary>The fixture plus a listed company that wrote back refusing to take part.</summary>
    public static CampaignComparison WithRefusal(string company)
    {
        var source = ComparisonFixture.Comparison;
        var entry = new CompanyEntry(company, ResponseStatus.Declined, true, ["refusal.pdf"]);
        return source with
        {
            Companies = source.Companies.Add(entry),
            QuestionCells = source.QuestionCells.AddRange(source.Campaign.Questions.Select(q => new QuestionCell(company, q.Id, Core.Segments.AnswerStatus.Declined, []))),
        };
    }

    /// <summary>A comparison in which nobody replied.</summary>
    public static CampaignComparison Silent()
    {
        var source = ComparisonFixture.Comparison;
        return source with
        {
            Companies = [.. source.Companies.Where(c => c.Listed).Select(c => c with { Status = ResponseStatus.NoResponse, Files = [] })],
            QuestionCells = [],
            TopicCells = [],
        };
    }

    /// <summary>
    /// The fixture plus a listed company that replied but whose reply is not in the index: its file could not be read
    /// (<paramref name="unread"/>), or, when null, the campaign records a reply that no file brought.
    /// </summary>
    public static CampaignComparison WithReplyNotIndexed(string company, UnreadReply? unread)
    {
        var source = ComparisonFixture.Comparison;
        var entry = new CompanyEntry(company, ResponseStatus.Responded, true, []) { UnreadReplies = unread is null ? [] : [unread] };
        return source with
        {
            Companies = source.Companies.Add(entry),
            QuestionCells = source.QuestionCells.AddRange(source.Campaign.Questions.Select(q =>
                new QuestionCell(company, q.Id, Core.Segments.AnswerStatus.ReplyNotIndexed, []) { Reason = entry.MissingReason })),
        };
    }
}
