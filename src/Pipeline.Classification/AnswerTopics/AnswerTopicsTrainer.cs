using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Pipeline.Classification.Model;
using Pipeline.Classification.Training;
using Pipeline.Core.Topics;

namespace Pipeline.Classification.AnswerTopics;

/// <summary>
/// Trains <see cref="AnswerTopicsModel"/>: the topic classifier's features (word 1–2-grams TF-IDF and character 1–5-grams
/// of the normalised text, n-grams seen in at least three paragraphs), fitted once, then one logistic regression per
/// topic that any example answers (L2 <see cref="L2Regularization"/>, no L1, one thread: the same examples give the same
/// model). The thresholds were chosen on the six independent development campaigns, each scored by a model trained
/// without it: routing's questions checked against plausible 0.1 and sure 0.5 attributed 449 of 568 unmarked prose
/// paragraphs exactly (the rules alone 433) with 1,034 of 1,224 statuses right (1,035); checked against 0.05 and 0.7,
/// 440 and 1,032; the model's topics at 0.3 in place of the rules', 444 and 1,016.
/// </summary>
public static class AnswerTopicsTrainer
{
    /// <summary>Below this probability a topic is implausible (<see cref="AnswerTopicsModel.PlausibleThreshold"/>).</summary>
    public const double PlausibleThreshold = 0.1;

    /// <summary>From this probability a topic is sure (<see cref="AnswerTopicsModel.SureThreshold"/>).</summary>
    public const double SureThreshold = 0.5;

    /// <summary>L2 weight of each regression (scikit-learn's C = 4 on a summed loss).</summary>
    public const float L2Regularization = 0.25f;

    /// <summary>Each regression stops when its loss improves by less than this (scikit-learn's default; ML.NET's 1e-7 took minutes a topic).</summary>
    public const float OptimizationTolerance = 1e-4f;

    /// <param name="examples">Paragraphs and every topic each answers (none for letter furniture).</param>
    /// <param name="trainedOn">What the examples came from, one line per source, kept in the model's manifest.</param>
    /// <param name="progress">One line per step.</param>
    /// <param name="cancellationToken">Checked between topics.</param>
    public static AnswerTopicsModel Train(IReadOnlyList<AnswerTopicsExample> examples, IEnumerable<string> trainedOn, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(trainedOn);
        var topics = TopicLabels.All.Where(t => examples.Any(e => e.Topics.Contains(t))).ToArray();
        if (topics.Length == 0)
        {
            throw new ArgumentException("no example answers any topic", nameof(examples));
        }

        var ml = new MLContext(seed: TrainingOptions.DefaultSeed);
        var texts = ml.Data.LoadFromEnumerable(examples.Select(e => new AnswerTopicsInputRow { Text = TextNormaliser.Normalise(e.Text) }).ToArray());
        progress?.Report($"featurising {examples.Count} paragraphs");
        var featurizer = Featurizer(ml).Fit(texts);
        // Featurised once and held in memory, without the n-grams' slot names: each head stores the schema it was
        // trained on, and eleven copies of the names made most of the model file.
        var featurised = featurizer.Transform(texts);
        var size = ((VectorDataViewType)featurised.Schema[ModelColumns.Features].Type).Size;
        var features = ml.Data.CreateEnumerable<AnswerTopicFeaturesRow>(featurised, reuseRowObject: false).Select(r => r.Features).ToArray();
        var headSchema = SchemaDefinition.Create(typeof(AnswerTopicHeadRow));
        headSchema[ModelColumns.Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);
        var parts = new List<ITransformer> { featurizer };
        var columns = new List<string>();
        foreach (var topic in topics)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var data = ml.Data.LoadFromEnumerable(features.Select((f, i) => new AnswerTopicHeadRow { Features = f, Label = examples[i].Topics.Contains(topic) }), headSchema);
            progress?.Report($"training {topic.ToLabel()} ({examples.Count(e => e.Topics.Contains(topic))} paragraphs answer it)");
            var head = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(AnswerTopicHeadRow.Label),
                FeatureColumnName = ModelColumns.Features,
                NumberOfThreads = 1,
                L2Regularization = L2Regularization,
                L1Regularization = 0,
                OptimizationTolerance = OptimizationTolerance,
            }).Fit(data);
            var column = "P_" + topic.ToLabel();
            var copy = ml.Transforms.CopyColumns(column, nameof(CalibratedScore.Probability)).Fit(head.Transform(data));
            parts.Add(head);
            parts.Add(copy);
            columns.Add(column);
        }

        var input = ml.Data.LoadFromEnumerable(Array.Empty<AnswerTopicsInputRow>());
        var beforeConcatenation = new TransformerChain<ITransformer>([.. parts]);
        parts.Add(ml.Transforms.Concatenate(AnswerTopicsModel.ProbabilitiesColumn, [.. columns]).Fit(beforeConcatenation.Transform(input)));
        var manifest = new AnswerTopicsManifest(AnswerTopicsManifest.CurrentFormat, [.. topics.Select(t => t.ToLabel())], PlausibleThreshold, SureThreshold, [.. trainedOn]);
        return new AnswerTopicsModel(ml, new TransformerChain<ITransformer>([.. parts]), manifest, $"trained on {examples.Count} paragraphs");
    }

    /// <summary>Writes <paramref name="model"/> to <paramref name="path"/>.</summary>
    public static void Save(AnswerTopicsModel model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.Save(path);
    }

    private static EstimatorChain<Microsoft.ML.Transforms.ColumnSelectingTransformer> Featurizer(MLContext ml)
    {
        var features = FeatureSettings.PrunedNgrams;
        return ml.Transforms.Text.FeaturizeText(ModelColumns.TextFeatures, EstimatorFactory.FeaturiserOptions(features), ModelColumns.Text)
            .Append(ml.Transforms.FeatureSelection.SelectFeaturesBasedOnCount(ModelColumns.Features, ModelColumns.TextFeatures, features.MinimumPassages))
            .Append(ml.Transforms.DropColumns(ModelColumns.TextFeatures));
    }

    /// <summary>The probability column every calibrated binary head writes.</summary>
    private sealed class CalibratedScore
    {
        public float Probability { get; set; }
    }
}
