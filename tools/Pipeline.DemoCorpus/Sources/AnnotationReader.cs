using System.Collections.Immutable;
using System.Globalization;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Topics;
using Pipeline.DemoCorpus.Model;

namespace Pipeline.DemoCorpus.Sources;

/// <summary>Reads a block's gold label (<c>q</c>: one id or a list, <c>topic</c>) and checks it against the campaign.</summary>
internal sealed class AnnotationReader(Campaign campaign)
{
    /// <summary>
    /// Questions default to general; the topic defaults to other for general blocks and, with
    /// <paramref name="topicFromQuestion"/>, to the primary question's own topic. Otherwise it must be given.
    /// </summary>
    public Annotation Read(SourceMap map, bool topicFromQuestion = false)
    {
        var questions = ReadQuestions(map);
        var label = map.String("topic");
        if (label is not null)
        {
            return new Annotation(questions, TopicLabels.TryParse(label, out var topic) ? topic : throw map.Error($"topic: '{label}' is not a topic label"));
        }

        if (questions[0].IsGeneral)
        {
            return new Annotation(questions, Topic.Other);
        }

        return topicFromQuestion
            ? new Annotation(questions, campaign.FindQuestion(questions[0])!.Topic)
            : throw map.Error("topic: required for a block that answers a question");
    }

    public Question Question(SourceMap map, string id) =>
        QuestionId.TryParse(id, out var qid) && campaign.FindQuestion(qid) is { } q ? q : throw map.Error($"'{id}' is not a question of {campaign.Id}");

    private ImmutableArray<QuestionId> ReadQuestions(SourceMap map)
    {
        var raw = map.List("q");
        if (raw.Count == 0)
        {
            return [QuestionId.General];
        }

        var ids = raw.Select(r => Convert.ToString(r, CultureInfo.InvariantCulture) ?? string.Empty).ToList();
        if (ids is ["general"])
        {
            return [QuestionId.General];
        }

        return [.. ids.Select(id => Question(map, id).Id)];
    }
}
