using System.Collections.Immutable;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Routing;

/// <summary>
/// The classification stage: labels every passage of a segmented reply with a topic and score, derives each segment's
/// topics, and routes general prose that segmentation could not tie to a question to the question expecting its topic.
/// </summary>
/// <remarks>
/// Routing applies only to segments segmentation left general (<see cref="SegmentMethod.None"/>), paragraph by paragraph:
/// a prose paragraph (paragraph or list item, at least <see cref="RoutingOptions.MinimumWords"/> words, score at least
/// <see cref="RoutingOptions.MinimumScore"/>) whose topic is some question's <see cref="Question.Topic"/> becomes a segment
/// of those questions (questionnaire order) with method <see cref="SegmentMethod.Topic"/> and confidence
/// score × <see cref="RoutingOptions.ConfidenceFactor"/>; when no question expects its topic, it goes to the questions
/// expecting a <see cref="RoutingOptions.RelatedTopics"/> of it (a confidentiality refusal to the disclosure questions).
/// <see cref="Topic.Other"/>, topics neither expected nor related, and unsure or short paragraphs stay general, as do
/// paragraphs whose questions the reply answered explicitly elsewhere (<see cref="RoutingOptions.OnlyUnanswered"/>). Reading order is kept; a general segment is split around routed paragraphs.
/// Passages that already carry a topic keep it, so classifying twice changes nothing; structure passages (labels and
/// restated questions, <see cref="PassageRole"/>) get none. Thread-safe when the classifier is.
/// </remarks>
public sealed class SegmentClassifier(ITopicClassifier classifier, RoutingOptions options)
{
    public SegmentClassifier(ITopicClassifier classifier)
        : this(classifier, RoutingOptions.Default)
    {
    }

    public SegmentedReply Classify(SegmentedReply reply, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(campaign);
        var kinds = reply.Document.Blocks.GroupBy(b => b.Index).ToDictionary(g => g.Key, g => g.First().Kind);
        var answered = reply.Segments.Where(s => !s.IsGeneral).SelectMany(s => s.Questions).ToHashSet();
        Question[] open = [.. campaign.Questions.Where(q => !options.OnlyUnanswered || !answered.Contains(q.Id))];
        var segments = ImmutableArray.CreateBuilder<Segment>();
        foreach (var segment in reply.Segments)
        {
            var classified = segment with { Passages = [.. segment.Passages.Select(Label)] };
            if (classified.IsGeneral && classified.Method == SegmentMethod.None)
            {
                segments.AddRange(Route(classified, open, kinds));
            }
            else
            {
                segments.Add(SegmentTopics.Apply(classified));
            }
        }

        return reply with { Segments = segments.ToImmutable() };
    }

    private Passage Label(Passage passage)
    {
        // Structure (a bare label, a restated question) is not something the company said: it gets no topic.
        if (passage.Topic is not null || passage.IsStructure)
        {
            return passage;
        }

        var prediction = classifier.Predict(passage.Text);
        return passage with { Topic = prediction.Topic, TopicScore = Math.Round(prediction.Score, 4) };
    }

    private IEnumerable<Segment> Route(Segment general, Question[] open, Dictionary<int, BlockKind> kinds)
    {
        var targets = general.Passages.Select(p => TargetOf(p, open, kinds)).ToArray();
        if (targets.All(t => t.IsDefaultOrEmpty))
        {
            yield return SegmentTopics.Apply(general);
            yield break;
        }

        var start = 0;
        for (var i = 1; i <= targets.Length; i++)
        {
            var continues = i < targets.Length && SameTarget(targets[i], targets[start]) && (targets[i].IsDefaultOrEmpty || options.MergeConsecutive);
            if (!continues)
            {
                yield return Piece(general, targets[start], general.Passages[start..i]);
                start = i;
            }
        }
    }

    private Segment Piece(Segment general, ImmutableArray<QuestionId> target, ImmutableArray<Passage> passages)
    {
        var segment = target.IsDefaultOrEmpty
            ? general with { Passages = passages }
            : new Segment(general.DocumentId, target, SegmentMethod.Topic, Math.Round(passages.Average(p => p.TopicScore) * options.ConfidenceFactor, 3), passages);
        return SegmentTopics.Apply(segment);
    }

    /// <summary>The questions a general passage is routed to; empty when it stays general.</summary>
    /// <param name="open">The questions routing may target, in questionnaire order (see <see cref="RoutingOptions.OnlyUnanswered"/>).</param>
    private ImmutableArray<QuestionId> TargetOf(Passage passage, Question[] open, Dictionary<int, BlockKind> kinds)
    {
        var prose = !kinds.TryGetValue(passage.BlockIndex, out var kind) || kind is BlockKind.Paragraph or BlockKind.ListItem;
        if (!prose || passage.Topic is not { } topic || topic == Topic.Other || passage.TopicScore < options.MinimumScore || Words.Count(passage.Text) < options.MinimumWords)
        {
            return [];
        }

        var expecting = open.Where(q => q.Topic == topic).Select(q => q.Id).ToImmutableArray();
        return expecting.IsEmpty && options.RelatedTopics.TryGetValue(topic, out var related)
            ? [.. open.Where(q => related.Contains(q.Topic)).Select(q => q.Id)]
            : expecting;
    }

    private static bool SameTarget(ImmutableArray<QuestionId> a, ImmutableArray<QuestionId> b) =>
        a.IsDefaultOrEmpty ? b.IsDefaultOrEmpty : !b.IsDefaultOrEmpty && a.SequenceEqual(b);
}
