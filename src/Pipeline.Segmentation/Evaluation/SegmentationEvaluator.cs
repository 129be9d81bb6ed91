using System.Collections.Immutable;
using Pipeline.Core.Segments;

namespace Pipeline.Segmentation.Evaluation;

/// <summary>Compares segmented replies with their gold annotations, paragraph by paragraph.</summary>
public static class SegmentationEvaluator
{
    private static readonly string[] ImplicitStyles = ["prose", "refusal"];

    public static SegmentationReport Evaluate(IEnumerable<(SegmentedReply Reply, ImmutableArray<GoldParagraph> Gold)> replies)
    {
        var outcomes = new List<ParagraphOutcome>();
        foreach (var (reply, gold) in replies)
        {
            var locator = new TextLocator(reply.Segments);
            foreach (var paragraph in gold)
            {
                var segment = locator.Find(paragraph.Text);
                outcomes.Add(new ParagraphOutcome(
                    reply.Document.FileName,
                    paragraph.Style,
                    paragraph.Text,
                    paragraph.Questions,
                    segment?.Questions ?? [],
                    segment is not null));
            }
        }

        return new SegmentationReport(
            [.. outcomes.GroupBy(o => o.Style).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Accuracy(g.Key, g))],
            Accuracy("overall", outcomes),
            Accuracy("explicit markers or tables", outcomes.Where(o => !ImplicitStyles.Contains(o.Style))),
            Accuracy("overall excluding prose", outcomes.Where(o => o.Style != "prose")),
            [.. outcomes.Where(o => !o.Correct)]);
    }

    private static StyleAccuracy Accuracy(string style, IEnumerable<ParagraphOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return new StyleAccuracy(style, list.Count, list.Count(o => o.Correct));
    }
}
