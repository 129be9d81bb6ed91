using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using Pipeline.Commitments.Cues;
using Pipeline.Core.Commitments;
using Pipeline.Commitments.Sentences;

namespace Pipeline.Commitments.Classifying;

/// <summary>Trains the <see cref="StatementModel"/> on labelled sentences; the same sentences and seed give the same model (one thread).</summary>
public static class StatementModelTrainer
{
    public const int Seed = 15;

    public static StatementModel Train(IEnumerable<(string Text, StatementKind Kind)> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var ml = new MLContext(seed: Seed);
        var rows = sentences.Select(s => Row(s.Text, s.Kind)).ToList();
        // Claims outnumber refusals ten to one in real replies: each kind weighs as much as the others in total.
        var counts = rows.GroupBy(r => r.Label).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var row in rows)
        {
            row.Weight = (float)rows.Count / (counts.Count * counts[row.Label]);
        }

        if (rows.Select(r => r.Label).Distinct().Count() < 2)
        {
            throw new ArgumentException("training needs sentences of at least two kinds", nameof(sentences));
        }

        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(SentenceRow.Label))
            .Append(ml.Transforms.Text.FeaturizeText("Words", Featuriser(), nameof(SentenceRow.Text)))
            .Append(ml.Transforms.Concatenate("Features", "Words", nameof(SentenceRow.Cues)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                ExampleWeightColumnName = nameof(SentenceRow.Weight),
                NumberOfThreads = 1,
                L2Regularization = 0.01f,
                L1Regularization = 0f,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        var transformer = pipeline.Fit(data);
        return new StatementModel(ml, transformer, transformer.GetOutputSchema(data.Schema));
    }

    internal static SentenceRow Row(string text, StatementKind? kind) => new()
    {
        Text = PlainText.Of(text),
        Cues = CueFeatures.Of(text),
        Label = kind?.ToLabel() ?? string.Empty,
    };

    private static TextFeaturizingEstimator.Options Featuriser() => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepDiacritics = true,
        KeepPunctuations = false,
        KeepNumbers = true,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };
}
