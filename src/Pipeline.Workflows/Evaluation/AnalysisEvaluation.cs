using System.Collections.Immutable;
using Pipeline.Classification;
using Pipeline.Classification.Evaluation;
using Pipeline.Classification.Routing;
using Pipeline.Classification.Status;
using Pipeline.Core.Campaigns;
using Pipeline.Core.Errors;
using Pipeline.Core.Segments;
using Pipeline.Core.Topics;
using Pipeline.Segmentation.Attribution;
using Pipeline.Segmentation.Evaluation;
using Pipeline.Workflows.Segmenting;

namespace Pipeline.Workflows.Evaluation;

/// <summary>
/// Runs the whole analysis a reply gets at ingest (extraction, segmentation, classification and routing) on every
/// reply of a campaign that has gold, and scores attribution, topics, statuses and company naming against it.
/// </summary>
/// <param name="baseline">A plain classifier scored on the same paragraphs for comparison; null for none.</param>
public sealed class AnalysisEvaluation(ReplySegmentation segmentation, SegmentClassifier classifier, ITopicClassifier? baseline = null)
{
    public AnalysisEvaluationResult Run(Campaign campaign, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var problems = new List<PipelineError>();
        var gold = GoldCorpus.Load(campaign, problems);
        var attribution = new List<AttributionOutcome>();
        var topics = new List<TopicOutcome>();
        var statuses = new List<StatusOutcome>();
        var naming = new List<NamingOutcome>();
        var replies = 0;
        var unlisted = campaign with { Companies = [] };
        foreach (var reply in gold)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var segmented = segmentation.Run(reply.ReplyPath, campaign, cancellationToken: cancellationToken);
            if (segmented.Reply is null)
            {
                problems.Add(segmented.Error!);
                continue;
            }

            replies++;
            var classified = classifier.Classify(segmented.Reply, campaign);
            var file = Path.GetFileName(reply.ReplyPath);
            Score(file, reply.Paragraphs, classified, attribution, topics);
            if (reply.Meta is { } meta)
            {
                if (!meta.Status.IsEmpty)
                {
                    statuses.AddRange(Statuses(file, campaign, meta, classified));
                }

                if (meta.Company is { } expected)
                {
                    var hidden = CompanyAttributor.Attribute(classified.Document, unlisted);
                    naming.Add(new NamingOutcome(file, expected, hidden.Name, hidden.Source, meta.Listed));
                }
            }
        }

        return new AnalysisEvaluationResult(
            campaign.Id,
            replies,
            AttributionScores.From(attribution),
            ClassificationScores.From([.. topics.Select(t => (t.Expected, t.Predicted))]),
            Baseline(topics),
            [.. topics.GroupBy(t => t.Language ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Accuracy.Of(g.Key, g, t => t.Correct))],
            Calibration.From([.. topics.Select(t => (t.Score, t.Correct))]),
            Calibration.From([.. attribution.Where(a => a.Attributed).Select(a => (a.Confidence, a.Correct))]),
            statuses.Count == 0 ? null : StatusScores.From(statuses),
            naming.Count == 0 ? null : NamingScores.From(naming),
            [.. topics.Where(t => !t.Correct)],
            [.. problems]);
    }

    private ClassificationScores? Baseline(List<TopicOutcome> topics)
    {
        if (baseline is null)
        {
            return null;
        }

        var predictions = baseline.PredictMany([.. topics.Select(t => t.Text)]);
        return ClassificationScores.From([.. topics.Select((t, i) => (t.Expected, predictions[i].Topic))]);
    }

    private static void Score(string file, ImmutableArray<GoldParagraph> paragraphs, SegmentedReply classified, List<AttributionOutcome> attribution, List<TopicOutcome> topics)
    {
        var locator = new TextLocator(classified.Segments);
        foreach (var paragraph in paragraphs)
        {
            var located = locator.Locate(paragraph.Text);
            attribution.Add(new AttributionOutcome(
                file,
                paragraph.Style,
                paragraph.Language,
                paragraph.Marked,
                paragraph.Text,
                paragraph.Questions,
                located?.Segment.Questions ?? [],
                located?.Segment.Method,
                located?.Segment.Confidence ?? 0));
            if (located is { } found && !paragraph.IsStructure && TopicLabels.TryParse(paragraph.Topic, out var expected) && found.Passage.Topic is { } predicted)
            {
                topics.Add(new TopicOutcome(file, paragraph.Language, paragraph.Text, expected, predicted, found.Passage.TopicScore));
            }
        }
    }

    private static IEnumerable<StatusOutcome> Statuses(string file, Campaign campaign, GoldReplyMeta meta, SegmentedReply classified)
    {
        var company = (meta.Company is null ? null : CompanyAttributor.FindListed(campaign, meta.Company))
            ?? new Company(meta.Company ?? classified.Company.Name ?? file, [], null, ResponseStatus.Responded);
        foreach (var (question, expected) in meta.Status.OrderBy(c => c.Key.Value, StringComparer.Ordinal))
        {
            if (campaign.Questions.FirstOrDefault(q => q.Id == question) is { } asked)
            {
                yield return new StatusOutcome(file, company.Name, question, expected, AnswerStatusRules.Decide(company, asked, classified.Segments, hasReply: true));
            }
        }
    }
}
