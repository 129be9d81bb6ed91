using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Topics;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Campaigns.Yaml;

/// <summary>Reads the questionnaire: ids unique and canonical, each with text and a topic label.</summary>
internal sealed class QuestionsReader(IssueList issues)
{
    private static readonly string[] Keys = ["id", "parent", "text", "title", "topic", "same_as"];

    private static readonly string TopicChoices = string.Join(", ", TopicLabels.All.Select(t => t.ToLabel()));

    private readonly Dictionary<QuestionId, YamlNode> _seen = [];

    public ImmutableArray<Question> Read(YamlSequenceNode? sequence) =>
        ListOfMappings.Read(sequence, "questions", "a question (id:, text:, topic: …)", Keys, issues, ReadOne);

    private Question? ReadOne(MappingView map)
    {
        var id = ReadId(map);
        var parent = ReadParent(map, id);
        var text = map.String("text", required: true);
        var title = map.String("title", required: false);
        var topic = ReadTopic(map);
        var sameAs = ReadSameAs(map);
        return id is { } qid && parent is not null && text is not null && topic is { } t
            ? new Question(qid, parent, text, t) { ShortTitle = title, SameAs = sameAs }
            : null;
    }

    private QuestionId? ReadId(MappingView map)
    {
        var text = map.String("id", required: true);
        if (text is null)
        {
            return null;
        }

        var node = map.Get("id")!;
        if (!QuestionId.TryParse(text, out var id) || id.IsGeneral)
        {
            issues.Add(node, map.FieldOf("id"), $"'{text}' is not a question id (a number with at most one letter: 1a, 2e, 3)");
            return null;
        }

        if (_seen.TryGetValue(id, out var first))
        {
            issues.Add(node, map.FieldOf("id"), $"duplicate question id '{id}' (first at {Location.LineOf(first)})");
            return null;
        }

        _seen.Add(id, node);
        return id;
    }

    private string? ReadParent(MappingView map, QuestionId? id)
    {
        var parent = map.String("parent", required: false);
        if (id is not { } qid)
        {
            return parent;
        }

        if (parent is not null && parent != qid.Number)
        {
            issues.Add(map.Get("parent")!, map.FieldOf("parent"), $"'{parent}' does not match question id '{qid}' (expected '{qid.Number}')");
            return null;
        }

        return parent ?? qid.Number;
    }

    private QuestionLink? ReadSameAs(MappingView map)
    {
        var text = map.String("same_as", required: false);
        if (text is null)
        {
            return null;
        }

        if (QuestionLink.TryParse(text, out var link))
        {
            return link;
        }

        issues.Add(map.Get("same_as")!, map.FieldOf("same_as"), $"'{text}' is not a question of another campaign (expected campaign-id/question, e.g. demo/2d)");
        return null;
    }

    private Topic? ReadTopic(MappingView map)
    {
        var label = map.String("topic", required: true);
        if (label is null)
        {
            return null;
        }

        if (TopicLabels.TryParse(label, out var topic))
        {
            return topic;
        }

        issues.Add(map.Get("topic")!, map.FieldOf("topic"), $"'{label}' is not a topic (one of {TopicChoices})");
        return null;
    }
}
