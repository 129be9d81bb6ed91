using System.Collections.Immutable;

namespace Pipeline.Classification.Training;

/// <summary>One pipeline the trainer may choose: a featurisation, a trainer, and whether classes are weighted.</summary>
/// <param name="Name">Short name printed in tables and metrics ("sdca-maxent").</param>
/// <param name="Features">How text becomes features.</param>
/// <param name="Trainer">The multiclass trainer.</param>
/// <param name="WeightClasses">Weight each example inversely to its class's frequency (where the trainer supports example weights).</param>
public sealed record ModelCandidate(string Name, FeatureSettings Features, TrainerKind Trainer, bool WeightClasses)
{
    /// <summary>
    /// The plain baseline every choice is compared with: tf-idf word 1–2-grams and character 1–5-grams with
    /// (multinomial) logistic regression — what a careful engineer would try first. The model must beat it on text
    /// written by others, not only on the training authors' own test set.
    /// </summary>
    public static ModelCandidate Baseline { get; } = new("baseline-tfidf-logreg", FeatureSettings.WordAndCharTfIdf, TrainerKind.LbfgsMaximumEntropy, WeightClasses: true) { L1Regularization = 0, L2Regularization = 0.01 };

    /// <summary>
    /// The candidates compared by cross-validation, in order of preference on a tie. Regularisation was set by
    /// cross-validation on the training set only: ML.NET's L-BFGS defaults (L1 = L2 = 1) underfit L2-normalised text
    /// features (CV macro-F1 0.62); without L1 and with L2 = 0.01 it reaches 0.90 (0.001 gives the same). SDCA maximum
    /// entropy (0.86), a one-versus-all averaged perceptron (0.66) and a linear SVM (0.72) trailed on word and character
    /// n-grams and were dropped to keep `pipeline train` short. The previous model appended the passage's sentence
    /// embedding to the n-grams (<see cref="NgramsWithEmbedding"/>): it won cross-validation on this team's own text but
    /// lost on text written by others — the independent dev replies and paraphrased real statements held out by fold —
    /// so it is no longer a candidate (models/README.md has the figures).
    /// </summary>
    public static ImmutableArray<ModelCandidate> Standard { get; } =
    [
        new("lbfgs-pruned-ngrams", FeatureSettings.PrunedNgrams, TrainerKind.LbfgsMaximumEntropy, WeightClasses: true) { L1Regularization = 0, L2Regularization = 0.01 },
    ];

    /// <summary>The previous model's pipeline: n-grams and the sentence embedding, L-BFGS maximum entropy.</summary>
    public static ModelCandidate NgramsWithEmbedding { get; } =
        new("lbfgs-ngrams-embedding", FeatureSettings.NgramsAndEmbeddings, TrainerKind.LbfgsMaximumEntropy, WeightClasses: true) { L1Regularization = 0, L2Regularization = 0.01 };

    /// <summary>L2 regularisation (lambda for the SVM); null for ML.NET's default (SDCA infers one from the data).</summary>
    public double? L2Regularization { get; init; }

    /// <summary>L1 regularisation of the maximum-entropy trainers; null for ML.NET's default.</summary>
    public double? L1Regularization { get; init; }

    /// <summary>Passes over the data (maximum iterations for SDCA and L-BFGS); null for ML.NET's default.</summary>
    public int? Iterations { get; init; }

    /// <summary>Whether <see cref="Trainer"/> honours example weights.</summary>
    public bool UsesWeights => WeightClasses && Trainer != TrainerKind.OneVersusAllAveragedPerceptron;
}
