using Pipeline.Classification.Status;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Segmentation.Attribution;
using Pipeline.Segmentation.Evaluation;
using Pipeline.Testing;

namespace Pipeline.Workflows.Tests;

/// <summary>The company × question statuses that the demo corpus's gold annotations imply, decided by the pipeline's own rules.</summary>
internal static class GoldMatrix
{
    public static Dictionary<(string Company, QuestionId Question), AnswerStatus> Expected(Campaign campaign)
    {
        var gold = RepoPaths.InRepo("corpus", "campaigns", "demo", "gold");
        var byCompany = Directory.EnumerateFiles(gold, "*.gold.jsonl")
            .ToLookup(f => CompanyAttributor.FindListed(campaign, Path.GetFileName(f))!.Name, f => GoldFile.Read(f));
        var expected = new Dictionary<(string, QuestionId), AnswerStatus>();
        foreach (var company in campaign.Companies)
        {
            var segments = byCompany[company.Name].SelectMany(paragraphs => paragraphs).Select(ToSegment).ToList();
            foreach (var question in campaign.Questions)
            {
                expected[(company.Name, question.Id)] = AnswerStatusRules.Decide(company, question, segments, hasReply: byCompany.Contains(company.Name));
            }
        }

        return expected;
    }

    private static Segment ToSegment(GoldParagraph paragraph)
    {
        Topic? topic = TopicLabels.TryParse(paragraph.Topic, out var t) ? t : null;
        var method = paragraph.Question.IsGeneral ? SegmentMethod.None : SegmentMethod.Marker;
        // Structure carries no topic, as the pipeline reads it (the gold annotates one for restated questions).
        if (paragraph.Role != PassageRole.Answer)
        {
            topic = null;
        }

        return new Segment("gold", paragraph.Questions, method, 1, [new Passage(paragraph.Text, 0, 0) { Topic = topic, TopicScore = 1, Role = paragraph.Role }])
        {
            Topic = topic,
            TopicScore = 1,
            Topics = topic is null ? [] : [topic.Value],
        };
    }
}
