using System.Collections.Immutable;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.Evaluation;

/// <summary>How well predicted labels match true ones over a set of examples.</summary>
/// <param name="Examples">Examples scored.</param>
/// <param name="MacroF1">Unweighted mean F1 over the labels that occur as truth or prediction.</param>
/// <param name="Accuracy">Share of examples predicted correctly.</param>
/// <param name="PerLabel">Scores of every topic, in <see cref="TopicLabels.All"/> order.</param>
/// <param name="Confusion">Truth × prediction counts over all topics.</param>
public sealed record ClassificationScores(int Examples, double MacroF1, double Accuracy, ImmutableArray<LabelScores> PerLabel, ConfusionMatrix Confusion)
{
    public static ClassificationScores From(IReadOnlyCollection<(Topic Actual, Topic Predicted)> pairs)
    {
        var labels = TopicLabels.All;
        var rows = labels.Select(_ => new int[labels.Length]).ToArray();
        foreach (var (actual, predicted) in pairs)
        {
            rows[labels.IndexOf(actual)][labels.IndexOf(predicted)]++;
        }

        var perLabel = labels.Select((label, i) => Score(label, i, rows)).ToImmutableArray();
        var occurring = perLabel.Where((s, i) => s.Support > 0 || rows.Sum(r => r[i]) > 0).ToArray();
        var correct = labels.Select((_, i) => rows[i][i]).Sum();
        return new ClassificationScores(
            pairs.Count,
            occurring.Length == 0 ? 0 : occurring.Average(s => s.F1),
            pairs.Count == 0 ? 0 : (double)correct / pairs.Count,
            perLabel,
            new ConfusionMatrix(labels, [.. rows.Select(r => r.ToImmutableArray())]));
    }

    private static LabelScores Score(Topic label, int i, int[][] rows)
    {
        var truePositives = rows[i][i];
        var support = rows[i].Sum();
        var predicted = rows.Sum(r => r[i]);
        var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
        var recall = support == 0 ? 0 : (double)truePositives / support;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new LabelScores(label, precision, recall, f1, support);
    }
}
