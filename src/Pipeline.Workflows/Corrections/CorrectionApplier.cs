using System.Collections.Immutable;
using Pipeline.Classification.Routing;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Corrections;
using Pipeline.Core.Documents;
using Pipeline.Core.Segments;

namespace Pipeline.Workflows.Corrections;

/// <summary>
/// Applies a reply's passage corrections to its classified segments, after the machine's analysis: each corrected
/// passage becomes a segment of its own (the rest of its segment keeps the machine's reading), with the corrected
/// questions or topic and a <see cref="CorrectionMark"/> keeping what the machine said. A correction whose anchor no
/// longer designates exactly one passage changes nothing and is reported as a warning on the reply
/// (<c>correction.orphaned</c>, <c>correction.ambiguous</c>), never silently dropped.
/// </summary>
public static class CorrectionApplier
{
    public static SegmentedReply Apply(SegmentedReply reply, IReadOnlyList<Correction> corrections)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (corrections.Count == 0)
        {
            return reply;
        }

        var segments = reply.Segments.ToList();
        var warnings = reply.Document.Warnings.IsDefault ? [] : reply.Document.Warnings.ToList();
        foreach (var correction in corrections.Where(c => c.Kind == CorrectionKind.Passage && c.Text is not null))
        {
            var places = AnswerPassages(segments);
            var found = PassageAnchor.Find(correction.Text!, [.. places.Select(p => segments[p.Segment].Passages[p.Passage].Text)]);
            if (found.Length != 1)
            {
                warnings.Add(found.IsEmpty
                    ? Diagnostic.Warning("correction.orphaned", $"correction {correction.Id}: no passage of this reply starts with \"{correction.Text}\" any more; it is not applied")
                    : Diagnostic.Warning("correction.ambiguous", $"correction {correction.Id}: {found.Length} passages of this reply start with \"{correction.Text}\"; it is not applied"));
                continue;
            }

            var (segment, passage) = places[found[0]];
            var parts = Isolate(segments[segment], passage, correction);
            segments.RemoveAt(segment);
            segments.InsertRange(segment, parts);
        }

        return reply with
        {
            Segments = [.. segments],
            Document = reply.Document with { Warnings = [.. warnings] },
        };
    }

    /// <summary>Where each answer passage is: labels and restated questions are the reply's layout, nothing to correct.</summary>
    public static IReadOnlyList<(int Segment, int Passage)> AnswerPassages(IReadOnlyList<Segment> segments) =>
        [.. segments.SelectMany((s, i) => s.Passages.Select((p, j) => (p, i, j))).Where(x => !x.p.IsStructure).Select(x => (x.i, x.j))];

    /// <summary>The segment split around the corrected passage: the passages before it, the passage corrected alone, the passages after it.</summary>
    private static IEnumerable<Segment> Isolate(Segment segment, int index, Correction correction)
    {
        if (index > 0)
        {
            yield return Part(segment, segment.Passages[..index]);
        }

        yield return Corrected(segment, segment.Passages[index], correction);
        if (index < segment.Passages.Length - 1)
        {
            yield return Part(segment, segment.Passages[(index + 1)..]);
        }
    }

    private static Segment Part(Segment segment, ImmutableArray<Passage> passages) =>
        SegmentTopics.Apply(segment with { Passages = passages, Topic = null, TopicScore = 0, Topics = [] });

    private static Segment Corrected(Segment segment, Passage passage, Correction correction)
    {
        var previous = segment.Correction;
        var mark = new CorrectionMark(
            [.. previous?.Ids ?? [], correction.Id],
            previous?.MachineQuestions ?? segment.Questions,
            previous is null ? passage.Topic : previous.MachineTopic);
        var questions = correction.NotAnswer ? [QuestionId.General]
            : correction.Questions is { IsDefaultOrEmpty: false } given ? given
            : segment.Questions;
        var tied = correction.NotAnswer || correction.Questions is { IsDefaultOrEmpty: false };
        var corrected = correction.Topic is { } topic ? passage with { Topic = topic, TopicScore = 1 } : passage;

        // A researcher's word is certain: confidence 1 where they decided.
        return new Segment(segment.DocumentId, questions, segment.Method, tied ? 1 : segment.Confidence, [corrected])
        {
            Topic = corrected.Topic,
            TopicScore = corrected.TopicScore,
            Topics = corrected.Topic is { } t ? [t] : [],
            Correction = mark,
        };
    }
}
