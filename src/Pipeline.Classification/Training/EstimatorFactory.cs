using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using Pipeline.Classification.Model;

namespace Pipeline.Classification.Training;

/// <summary>Builds the ML.NET estimators (featuriser, then trainer) for a <see cref="ModelCandidate"/>.</summary>
/// <remarks>Every trainer runs single-threaded so that the same data and seed give the same model.</remarks>
internal static class EstimatorFactory
{
    /// <summary>Text (and embedding) to the <see cref="ModelColumns.Features"/> vector the trainer reads.</summary>
    public static IEstimator<ITransformer> Featurizer(MLContext ml, ModelCandidate candidate)
    {
        var features = candidate.Features;
        var textFeatures = features.Embeddings || features.MinimumPassages > 1 ? ModelColumns.TextFeatures : ModelColumns.Features;
        IEstimator<ITransformer> chain = ml.Transforms.Text.FeaturizeText(textFeatures, FeaturiserOptions(features), ModelColumns.Text);
        if (features.MinimumPassages > 1)
        {
            var selected = features.Embeddings ? ModelColumns.SelectedTextFeatures : ModelColumns.Features;
            // The unpruned column is dropped so that the trainer's stored schema does not carry every n-gram's slot name.
            chain = chain
                .Append(ml.Transforms.FeatureSelection.SelectFeaturesBasedOnCount(selected, textFeatures, features.MinimumPassages))
                .Append(ml.Transforms.DropColumns(textFeatures));
            textFeatures = selected;
        }

        if (features.Embeddings)
        {
            chain = chain.Append(ml.Transforms.Concatenate(ModelColumns.Features, textFeatures, ModelColumns.Embedding));
        }

        return chain;
    }

    internal static TextFeaturizingEstimator.Options FeaturiserOptions(FeatureSettings features) => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepDiacritics = !features.Normalise,
        KeepPunctuations = false,
        KeepNumbers = true,
        StopWordsRemoverOptions = features.RemoveStopWords ? new StopWordsRemovingEstimator.Options() : null,
        WordFeatureExtractor = new WordBagEstimator.Options
        {
            NgramLength = features.WordNgramLength,
            UseAllLengths = true,
            Weighting = features.TfIdf ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf,
        },
        CharFeatureExtractor = features.CharNgramLength > 0
            ? new WordBagEstimator.Options { NgramLength = features.CharNgramLength, UseAllLengths = features.AllCharLengths }
            : null,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    /// <summary>The multiclass trainer over <see cref="ModelColumns.Features"/>, keyed <see cref="ModelColumns.Label"/> and (when the candidate weighs classes) <see cref="ModelColumns.Weight"/>.</summary>
    public static IEstimator<ITransformer> Trainer(MLContext ml, ModelCandidate candidate)
    {
        var weight = candidate.UsesWeights ? ModelColumns.Weight : null;
        var trainers = ml.MulticlassClassification.Trainers;
        return candidate.Trainer switch
        {
            TrainerKind.SdcaMaximumEntropy => trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = ModelColumns.Label,
                FeatureColumnName = ModelColumns.Features,
                ExampleWeightColumnName = weight,
                NumberOfThreads = 1,
                L2Regularization = (float?)candidate.L2Regularization,
                L1Regularization = (float?)candidate.L1Regularization,
                MaximumNumberOfIterations = candidate.Iterations,
            }),
            TrainerKind.LbfgsMaximumEntropy => trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = ModelColumns.Label,
                FeatureColumnName = ModelColumns.Features,
                ExampleWeightColumnName = weight,
                NumberOfThreads = 1,
                L2Regularization = (float?)candidate.L2Regularization ?? 1f,
                L1Regularization = (float?)candidate.L1Regularization ?? 1f,
                MaximumNumberOfIterations = candidate.Iterations ?? int.MaxValue,
            }),
            TrainerKind.OneVersusAllLinearSvm => trainers.OneVersusAll(
                ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options
                {
                    FeatureColumnName = ModelColumns.Features,
                    ExampleWeightColumnName = weight,
                    Lambda = (float?)candidate.L2Regularization ?? 0.001f,
                    NumberOfIterations = candidate.Iterations ?? 1,
                }),
                ModelColumns.Label),
            TrainerKind.OneVersusAllAveragedPerceptron => trainers.OneVersusAll(
                ml.BinaryClassification.Trainers.AveragedPerceptron(new AveragedPerceptronTrainer.Options
                {
                    FeatureColumnName = ModelColumns.Features,
                    L2Regularization = (float?)candidate.L2Regularization ?? 0f,
                    NumberOfIterations = candidate.Iterations ?? 1,
                }),
                ModelColumns.Label),
            _ => throw new ArgumentOutOfRangeException(nameof(candidate), candidate.Trainer, "unknown trainer"),
        };
    }
}
