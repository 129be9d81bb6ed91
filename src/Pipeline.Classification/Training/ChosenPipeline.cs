using System.Collections.Immutable;

namespace Pipeline.Classification.Training;

/// <summary>The pipeline kept by cross-validation and the settings it was trained with.</summary>
public sealed record ChosenPipeline(string Candidate, TrainerKind Trainer, string Features, ImmutableSortedDictionary<string, string> Settings)
{
    public static ChosenPipeline Describe(ModelCandidate candidate, TrainingOptions options) => new(
        candidate.Name,
        candidate.Trainer,
        candidate.Features.ToString(),
        ImmutableSortedDictionary.CreateRange(new Dictionary<string, string>
        {
            ["normaliseText"] = candidate.Features.Normalise ? "NFKC, plain quotes and dashes, digit runs -> 0, collapsed spaces" : "no",
            ["featurizer"] = $"FeaturizeText: lower case, diacritics {(candidate.Features.Normalise ? "removed" : "kept")}, punctuation removed, "
                + $"word 1-{candidate.Features.WordNgramLength}-grams {(candidate.Features.TfIdf ? "TF-IDF" : "TF")}, "
                + (candidate.Features.CharNgramLength > 0 ? $"char {candidate.Features.CharNgramLength}-grams, " : string.Empty) + "L2 norm",
            ["exampleWeights"] = candidate.UsesWeights ? "inverse class frequency (mean 1)" : "none",
            ["trainerOptions"] = (candidate.Trainer switch
            {
                TrainerKind.SdcaMaximumEntropy or TrainerKind.LbfgsMaximumEntropy => "NumberOfThreads = 1",
                _ => "one binary model per topic, Platt calibration",
            }) + $"; L1 {candidate.L1Regularization?.ToString() ?? "default"}, L2 {candidate.L2Regularization?.ToString() ?? "default"}, iterations {candidate.Iterations?.ToString() ?? "default"}",
            ["seed"] = options.Seed.ToString(),
            ["folds"] = options.Folds.ToString(),
        }));
}
