using System.Collections.Immutable;

namespace Pipeline.Classification.Training;

/// <summary>One candidate's k-fold cross-validation on the training set.</summary>
/// <param name="Candidate">The candidate's name.</param>
/// <param name="Trainer">Its trainer.</param>
/// <param name="Features">Its featurisation, described.</param>
/// <param name="WeightedClasses">Whether example weights inverse to class frequency were applied.</param>
/// <param name="MacroF1">Mean of the folds' macro-F1.</param>
/// <param name="MacroF1StdDev">Standard deviation of the folds' macro-F1.</param>
/// <param name="Accuracy">Share of all held-out predictions that were right.</param>
/// <param name="FoldMacroF1">Each fold's macro-F1, fold order.</param>
public sealed record CrossValidationResult(
    string Candidate,
    TrainerKind Trainer,
    string Features,
    bool WeightedClasses,
    double MacroF1,
    double MacroF1StdDev,
    double Accuracy,
    ImmutableArray<double> FoldMacroF1);
