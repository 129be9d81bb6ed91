using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Data;
using Pipeline.Classification.Evaluation;
using Pipeline.Classification.Model;
using Pipeline.Core.Topics;
using Pipeline.Embeddings;
using Pipeline.Embeddings.MiniLm;

namespace Pipeline.Classification.Training;

/// <summary>
/// Selects a pipeline by stratified k-fold cross-validation on the training set (best mean macro-F1), trains it on the
/// whole training set, and scores it and the plain baseline on the separate test set. The test set never influences
/// the choice. Deterministic: the same data and options give the same model.
/// </summary>
public sealed class TopicModelTrainer(TrainingOptions options)
{
    private readonly Lazy<EmbeddingCache> _embeddings = new(() => new EmbeddingCache(options.Encoder ?? SentenceEncoders.Shared));

    public TopicModelTrainer()
        : this(TrainingOptions.Default)
    {
    }

    /// <param name="train">The training set.</param>
    /// <param name="test">The held-out test set, or null to skip the test evaluation.</param>
    /// <param name="progress">Receives one line per step (for stderr).</param>
    /// <param name="cancellationToken">Checked between fits.</param>
    public TrainingOutcome Train(LabelledDataSet train, LabelledDataSet? test, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(train);
        var examples = train.Examples;
        if (options.Candidates.Append(options.Baseline).Any(c => c.Features.Embeddings))
        {
            progress?.Report($"encoding {examples.Length + (test?.Examples.Length ?? 0)} passages with the sentence encoder");
            _embeddings.Value.Encode([.. examples.Concat(test?.Examples ?? []).Select(e => e.Text)], cancellationToken);
        }

        var results = new List<CrossValidationResult>();
        foreach (var candidate in options.Candidates.Append(options.Baseline))
        {
            results.Add(CrossValidate(examples, candidate, progress, cancellationToken));
        }

        var best = options.Candidates
            .Select((c, i) => (Candidate: c, Result: results[i]))
            .OrderByDescending(x => x.Result.MacroF1)
            .First().Candidate;
        progress?.Report($"chosen {best.Name}; training on all {examples.Length} examples");
        var model = Fit(examples, best, $"{best.Name} trained on {train.Folder}");

        ClassificationScores? testScores = null;
        ClassificationScores? baselineScores = null;
        progress?.Report($"training the baseline {options.Baseline.Name} on all {examples.Length} examples");
        var baseline = Fit(examples, options.Baseline, $"{options.Baseline.Name} trained on {train.Folder}");
        if (test is not null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report($"scoring {best.Name} and the baseline on {test.Examples.Length} test examples");
            testScores = TopicEvaluator.Evaluate(model, test.Examples);
            baselineScores = TopicEvaluator.Evaluate(baseline, test.Examples);
        }

        var metrics = new TopicModelMetrics(
            Model: TopicModelPaths.ModelFileName,
            TrainedAt: DateTimeOffset.UtcNow,
            TrainingData: DataSetSummary.Of(train, TopicModelPaths.Display(train.Folder)),
            TestData: test is null ? null : DataSetSummary.Of(test, TopicModelPaths.Display(test.Folder)),
            Chosen: ChosenPipeline.Describe(best, options),
            CrossValidation: [.. results],
            Test: testScores,
            BaselineTest: baselineScores,
            QualityBar: QualityBar.Target.Judge(testScores));
        return new TrainingOutcome(model, metrics) { Baseline = baseline };
    }

    /// <summary>Trains <paramref name="candidate"/> on <paramref name="examples"/> with a fresh context seeded from the options.</summary>
    internal TopicModel Fit(IReadOnlyList<TrainingExample> examples, ModelCandidate candidate, string source)
    {
        var ml = new MLContext(seed: options.Seed);
        var weights = ClassWeights.For(examples);
        var encoder = candidate.Features.Embeddings ? _embeddings.Value : null;
        var vectors = encoder?.Encode([.. examples.Select(e => e.Text)], CancellationToken.None);
        var rows = examples.Select((e, i) => new LabelledRow
        {
            Text = candidate.Features.Normalise ? TextNormaliser.Normalise(e.Text) : e.Text,
            Embedding = vectors is null ? new float[MiniLmEncoder.VectorLength] : vectors[i],
            Label = e.Label.ToLabel(),
            Weight = weights[e.Label],
        });

        // Keys come from the full label list, in topic order, so every model scores all 12 topics in the same slots
        // even when a small sample lacks some.
        var labels = ml.Data.LoadFromEnumerable(TopicLabels.All.Select(t => new LabelledRow { Label = t.ToLabel() }));
        var keyData = ml.Transforms.SelectColumns(ModelColumns.Label).Fit(labels).Transform(labels);
        var data = ml.Data.LoadFromEnumerable(rows);
        var featurizer = EstimatorFactory.Featurizer(ml, candidate).Fit(data);
        var featurised = WithoutSlotNames(ml, featurizer.Transform(data));
        var keyed = ml.Transforms.Conversion.MapValueToKey(ModelColumns.Label, ModelColumns.Label, keyData: keyData).Fit(featurised).Transform(featurised);
        var head = EstimatorFactory.Trainer(ml, candidate).Fit(keyed);
        var transformer = new TransformerChain<ITransformer>(featurizer, head);
        return new TopicModel(ml, transformer, new ModelManifest(ModelManifest.CurrentFormat, candidate.Features.Normalise, candidate.Name, encoder?.ModelId), source, encoder);
    }

    /// <summary>
    /// The featurised rows copied into memory with the same values (sparse as they were) but no n-gram slot names: the
    /// trainer stores the schema it was fitted on in the model file, and the names of ~100,000 n-grams took 0.6 MB of it.
    /// </summary>
    private static IDataView WithoutSlotNames(MLContext ml, IDataView featurised)
    {
        var size = ((VectorDataViewType)featurised.Schema[ModelColumns.Features].Type).Size;
        var rows = ml.Data.CreateEnumerable<FeaturisedRow>(featurised, reuseRowObject: false).ToArray();
        var schema = SchemaDefinition.Create(typeof(FeaturisedRow));
        schema[ModelColumns.Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    internal CrossValidationResult CrossValidate(
        IReadOnlyList<TrainingExample> examples, ModelCandidate candidate, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var folds = StratifiedFolds.Assign(examples, options.Folds, options.Seed);
        var foldScores = new List<double>();
        var pooled = new List<(Topic, Topic)>();
        for (var k = 0; k < options.Folds; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report($"cross-validating {candidate.Name}: fold {k + 1}/{options.Folds}");
            var trainPart = examples.Where((_, i) => folds[i] != k).ToArray();
            var heldOut = examples.Where((_, i) => folds[i] == k).ToArray();
            var model = Fit(trainPart, candidate, $"{candidate.Name} fold {k + 1}");
            var predictions = model.PredictMany([.. heldOut.Select(e => e.Text)]);
            var pairs = heldOut.Select((e, i) => (e.Label, predictions[i].Topic)).ToArray();
            foldScores.Add(ClassificationScores.From(pairs).MacroF1);
            pooled.AddRange(pairs);
        }

        var mean = foldScores.Average();
        var stdDev = Math.Sqrt(foldScores.Sum(f => (f - mean) * (f - mean)) / foldScores.Count);
        return new CrossValidationResult(
            candidate.Name,
            candidate.Trainer,
            candidate.Features.ToString(),
            candidate.UsesWeights,
            mean,
            stdDev,
            ClassificationScores.From(pooled).Accuracy,
            [.. foldScores]);
    }
}
